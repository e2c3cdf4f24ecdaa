"""A list under no name above a list named as the tasks: the improvements, as the reference layout puts them."""

from __future__ import annotations

from app.formats.markdown_read.draft import MeasuresDraft, TaskDraft


def unnamed_list_as_improvements(measures: MeasuresDraft, unnamed: list[TaskDraft], boxes: list[int]) -> None:
    """A list under no name above a list named as the tasks ("TODO:", "**Tasks:**"): the improvements, as the
    reference layout puts them first. Unless an item says who, when, where or how far (an owner, a due date,
    a link, a status), or is a box to tick (``boxes``, where each begins): then the list is tasks, as written."""
    boxed = {id(measures.tasks[at]) for at in boxes if at < len(measures.tasks)}
    plain = [task for task in unnamed if not task.tracked() and id(task) not in boxed]
    if len(plain) != len(unnamed):
        return
    measures.improvements.extend(task.text for task in plain)
    moved = {id(task) for task in plain}
    measures.tasks[:] = [task for task in measures.tasks if id(task) not in moved]
