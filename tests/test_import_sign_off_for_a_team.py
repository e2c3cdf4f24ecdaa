"""A letter-like report signed "Sincerely," then the writer's name and the team they sign for.

"Sincerely," over a blank line, "Ana Ruiz," and "for the `Ledger` Team": a careful reader takes the name as
the author (the comma after it is the letter's, not the name's) and keeps the sign-off as the closing words.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """## Ledger sync outage

### Issue Summary:

On May 4, 2026, from 9:00 AM to 9:40 AM (UTC), `Ledger` stopped syncing after a bad release.

### Corrective and Preventative Measures

* Add a canary stage to the release.

> We apologize to everyone the outage held up.

Sincerely,

Ana Ruiz,
for the `Ledger` Team
"""


def test_the_name_signing_for_a_team_is_the_author() -> None:
    document = from_markdown(REPORT)
    assert document.metadata.authors == ["Ana Ruiz"]
    assert "for the `Ledger` Team" in document.closing_notes


def test_the_sign_off_is_no_measure() -> None:
    document = from_markdown(REPORT)
    assert document.measures.improvements + [task.text for task in document.measures.tasks] == [
        "Add a canary stage to the release."
    ]
