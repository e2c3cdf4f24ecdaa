"""Times told inside a timeline's sentences when none of its entries leads with one.

"* The fault was detected at 0330hrs (EAT), when the monitoring system alerted …", "* Normal running was
restored by __0400hrs (EAT)__.", and a paragraph alone under "## Timeline": "The issue was detected at 15/01/2021
11 a.m by a customer." A careful reader dates these entries by the moment their sentence gives, though no
entry opens with its time, and leaves the others (“about 10 mins after …”) untimed. Only a clock after "at",
"by", "around", "about" or "approximately" counts ("spent 20 minutes", "version 2.10" never do), and only in a
part of the timeline where no entry was timed the usual way: there, the times in front are the entries' times.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.formats.markdown_read.timeline.sentence_lines import one_step_a_line
from app.formats.markdown_read.tokens import BULLET, heading_of, is_table_line

if TYPE_CHECKING:
    from datetime import datetime

    from app.formats.markdown_read.timeline.context import TimelineContext

# The cue, any bold or italic mark, then a clock ("3:30", "3 am", "0330hrs", "0330 hours") or a date and a clock
# ("15/01/2021 11 a.m", "Nov 1, 2022 6:00 AM"): what follows is read by the context's own reader.
_TOLD = re.compile(
    r"\b(?:at|by|around|about|approximately)[ \t]+"
    r"(?=[*_]{0,2}(?:\d{1,2}(?::\d{2}|[ \t]?[ap]\.?m\b)|(?:[01]\d|2[0-3])[0-5]\d[ \t]?(?:hrs?|hours)\b"
    r"|\d{1,2}/\d{1,2}/\d{4}[ \t]|\d{4}-\d{2}-\d{2}[ \t]"
    # "at Nov 1, 2022 6:00 AM", "on 3 March 2024 14:05": a month's name, the day and the year, a clock after them
    r"|[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}(?:st|nd|rd|th)?,?[ \t]\d{4},?[ \t]+(?:at[ \t]+)?\d"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t][A-Z][a-z]{2,8}\.?,?[ \t]\d{4},?[ \t]+(?:at[ \t]+)?\d))",
    re.IGNORECASE,
)
_LONGEST = 1000
"""A longer text is no entry's sentence: it is not searched."""


def times_told_inside(ctx: TimelineContext, first_event: int, opening: list[str]) -> bool:
    """Date the untimed entries read since ``first_event`` by the moment their sentence tells, when none was
    timed. Then the part's ``opening`` lines (its text before any entry, left unread): when they are plain
    sentences that tell a moment no later than any entry's, they are the first entry. Whether they were."""
    events = ctx.draft.timeline[first_event:]
    if ctx.day is None:
        return False
    date_by_told_times(ctx, first_event)
    paragraph = "\n".join(opening).strip()
    if one_step_a_line(opening) is not None:
        return False  # a step a line ("The issue started around 12:30", "It was noticed by …"): read as lines
    if not paragraph or not _plain(paragraph) or (moment := _told(ctx, paragraph)) is None:
        return False
    timed = [event.time for event in events if event.time is not None]
    if 2 * len(timed) > len(events):
        return False  # entries that mostly state their times: an opening sentence is their summary, no entry
    if any(time < moment for time in timed):
        return False  # told after entries it stands above: a summary of them, not the first
    ctx.add(moment, " ".join(paragraph.split()))
    ctx.draft.timeline.insert(first_event, ctx.draft.timeline.pop())
    return True


def date_by_told_times(ctx: TimelineContext, first_event: int) -> None:
    """Give the entries read since ``first_event`` the moment their sentence tells, when none of them has a time."""
    events = ctx.draft.timeline[first_event:]
    if not any(event.time is not None for event in events):
        for event in events:
            event.time = _told(ctx, event.text)


def told_moment(ctx: TimelineContext, text: str) -> datetime | None:
    """The moment ``text`` tells after a cue ("… detected at 11:05"), when the part's day is known; else ``None``."""
    return _told(ctx, text) if ctx.day is not None else None


def _told(ctx: TimelineContext, text: str):  # type: ignore[no-untyped-def]
    """The moment the first cued clock in ``text`` reads as (on the context's day, in its zone), else ``None``."""
    match = _TOLD.search(text[:_LONGEST])
    if match is None:
        return None
    reading = ctx._read(text[match.end() : _LONGEST])
    return reading.moment if reading is not None and reading.has_time else None


def _plain(paragraph: str) -> bool:
    """Whether ``paragraph`` is sentences (no list, table, heading or code), short enough to be an entry."""
    lines = paragraph.split("\n")
    return len(paragraph) <= _LONGEST and not any(
        BULLET.match(line) or is_table_line(line) or heading_of(line) or line.lstrip().startswith(("```", "~~~", "<"))
        for line in lines
    )
