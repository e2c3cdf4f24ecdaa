"""A timeline line whose clock is a placeholder the writer never filled in: "xx:xx PM January 21, 2026: …".

The step happened; only its time is unknown. A reader keeps it in the timeline, on the day it names,
without a made-up time, rather than losing it from the timeline.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.timeline.context import TimelineContext
from app.formats.markdown_read.timeline.lead_patterns import SEPARATOR
from app.formats.markdown_read.timeline.lines import Entries

# "xx:xx", "XX:XX PM", "??:??", "--:--", "hh:mm", "**xx:xx**": a clock's shape with no digits in it.
_PLACEHOLDER_CLOCK = re.compile(
    r"[ \t]*(?:[-*+][ \t]+)?[*_`]{0,2}(?:[xX?]{1,2}|--|hh|HH)[:.h](?:[xX?]{2}|--|mm|MM)"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4}\b)?[*_`]{0,2}(?=[ \t:,–—-]|$)"
)


def placeholder_clock_line(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """A loose line led by a placeholder clock: an event with no time, on the day written after the clock."""
    entry = entries[index]
    if not isinstance(entry, str) or (lead := _PLACEHOLDER_CLOCK.match(entry[:80])) is None:
        return None
    rest = entry[lead.end() :].strip()
    moment, text = None, SEPARATOR.sub("", rest, count=1)
    found = ctx.leading(rest) if rest[:1].isalnum() else None
    if found is not None and not found.has_time and found.text:
        moment, text = found.moment, found.text  # "xx:xx PM January 21, 2026: …": the day, at no clock
    if not text:
        return None
    ctx.add(moment, text, has_clock=False)
    return index + 1
