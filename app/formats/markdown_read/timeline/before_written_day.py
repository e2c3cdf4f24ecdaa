"""Entries before the first one that writes its day, after midnight: on the evening before it.

A status post's timeline writes its clocks alone and marks the day only where it changes: "[21:20] Incident
opened", "[23:43] Disk replaced", "[00:15 (2012-07-05)] Rebuilding". The clocks above that date ran up to its
midnight: they were on the day before it, though the document's first date written (that very marker) had put
them on it. A careful reader dates them back one day; the entries below the marker stay on its day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from app.formats.markdown_read.draft import EventDraft

# A step back this long between one entry and the next is past midnight, as the timeline's rolling reads it.
_MIDNIGHT_STEP = timedelta(hours=12)
_DAY = timedelta(days=1)


def evening_before_written_day(events: Sequence[EventDraft], start: datetime | None) -> dict[datetime, datetime]:
    """Move the entries before the first written day a day back, when their clocks ran up to its midnight on
    that very day; returns each moved time's new one (for the window's markers read from them)."""
    if start is not None:
        return {}  # the stated start gave the clocks their day
    timed = [(event, event.time) for event in events if event.time is not None]
    step = next((at for at in range(1, len(timed)) if timed[at - 1][1] - timed[at][1] > _MIDNIGHT_STEP), None)
    if step is None or any(time.date() != timed[step][1].date() for _, time in timed[:step]):
        return {}
    try:
        moved = {time: time - _DAY for _, time in timed[:step]}
    except OverflowError:
        return {}  # the calendar's first day has none before it
    for event, time in timed[:step]:
        event.time = moved[time]
    return moved
