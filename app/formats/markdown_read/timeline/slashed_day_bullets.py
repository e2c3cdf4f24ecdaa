"""A bullet holding only a day written with a slash and no year ("11/25", "**3/14**", "11/26（金）") over bullets
of their own: the day of the entries nested under it.

Teams that log an incident over a few days often group its entries under the day, written short:

    * 11/25
        * 15:00 - v1.4.0 released
    * 11/26
        * 00:28 - v1.4.1 submitted for review

Alone on a line, "3/4" may be a fraction or a score, so the time parser does not take it for a day; standing over
timed entries it can be nothing else. The year is the document's; which number is the month follows how the
document writes its slashed dates (month first unless it shows otherwise, ``dateparse.SLASH_DATES_DAY_FIRST``).
"""

from __future__ import annotations

import re

from app.dateparse import month_slash_day_at
from app.formats.markdown_read.timeline.context import TimelineContext
from app.formats.markdown_read.tokens import Item, parse_items

# The whole head: the day, in bold or not, a weekday in brackets after it ("（金）", "(Fri)"), a colon.
_DAY_ALONE = re.compile(r"(?P<open>[*_]{0,2})\d{1,2}/\d{1,2}[*_]{0,2}[ \t]*(?:[(（][^()（）\n]{1,12}[)）])?[ \t]*:?")
_LONGEST_HEAD = 40


def slashed_day_bullet(ctx: TimelineContext, entries: list[Item | str], index: int) -> int | None:
    """A bullet that is only a yearless slashed day, over nested bullets: their day, in the document's year."""
    entry = entries[index]
    if not isinstance(entry, Item) or not entry.body or ctx.year is None or not ctx.draft.other_template:
        return None
    head = entry.head.strip()
    if len(head) > _LONGEST_HEAD or (written := _DAY_ALONE.fullmatch(head)) is None:
        return None
    found = month_slash_day_at(head, len(written["open"]), ctx.year)
    nested = parse_items(entry.body)
    if found is None or not any(isinstance(child, Item) for child in nested):
        return None
    ctx.set_day(found[0])
    ctx.read_nested(nested)
    return index + 1
