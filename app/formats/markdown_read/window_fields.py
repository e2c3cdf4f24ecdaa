"""Whether the incident's start or end is written in a field of the report ("**Start:** 2026-03-17 08:41 UTC",
a definition list's ": 2026-05-06 08:42 UTC" under "Start", a "| Start | … |" row).

A field is the record's own value: a careful reader copies it as written, to the minute, though a timeline
entry in that minute writes its seconds. A window told in a sentence ("broken from 21:04 until 00:12") is
the same moment told loosely, and takes the entry's seconds (``incident_window.window_to_the_second``).
"""

from __future__ import annotations

import itertools
import re
from datetime import datetime

# A line that is a label's value: "- **Start:** …", "End time: …", ": …" (a definition), "| Start | …".
_FIELD_LINE = re.compile(
    r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?[A-Za-z][\w /()'-]{0,30}?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]"
    r"|[ \t]*:[ \t]|[ \t]*\|"
)
_LONGEST_LINE = 2000
_MOST_LINES = 20_000


def written_in_a_field(moment: datetime, lines: list[str]) -> bool:
    """Whether a line of ``lines`` that is a field's value writes ``moment``'s clock time (to the minute)."""
    clock = f"{moment:%H:%M}"
    for line in itertools.islice(lines, _MOST_LINES):
        if clock in line[:_LONGEST_LINE] and _FIELD_LINE.match(line[:_LONGEST_LINE]):
            found = line.find(clock)
            if line[found + len(clock) : found + len(clock) + 1] != ":":  # "08:41:05" writes the seconds
                return True
    return False
