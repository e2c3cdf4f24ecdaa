"""The incident's window as the update that closes it tells it: "Resolved: Between 06:35 UTC and 12:36 UTC
today, users could not update their firewall rules."

A status page's last update, posted once the incident is over, states the window the customers were hit in;
the updates before it were posted while the work went on, hours after the trouble began. When the window was
only guessed from the entries' times, a careful reader takes the one the resolution states: a range opening
one of its first sentences, on the day it was posted ("today"), which ended by the time it was posted.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.window import RANGE_START, find_range_in_prose
from app.model import EventKind

_LOOKED_AT = 400
"""The range opens the update: its first sentence or two."""


def window_told_by_the_resolution(draft: Draft) -> None:
    """The window the last resolution entry states, over one guessed from the entries' times."""
    summary = draft.summary
    resolutions = [event for event in draft.timeline if event.kind is EventKind.RESOLUTION and event.time]
    if not resolutions:
        return
    last = max(resolutions, key=lambda event: event.time)  # type: ignore[arg-type,return-value]
    text = last.text[:_LOOKED_AT]
    if RANGE_START.search(text) is None or last.time is None:
        return
    found = find_range_in_prose(text, day=last.time.date(), zone=draft.zone, year=None, notes=[])
    if found is None or not found[0] < found[1] <= last.time:
        return
    summary.start, summary.end = found
    draft.window_guessed = draft.end_guessed = False
