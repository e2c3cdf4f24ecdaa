"""The last entry of an undated timeline on the day the stated window ends.

"From 15 Feb at 00:25AM 2022 to 16 Feb at 3:36PM", then a timeline of clocks alone ("- 00:25 AM - Outage
begins" … "- 03:36 PM - 100% of traffic back online"): the times are read on the window's first day, but the
entry at the end's very clock is the end the summary states, a day or more later. A reader puts it there; the
entries between keep the days they were read on (nothing says which of them crossed midnight). So too when
the clocks were read across a midnight or two ("06:00 AM" … "23:10" … "00:30 AM" … "06:00 AM") and the
window, two days long, ends a day after the last of them.
"""

from __future__ import annotations

import itertools
from datetime import datetime

from app.formats.markdown_read.draft import Draft


def last_entry_on_the_end_day(draft: Draft) -> None:
    """Move the timeline's closing entries at the window's end clock, read a day or more before it, to the end's day."""
    start, end = draft.summary.start, draft.summary.end
    if start is None or end is None or draft.window_guessed or end.date() <= start.date():
        return
    timed = [event.time for event in draft.timeline if event.time is not None and event.has_clock]
    if not timed or timed[0].date() != start.date() or not _days_as_read(timed):
        return  # a day the entries did not come to by their clocks alone: the timeline writes its days
    last = timed[-1]
    if (last.hour, last.minute, last.utcoffset()) != (end.hour, end.minute, end.utcoffset()) or last >= end:
        return
    moved = end - last
    for event in reversed(draft.timeline):
        if event.time is None or not event.has_clock:
            continue
        if event.time != last:
            break
        event.time = event.time + moved


def _days_as_read(times: list[datetime]) -> bool:
    """Whether each entry is on the day of the one above, or the next day where its clock went back past
    midnight: the days the clocks gave, as an undated timeline is read, and no day written."""
    for earlier, later in itertools.pairwise(times):
        step = (later.date() - earlier.date()).days
        if step not in (0, 1) or (step == 1 and later.time() >= earlier.time()):
            return False
    return True
