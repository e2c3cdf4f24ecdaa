"""A day heading over entries that write no time: the day stays in the timeline as a note.

"### 21 December 2016" over "- The mail server stopped answering" dates nothing (no entry under it writes a
clock), and the heading was read as a day only: its words were lost. A careful reader still knows on which day
those entries happened, so the heading stays, as an untimed note where it was written, whenever no timed entry
below it (before the next day heading) took its day.

A day line over a paragraph or two of plain sentences with no clock in them ("**March 17, 2022:**" over "The
scanner flags two records …", between days whose paragraphs open with "10:36 - …") is that day's entry, as a
reader of the timeline takes it: an event each, on that day with no clock. Anything else kept under the day (a
table, a list, a paragraph telling its own times) keeps the heading above it, as written.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, tzinfo
from typing import NamedTuple, Protocol

from app.formats.markdown_read.draft import Draft, EventDraft
from app.formats.markdown_read.tokens import BULLET, heading_of, is_table_line
from app.model import EventKind

# A clock anywhere in the paragraph ("at 14:05", "9.30"): its story tells its own times, read elsewhere.
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[ \t]?[ap]\.?m\b", re.IGNORECASE)
_MOST_PARAGRAPHS = 3
_LONGEST_PARAGRAPH = 1500


class DayLine(NamedTuple):
    """A day heading just read: where the timeline and the kept lines stood, its words, and its day."""

    position: int
    kept_at: int
    line: str
    written: str
    day: date


class _HoldsDayLine(Protocol):
    draft: Draft
    leftover: list[str]
    day_line: DayLine | None
    zone: tzinfo | None

    def add(
        self, time: datetime | None, text: str, kind: EventKind | None = None, *, has_clock: bool = True
    ) -> None: ...


def note_day_line(ctx: _HoldsDayLine, line: str, written: str, day: date) -> None:
    """Remember ``line`` (a day heading just read, ``written`` as the file has it, naming ``day``) until a timed
    entry uses it."""
    keep_unused_day_line(ctx)
    ctx.day_line = DayLine(len(ctx.draft.timeline), len(ctx.leftover), line, written, day)


def keep_unused_day_line(ctx: _HoldsDayLine) -> None:
    """The day heading no timed entry used, as an untimed note where it stood (or over the text kept under it);
    the plain paragraphs kept under it as that day's entries."""
    if ctx.day_line is None:
        return
    position, kept_at, line, written, day = ctx.day_line
    ctx.day_line = None
    if position == len(ctx.draft.timeline) and kept_at < len(ctx.leftover):
        paragraphs = _plain_paragraphs(ctx.leftover[kept_at:])
        if paragraphs:
            del ctx.leftover[kept_at:]
            midnight = datetime.combine(day, time(), tzinfo=ctx.zone or UTC)
            for paragraph in paragraphs:
                ctx.add(midnight, paragraph, has_clock=False)  # its day, and no clock to place it in the window
            return
        ctx.leftover[kept_at:kept_at] = [written, ""]  # "### 2016-10-24" over the paragraph kept as written
    else:
        ctx.draft.timeline.insert(position, EventDraft(EventKind.NOTE, None, line, False, False))


def _plain_paragraphs(kept: list[str]) -> list[str] | None:
    """The kept lines as a few paragraphs of plain sentences, each joined; ``None`` when they are anything else."""
    paragraphs: list[list[str]] = [[]]
    for line in kept[: _MOST_PARAGRAPHS * 40]:
        stripped = line.strip()
        if not stripped:
            paragraphs.append([])
            continue
        if BULLET.match(stripped) or heading_of(stripped) or is_table_line(stripped) or stripped[:1] in "<>|`~":
            return None
        paragraphs[-1].append(stripped)
    if len(kept) > _MOST_PARAGRAPHS * 40:
        return None
    found = [" ".join(lines) for lines in paragraphs if lines]
    if not found or len(found) > _MOST_PARAGRAPHS:
        return None
    if any(len(text) > _LONGEST_PARAGRAPH or _CLOCK.search(text) for text in found):
        return None
    return found
