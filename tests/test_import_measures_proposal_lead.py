"""A paragraph of proposals over a list of action items is improvements, not a task.

"We should … We could …" written as prose above the tasks says what the team might do, not yet made a task; a
careful reader files each sentence as an improvement and keeps the list's items as the tasks. Proposals written
one a line stay a list, as before.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """# Expired certificate on the shop

## Action items

We should renew certificates a month early. We could page someone when one is a week from expiry.

- Move the shop certificate to automatic renewal (owner: Ines Duarte, due 2026-05-02)
- Write a runbook for manual renewal (owner: Ines Duarte, due 2026-05-09)
"""


def test_a_lead_paragraph_of_proposals_gives_improvements_and_the_list_gives_the_tasks() -> None:
    document = from_markdown(REPORT)
    assert [task.text for task in document.measures.tasks] == [
        "Move the shop certificate to automatic renewal",
        "Write a runbook for manual renewal",
    ]
    assert document.measures.improvements == [
        "We should renew certificates a month early.",
        "We could page someone when one is a week from expiry.",
    ]


def test_proposals_one_a_line_stay_a_list_of_tasks() -> None:
    document = from_markdown(
        "# Expired certificate\n\n## Action items\n\n"
        "We should renew certificates early\nWe should add an expiry alert\n"
    )
    assert len(document.measures.tasks) == 2
