"""A note under the task list giving the due dates per priority: "Due dates: P1 items by 2026-05-08, P2 by June".

A careful reader dates each task of that priority and does not list the note as a task; its words stay.
"""

from __future__ import annotations

from datetime import date

from app.formats.markdown_read import read_markdown

_TABLE = (
    "| Action | Owner | Priority |\n|---|---|---|\n"
    "| Page the storage on-call on replica lag | Dana Whitfield | P1 |\n"
    "| Document the failover drill | Omar Reyes | P2 |\n"
    "| Retire the old lag dashboard | Omar Reyes | P3 |\n"
)


def _read(note: str) -> tuple[list, str]:
    text = (
        "# Replica lag outage\n\nOn 22 April 2026 the read replicas fell behind for two hours.\n\n"
        f"## Action items\n\n{_TABLE}\n{note}\n"
    )
    document, _ = read_markdown(text)
    kept = " ".join(section.body for section in document.extra_sections)
    return document.measures.tasks, kept


def test_the_note_dates_the_tasks_of_each_priority_and_is_kept_as_written() -> None:
    note = "Due dates: P1 items by 2026-05-08, P3 by 2026-06-30, P2 when the team has time."
    tasks, kept = _read(note)
    assert [task.due for task in tasks] == [date(2026, 5, 8), None, date(2026, 6, 30)]
    assert len(tasks) == 3
    assert note in kept


def test_a_note_opening_with_all_the_tasks_of_a_priority_dates_them() -> None:
    tasks, _ = _read("All P1 tasks are due by 2026-05-15.")
    assert [task.due for task in tasks] == [date(2026, 5, 15), None, None]
    assert len(tasks) == 3


def test_a_task_naming_a_priority_in_its_words_is_still_a_task() -> None:
    tasks, _ = _read("- Move P1 alerts to the pager by 2026-05-20")
    assert len(tasks) == 4
    assert tasks[-1].text.startswith("Move P1 alerts")
