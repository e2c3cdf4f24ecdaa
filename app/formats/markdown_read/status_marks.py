"""A task's status written as a mark in its status cell: "✅", "❌", "⏳", "🟡", "✔️ Done".

Student tables tick their tasks with emoji rather than words: a green tick or circle is done, a cross or red
circle still open, an hourglass or amber circle under way. A careful reader reads the mark as the status.
The mark with a status word ("✅ Done", "In progress 🟡") reads as the word says; a mark beside other words
("✅ merged in #12") is not read here, so that those words stay in the task.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.names import TASK_STATUSES
from app.formats.markdown_read.tokens import name_key
from app.model import TaskStatus

# U+FE0F and U+FE0E ask for the emoji or the text form of the mark before them ("✔️" is "✔" and U+FE0F).
_FORM_SELECTORS = str.maketrans("", "", "\ufe0f\ufe0e")
MARK_STATUSES = {
    **dict.fromkeys("✅✔✓☑🟢🗹", TaskStatus.DONE),
    **dict.fromkeys("❌✗✘✖🔴☐⬜🔲", TaskStatus.OPEN),
    **dict.fromkeys("⏳⌛🟡🟠🚧🔄🔃🔁", TaskStatus.IN_PROGRESS),
}


def marked_status(cell: str, statuses: dict[str, TaskStatus]) -> TaskStatus | None:
    """The status ``cell`` writes as a mark alone, or as a mark and a status word of ``statuses`` (keyed by
    lower-case words); ``None`` when it holds no mark or other words."""
    text = cell.translate(_FORM_SELECTORS).strip(" \t*_`")
    if not text or len(text) > 40:
        return None
    if text in MARK_STATUSES:
        return MARK_STATUSES[text]
    for mark, status in ((text[0], MARK_STATUSES.get(text[0])), (text[-1], MARK_STATUSES.get(text[-1]))):
        if status is not None:
            words = " ".join(text.replace(mark, " ", 1).split()).strip(" \t*_:-–—").lower()
            return statuses.get(words)
    return None


def written_status(value: str) -> TaskStatus | None:
    """A "Status:" value as a task's status: a word ("done") or a mark ("✅", "⏳ in progress")."""
    return TASK_STATUSES.get(name_key(value)) or marked_status(value, TASK_STATUSES)


_LONGEST_REFERENCE = 600


def status_with_reference(cell: str, statuses: dict[str, TaskStatus]) -> tuple[TaskStatus, str] | None:
    """A status cell that names the change closing the task after its status: "✅ Done ([PR #12](https://…))",
    "Done (#4521)". The status, and the reference written in the brackets; ``None`` for any other cell."""
    text = cell.strip()
    if not text.endswith(")") or len(text) > _LONGEST_REFERENCE:
        return None
    depth, opening = 0, -1
    for index in range(len(text) - 1, -1, -1):  # the bracket the last one closes, nested links inside
        depth += {")": 1, "(": -1}.get(text[index], 0)
        if depth == 0:
            opening = index
            break
    head, reference = text[:opening].strip(), text[opening + 1 : -1].strip()
    if opening <= 0 or not head or not reference:
        return None
    status = statuses.get(name_key(head)) or marked_status(head, statuses)
    return (status, reference) if status is not None else None


# A link, a pull request or issue number, a commit: what a status's brackets name when they name the change.
_REFERENCE = re.compile(r"https?://|\]\(|(?<![\w#])#\d|\b[0-9a-f]{7,40}\b")


def is_reference(text: str) -> bool:
    """Whether ``text`` names a change (a link, "#4521", a commit) rather than saying something of its own."""
    return _REFERENCE.search(text[:_LONGEST_REFERENCE]) is not None
