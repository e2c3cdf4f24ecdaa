"""A follow-up whose due date carries an aside in brackets ("— due 2026-07-14 (done early)") still has its owner
and due date; the aside stays in the task's text."""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown

REPORT = """# Queue stall

## Action items

- [ ] Split the retry queue by tenant — owner: Lena Fischer — due 2026-04-10 (shipped ahead of time)
- [ ] Page on queue age — owner: Omar Haddad — due 2026-04-20
"""


def test_the_owner_and_due_date_are_read_before_the_aside() -> None:
    tasks = from_markdown(REPORT).measures.tasks

    assert (tasks[0].owner, tasks[0].due) == ("Lena Fischer", date(2026, 4, 10))
    assert tasks[0].text.startswith("Split the retry queue by tenant")
    assert "shipped ahead of time" in tasks[0].text
    assert (tasks[1].owner, tasks[1].due) == ("Omar Haddad", date(2026, 4, 20))
