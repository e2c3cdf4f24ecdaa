"""A timeline's statement of the day of all its entries, unless one notes its own: "Unless otherwise noted all
events happened on 2019-10-21", "All entries are on 3 May 2024 unless stated".

An entry that writes its own date ("2019-10-20 00:55: builds start failing") is that exception: the entries
after it, written with a clock alone, are still on the stated day, not on the exception's. A recogniser as
those in ``lines``: it records the day in the shared ``TimelineContext`` and declines, so the line stays.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.timeline.context import TimelineContext
from app.formats.markdown_read.timeline.lines import Entries
from app.timefmt import parse_date

# "Unless otherwise noted all events happened on 2019-10-21, and all times are in UTC", "All entries are on
# 3 May 2024 (unless noted)": the day after "on", up to a comma, a full stop, a bracket or "unless".
_STANDING_DAY = re.compile(
    r"[*_(]*(?P<unless>unless[ \t]+(?:otherwise[ \t]+)?(?:noted|stated|specified|mentioned|indicated),?[ \t]+)?"
    r"all[ \t]+(?:the[ \t]+)?(?:events|entries|times)[ \t]+(?:listed[ \t]+|below[ \t]+)?"
    r"(?:happened|occurred|took[ \t]+place|are|were|is)[ \t]+on[ \t]+(?P<date>[^,.;()\n]{4,40}?)"
    r"(?P<after>(?:[ \t]*[,.;(]|[ \t]+(?:unless|except)\b)[^\n]{0,80})?",
    re.IGNORECASE,
)
_UNLESS_AFTER = re.compile(r"unless|otherwise|except", re.IGNORECASE)
_SHORT_LINE = 200


def standing_day_line(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """Record the day a line states for every entry that writes none; the line itself is not read."""
    entry = entries[index]
    if not isinstance(entry, str) or len(entry) > _SHORT_LINE or "on" not in entry:
        return None
    found = _STANDING_DAY.fullmatch(entry.strip())
    if found is None or not (found.group("unless") or _UNLESS_AFTER.search(found.group("after") or "")):
        return None
    day = parse_date(found.group("date").strip(), default_year=ctx.year)
    if day is not None:
        ctx.set_day(day)
        ctx.standing_day = day
    return None
