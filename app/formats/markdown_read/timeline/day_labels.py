"""Day labels over a multi-day timeline's entries: "Day 2 —", "Day 2 (Tuesday):", "**Day 3**", "### Day 4 — the review".

The label gives the entries under it their day, counted from the incident's first
day (``TimelineContext.numbered_day``). Its words are the writer's: they stay in
the timeline as an untimed note where the day starts, as an outage part's heading
does. A label dated in full ("Day 2 — Wednesday, March 13") is a day line
(``day_zone_lines.day_or_zone_line``); one in front of an entry's time ("Day 2 — 09:10 x")
is read with that entry (``INLINE_DAY``).
"""

from __future__ import annotations

import re

from app.formats.markdown_read.timeline.context import TimelineContext
from app.formats.markdown_read.timeline.lead_patterns import INLINE_DAY
from app.formats.markdown_read.tokens import Item, heading_of, parse_items
from app.model import EventKind

# The whole (stripped, short) line: the number, a note in parentheses, then nothing, or a mark and any words.
# "Day 2 of the migration went well" has no mark after its number: a sentence, not a label.
_DAY_LABEL = re.compile(
    r"(?P<open>[*_]{0,2})day[ \t]?(?P<number>\d{1,3})(?:[ \t]*\((?P<paren>[^()\n]{1,40})\))?[ \t]*[*_]{0,2}"
    r"(?:[ \t]*[-–—:|,][^\n]*)?",
    re.IGNORECASE,
)
_SHORT_LINE = 120
_MARKUP = re.compile(r"\*\*|__")
_TRAILING_MARKS = " \t:–—-|,"


def day_label(ctx: TimelineContext, entries: list[Item | str], index: int) -> int | None:
    """A line, heading or bullet that only labels a day by its number: the day of the entries under it."""
    if not ctx.draft.other_template:
        return None
    entry = entries[index]
    head = entry.head if isinstance(entry, Item) else entry
    heading = heading_of(head) if isinstance(entry, str) else None
    line = (heading[1] if heading is not None else head).strip()
    if len(line) > _SHORT_LINE or not line[:3].lstrip("*_").lower().startswith("d"):
        return None
    label = _DAY_LABEL.fullmatch(line)
    if label is None or INLINE_DAY.match(line):
        return None  # "Day 2 — 09:10 x": the label of one entry, read with it
    nested = parse_items(entry.body) if isinstance(entry, Item) and entry.body else []
    if nested and not any(isinstance(child, Item) for child in nested):
        return None  # a bullet with text under it, not a label over entries
    day = ctx.numbered_day(int(label.group("number")), label.group("paren"))
    if day is None:
        return None
    ctx.set_day(day)
    ctx.add(None, _MARKUP.sub("", line).strip().rstrip(_TRAILING_MARKS).strip(), EventKind.NOTE)
    if nested:
        ctx.read_nested(nested)
    return index + 1
