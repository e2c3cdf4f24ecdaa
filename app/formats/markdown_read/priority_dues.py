"""Due dates given per priority in a note under the task list: "Due dates: all P1 items by 2026-03-13, P2 by
end of March."

A careful reader gives each task of that priority the date, and does not take the note for a task of its own:
its words stay in the section, as written. A priority whose date is not a day ("end of March") leaves its
tasks without one.
"""

from __future__ import annotations

import re
from datetime import date

from app.formats.markdown_read.draft import TaskDraft
from app.formats.markdown_read.task_due import due_date

_LONGEST_NOTE = 300
_LEVEL = re.compile(r"\bP[0-4]\b", re.IGNORECASE)
# The note opens with its label ("Due dates:", "Deadlines -") or with its first clause ("All P1 items by …").
_NOTE_OPENING = re.compile(
    r"[*_]{0,2}(?:(?:due[ \t]+dates?|deadlines?|target[ \t]+dates?)[*_]{0,2}[ \t]*[:–—-]|all[ \t]+p[0-4]\b)",
    re.IGNORECASE,
)
# "all P1 items by 2026-03-13", "P2 by end of March", "P3 tasks due 30 April": a level, then its date.
_CLAUSE = re.compile(
    r"\b(?P<level>P[0-4])(?:[ \t]+(?:action[ \t]+)?(?:items?|tasks?|actions?))?[ \t]+(?:are[ \t]+)?"
    r"(?:due[ \t]+(?:by|on|before)?|by|before)[ \t]*(?P<when>[^,;]{3,40}?)[ \t]*(?=[,;]|\.?$|[ \t]and[ \t])",
    re.IGNORECASE,
)


def _dues(note: str, day: date | None) -> dict[str, date] | None:
    """The date the note gives each priority level, or ``None`` when ``note`` is not such a note."""
    if len(note) > _LONGEST_NOTE or _NOTE_OPENING.match(note.strip()) is None:
        return None
    clauses = list(_CLAUSE.finditer(note))
    if not clauses:
        return None
    dues = {found["level"].upper(): due_date(found["when"], day) for found in clauses}
    return {level: due for level, due in dues.items() if due is not None} or None


def dues_by_priority(tasks: list[TaskDraft], day: date | None) -> list[str]:
    """Give the tasks of each priority the date a note among ``tasks`` says; take such notes out of ``tasks``
    and return their words, to be kept in the section."""
    notes = [(task, given) for task in tasks if (given := _dues(task.text, day)) is not None]
    if not notes:
        return []
    note_ids = {id(task) for task, _ in notes}
    dues: dict[str, date] = {}
    for _, given in notes:
        dues = given | dues  # the first note to date a level wins; one pass over the tasks for all the notes
    for task in tasks:
        if id(task) in note_ids or task.due is not None:
            continue
        levels = {level.upper() for level in _LEVEL.findall(task.text[: _LONGEST_NOTE * 4])}
        if len(levels) == 1 and (level := levels.pop()) in dues:
            task.due = dues[level]
    tasks[:] = [task for task in tasks if id(task) not in note_ids]
    return [task.written or task.text for task, _ in notes]
