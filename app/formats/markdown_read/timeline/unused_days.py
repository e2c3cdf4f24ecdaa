"""A day heading over entries that write no time: the day stays in the timeline as a note.

"### 21 December 2016" over "- The mail server stopped answering" dates nothing (no entry under it writes a
clock), and the heading was read as a day only: its words were lost. A careful reader still knows on which day
those entries happened, so the heading stays, as an untimed note where it was written, whenever no timed entry
below it (before the next day heading) took its day. When nothing under it was read as an event (a paragraph
kept as written), the heading stays above that text instead, as written.
"""

from __future__ import annotations

from typing import Protocol

from app.formats.markdown_read.draft import Draft, EventDraft
from app.model import EventKind


class _HoldsDayLine(Protocol):
    draft: Draft
    leftover: list[str]
    day_line: tuple[int, int, str, str] | None


def note_day_line(ctx: _HoldsDayLine, line: str, written: str) -> None:
    """Remember ``line`` (a day heading just read, ``written`` as the file has it) until a timed entry uses it."""
    keep_unused_day_line(ctx)
    ctx.day_line = (len(ctx.draft.timeline), len(ctx.leftover), line, written)


def keep_unused_day_line(ctx: _HoldsDayLine) -> None:
    """The day heading no timed entry used, as an untimed note where it stood (or over the text kept under it)."""
    if ctx.day_line is None:
        return
    position, kept_at, line, written = ctx.day_line
    ctx.day_line = None
    if position == len(ctx.draft.timeline) and kept_at < len(ctx.leftover):
        ctx.leftover[kept_at:kept_at] = [written, ""]  # "### 2016-10-24" over the paragraph kept as written
    else:
        ctx.draft.timeline.insert(position, EventDraft(EventKind.NOTE, None, line, False, False))
