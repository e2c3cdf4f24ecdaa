"""A task table whose status column says who did the task or will: "Done by sadams", "cmoore to write"."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import TaskStatus

TABLE = """# Ingest stalled

## Action Items

| Action Item | Status |
|---|---|
| Alert on ingest errors | **Done by sadams** |
| Page the on-call for the cluster | [cmoore to write](https://tracker.example/MR-6504) |
| Add a runbook | In progress |
"""


def test_a_status_cell_naming_who_gives_the_owner_and_the_status() -> None:
    tasks = from_markdown(TABLE).measures.tasks
    assert [(task.owner, task.status) for task in tasks] == [
        ("sadams", TaskStatus.DONE),
        ("cmoore", TaskStatus.OPEN),
        ("", TaskStatus.IN_PROGRESS),
    ]
    assert tasks[0].text.startswith("Alert on ingest errors")
