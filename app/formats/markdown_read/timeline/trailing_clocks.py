"""Timeline entries that give their clock at the end, in brackets: "Rolled back the deploy (14:22)".

Some teams number their entries and write what happened first, then when: "3. Support escalates to on-call
(12:18)". A careful reader takes the bracketed clock closing the entry as its time, and the words before it as
its text; an entry with no such clock stays untimed, in its place.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.timeline.context import TimelineContext
from app.formats.markdown_read.timeline.lines import Entries
from app.formats.markdown_read.tokens import Item

# "(14:22)", "(~12:45)", "(2:40 pm)", "(09:05 UTC)" closing the entry, a full stop after it or not.
_CLOSING_CLOCK = re.compile(
    r"[ \t]+\([ \t]*(?P<about>~|approx\.?[ \t]|about[ \t]|around[ \t])?[ \t]*"
    r"(?P<clock>\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5}|[ \t]+UTC[+-]\d{1,2})?)[ \t]*\)\.?$",
    re.IGNORECASE,
)
_LONGEST_HEAD = 2000
"""A longer first line is a paragraph, not an entry (and the pattern stays cheap)."""


def trailing_clock_item(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """A list item not led by a time whose first line closes with a bracketed clock: the event at that clock."""
    entry = entries[index]
    if not isinstance(entry, Item) or not entry.head or len(entry.head) > _LONGEST_HEAD:
        return None
    head = entry.head.rstrip()
    closing = _CLOSING_CLOCK.search(head)
    if closing is None or ctx.peek_time(head):
        return None
    moment = ctx.moment(closing["clock"])
    if moment is None:
        return None
    text = head[: closing.start()].rstrip()
    if closing["about"]:
        text = f"{text} (about {closing['clock']})"  # an approximate time says so, in the text
    ctx.add(moment, "\n".join([text, *entry.body]).strip("\n"))
    return index + 1
