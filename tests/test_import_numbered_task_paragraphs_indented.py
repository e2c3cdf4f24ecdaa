"""Recommendations numbered by clause ("6.1 …") whose owner and target sit on an indented line under the text
(a hanging indent) are tasks with that owner and due date, not two improvements each."""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown

REPORT = """# Library catalogue outage

## 6. Recommendations

6.1 Move the catalogue's certificates to automatic renewal.
    Owner: Priya Natarajan. Target: 20/04/2026.
6.2 Document the failover of the search index.
    Owner: Tom Hughes. Target: 15/05/2026.
"""


def test_each_numbered_paragraph_is_one_task_with_its_owner_and_target() -> None:
    measures = from_markdown(REPORT).measures

    assert [(task.owner, task.due) for task in measures.tasks] == [
        ("Priya Natarajan", date(2026, 4, 20)),
        ("Tom Hughes", date(2026, 5, 15)),
    ]
    assert measures.tasks[0].text.startswith("Move the catalogue's certificates")
    assert measures.improvements == []
