"""General lines above the tasks: "we should…" bullets over an action-items table are the improvements.

Many teams open their measures with what they want to change in general ("Alerts should page the owning
team", "We should treat warnings as errors"), then list the concrete work in a table of owners and dates or
as boxes to tick. The measures' reader takes every line as a task; a careful reader sees two lists: the
general lines, with no owner, date or link, are the improvements, and the table's rows (or the boxes) are
the tasks. Only lines wholly before the first table or box count, and only when none of them says who or
when: a list that names an owner anywhere stays tasks, as written.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Draft


def general_lines_as_improvements(draft: Draft, tasks_before: int, items_before: int, formal_from: list[int]) -> None:
    """Move the tasks read before the section's first table or checklist of tasks to its improvements, when
    they are plain lines and what follows them is the concrete work (someone's, or a box to tick)."""
    measures = draft.measures
    if not draft.other_template or not formal_from or len(measures.improvements) + tasks_before != items_before:
        return  # the section named its improvements itself, or has no table or box of tasks
    first_formal = formal_from[0]
    general, concrete = measures.tasks[tasks_before:first_formal], measures.tasks[first_formal:]
    if not general or not concrete or any(task.tracked() for task in general):
        return
    measures.improvements.extend(task.text for task in general)
    del measures.tasks[tasks_before:first_formal]
