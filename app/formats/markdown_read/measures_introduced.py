"""A plain list of measures, named as measures: the improvements, not tasks.

Under "## Corrective and Preventive Measures" (or "## Prevention", "## What we will change") a report often
writes one plain list, and an opening line says what it is: "To prevent such outages, the following measures are
recommended:", "we have implemented the following corrective and preventative measures:". Nobody owns its items,
none has a date or a box to tick, and no line names them as tasks ("Action items", "Tasks:"): a careful reader
files them as the improvements. A list under "Action items", one with owners, dates or checkboxes, or one a
"Tasks:" line names, stays the tasks it was read as.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.names import plain_name
from app.model import TaskStatus

# A heading naming the measures in general ("Corrective and Preventive Measures", "Prevention", "What we will
# change"), with no word naming work to assign ("Action items", "Tasks", "To-do", "Follow-ups", "Next steps").
_GENERIC = re.compile(
    r"\b(?:measures?|prevention|preventing|preventive|preventative|what[ \t]+we(?:[ \t]+will|'ll)[ \t]+change)\b"
)
_TASK_WORDS = re.compile(r"\b(?:actions?|tasks?|to-?dos?|follow[- ]?ups?|next[ \t]+steps|owners?|items?|plan)\b")
# An opening line introducing the list as measures: "the following measures are recommended", "we have implemented
# the following corrective and preventative measures", "these measures will be taken".
_INTRODUCES = re.compile(
    r"\b(?:following|these|several|some)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:measures|recommendations|improvements)\b"
    r"|\bmeasures[ \t]+(?:are|were|have[ \t]+been)[ \t]+(?:recommended|proposed|suggested|implemented|taken)\b",
    re.IGNORECASE,
)
_CHECKBOX = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[ xX]\]")
_LINES_LOOKED_AT = 200


def measures_named_as_such(draft: Draft, section: Section, tasks_before: int, improvements_before: int) -> None:
    """The tasks ``section`` gave (from ``tasks_before`` on) as improvements, when they are a plain list of measures.

    ``improvements_before``: the improvements before the section was read (a section that gave improvements of
    its own split its lists already)."""
    measures = draft.measures
    read = measures.tasks[tasks_before:]
    if not draft.other_template or not read or len(measures.improvements) != improvements_before:
        return
    name = plain_name(section.heading)
    if not _GENERIC.search(name) or _TASK_WORDS.search(name):
        return
    if any(task.owner or task.due or task.link or task.status != TaskStatus.OPEN for task in read):
        return
    lines = section.lines[:_LINES_LOOKED_AT]
    if any(_CHECKBOX.match(line) for line in lines):
        return
    # A bare list under the heading alone stays the tasks it was read as (either reading is common there).
    if not any(_INTRODUCES.search(line[:2000]) for line in lines):
        return
    measures.improvements.extend(task.text for task in read)
    del measures.tasks[tasks_before:]
