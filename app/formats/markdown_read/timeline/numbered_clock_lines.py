"""A chronology whose lines carry the report's clause numbers before their clocks: "3.1  02:00 — Backup job
begins", "3.10 11:37 — Service restored".

Formal reports number every paragraph, the chronology's lines too. A careful reader skips the clause number and
reads the line as the entry at its clock; the number is the document's layout, not part of what happened.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.timeline.context import TimelineContext
from app.formats.markdown_read.timeline.lines import Entries, time_led_paragraph

# "3.1", "3.10", "4.2.1", with an optional closing dot, then the space before the clock. Two numbers at least:
# "3 02:00" is not a clause's number, and "3." is a list's (read as one).
_CLAUSE_NUMBER = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,3}){1,3}\.?[ \t]+(?=\S)")
_LONGEST_LINE = 4000
"""Longer lines are never an entry read here (the pattern stays cheap)."""
_MOST_LINES = 2000
"""The numbered lines after the first are looked at this far: a chronology, not a whole document."""


def numbered_clock_line(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """A loose line led by a clause number and then a clock: the entry at that clock, without the number."""
    entry = entries[index]
    if not isinstance(entry, str) or len(entry) > _LONGEST_LINE:
        return None
    number = _CLAUSE_NUMBER.match(entry)
    if number is None or not ctx.peek_time(entry[number.end() :].strip()):
        return None
    # The numbers go from this line and the numbered entries after it at once: a line's text reads on until
    # the next line led by a clock, and "3.2  08:52 — …" must be one by then.
    written = list(entries[index : index + _MOST_LINES])
    for at in range(index, min(len(entries), index + _MOST_LINES)):
        line = entries[at]
        found = _CLAUSE_NUMBER.match(line) if isinstance(line, str) and len(line) <= _LONGEST_LINE else None
        if found is not None and ctx.peek_time(str(line)[found.end() :].strip()):
            entries[at] = str(line)[found.end() :]
    end = time_led_paragraph(ctx, entries, index)
    if end is None:
        entries[index : index + len(written)] = written  # not read after all: the lines stay as written
    return end
