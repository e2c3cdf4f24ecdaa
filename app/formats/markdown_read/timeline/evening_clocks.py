"""A timeline's clocks written without am/pm, when the document states its window in the evening.

"The outage started at 7:30 pm and was resolved by 7:55 pm" over "07:30 - issue detected … 07:55 - fixed":
the timeline's clocks are that evening's, written the 12-hour way with the "pm" left off. A careful reader
moves them on twelve hours, but only when every one of them falls before the stated window and every one,
so moved, falls inside it: a timeline that shares a single clock with its window was written as it reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from app.formats.markdown_read.draft import EventDraft

_HALF_DAY = timedelta(hours=12)
# How far outside the stated window a moved entry may fall: its detection a little before, its last
# checks a little after.
_SLACK = timedelta(hours=1)


def evening_clocks(events: Sequence[EventDraft], start: datetime | None, end: datetime | None) -> None:
    """Move ``events``' times on twelve hours when they are the stated evening window's, written without pm."""
    if start is None or end is None or not events or start.hour < 12 or not start <= end <= start + _HALF_DAY:
        return
    times = [event.time for event in events if event.time is not None]
    if not times or any(time.hour >= 12 or time.date() != start.date() or time >= start for time in times):
        return
    if all(start - _SLACK <= time + _HALF_DAY <= end + _SLACK for time in times):
        for event in events:
            if event.time is not None:
                event.time += _HALF_DAY
