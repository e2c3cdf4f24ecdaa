"""The last entry of an undated timeline on the day the stated window ends.

"From 15 Feb at 00:25AM 2022 to 16 Feb at 3:36PM", then a timeline of clocks alone ("- 00:25 AM - Outage
begins" … "- 03:36 PM - 100% of traffic back online"): the times are read on the window's first day, but the
entry at the end's very clock is the end the summary states, a day or more later. A reader puts it there; the
entries between keep the first day (nothing says which of them crossed midnight).
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Draft


def last_entry_on_the_end_day(draft: Draft) -> None:
    """Move the timeline's closing entries at the window's end clock, read on its first day, to the end's day."""
    start, end = draft.summary.start, draft.summary.end
    if start is None or end is None or draft.window_guessed or end.date() <= start.date():
        return
    timed = [event for event in draft.timeline if event.time is not None and event.has_clock]
    if not timed or any(event.time.date() != start.date() for event in timed):  # type: ignore[union-attr]
        return  # an entry with another day: the timeline writes its days
    last = timed[-1].time
    assert last is not None
    if (last.hour, last.minute, last.utcoffset()) != (end.hour, end.minute, end.utcoffset()):
        return
    moved = end - last
    for event in reversed(timed):
        if event.time != last:
            break
        event.time = event.time + moved
