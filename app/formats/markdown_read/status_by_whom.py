"""A task table's status cell that says who as well: "Done by sadams", "[cmoore to write](…)", "In progress (Ana)".

With no owner column, the status column is where a team writes who did the task or will: a reader takes
the status and that person as its owner. The cell stays in the task's words too, as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.formats.markdown_read.tokens import name_key
from app.model import TaskStatus

_LINK = re.compile(r"\[(?P<text>[^\[\]]{1,80})\]\([^()\s]{1,300}\)")
# "Done by sadams", "Fixed by @ana.k": a status, then who.
_DONE_BY = re.compile(r"(?P<status>[A-Za-z][A-Za-z ]{1,15}?)[ \t]+by[ \t]+@?(?P<who>[A-Za-z][\w.'-]{1,30})[.!]?")
# "cmoore to write", "Ana to fix": who, then what they will do: the task is still open.
_WILL_DO = re.compile(r"@?(?P<who>[A-Za-z][\w.'-]{1,30})[ \t]+to[ \t]+[a-z]{2,20}(?:[ \t][a-z]{1,20}){0,3}[.!]?")


def status_by_whom(cell: str, statuses: Mapping[str, TaskStatus]) -> tuple[TaskStatus, str] | None:
    """The status a cell names with the person it names, or ``None``."""
    text = _LINK.sub(lambda found: found["text"], cell.strip()).strip().strip("*_ \t")
    if len(text) > 60:
        return None
    if (done := _DONE_BY.fullmatch(text)) is not None and (status := statuses.get(name_key(done["status"]))):
        return status, done["who"]
    if (will := _WILL_DO.fullmatch(text)) is not None and will["who"].lower() not in _NOT_PEOPLE:
        return TaskStatus.OPEN, will["who"]
    return None


_NOT_PEOPLE = frozenset(("need", "needs", "have", "has", "due", "yet", "ready", "going", "time", "plan", "planned"))
