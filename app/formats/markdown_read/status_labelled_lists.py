"""A list of measures under a label naming their status: "Completed:" over what was done, "In progress:" over the rest.

    ## Remediation

    Completed:

    - Pool halted.
    - Price feed replaced with a second source.

A careful reader files each item as a task with the status its label says. Each item is written with that
status leading it ("- Completed: Pool halted."), which the task's own reading takes as its status, and the
label line goes (it names the status, not a task). An item that already leads with a status or a box keeps
its own. String methods and one bounded match a line: linear on any text.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.names import TASK_STATUSES
from app.formats.markdown_read.tokens import name_key
from app.formats.markdown_syntax import outside_fences
from app.model import TaskStatus

# "Completed:", "**Done:**", "__In progress__:": a status word alone as a label on its own line.
_LABEL = re.compile(r"[ \t]{0,3}(?:\*\*|__)?(?P<word>[A-Za-z][A-Za-z -]{1,25}?)[ \t]*:?(?:\*\*|__)?[ \t]*:?[ \t]*")
# A list item at the margin: its marker, then its text.
_ITEM = re.compile(r"(?P<marker>(?:[-*+]|\d{1,3}[.)])[ \t]+)(?P<text>\S)")
# An item that already says its own status: a box, or a word in brackets or bold.
_OWN_STATUS = re.compile(r"\[[ xX]\]|\[[A-Za-z ]{2,20}\]|\*\*[A-Za-z ]{2,20}:?\*\*")


def status_labelled_lists(lines: list[str]) -> list[str]:
    """``lines`` with the items under a status label led by that status, and the label lines left out."""
    if not any(line.rstrip().endswith(":") for line in lines):
        return lines  # the common case: no label at all
    flags = outside_fences(lines)
    out: list[str] = []
    status = ""  # the label's word while its list goes on
    for index, line in enumerate(lines):
        label = _LABEL.fullmatch(line) if flags[index] and line.rstrip().endswith((":", ":**", ":__")) else None
        # ("TODO:" or "Open:" says no more than a task's own default, and "TODO:" names the list of tasks itself.)
        if label is not None and TASK_STATUSES.get(name_key(label["word"]), TaskStatus.OPEN) != TaskStatus.OPEN:
            status = label["word"].strip()
            continue
        item = _ITEM.match(line) if status and flags[index] else None
        if item is not None and _OWN_STATUS.match(line, item.start("text")) is None:
            out.append(f"{line[: item.start('text')]}{status}: {line[item.start('text') :]}")
            continue
        if status and line.strip() and item is None and not line[:1].isspace():
            status = ""  # a paragraph or heading at the margin ends the list
        out.append(line)
    return out
