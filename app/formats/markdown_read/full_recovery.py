"""The end of an incident told in prose: when everything had recovered, not when one part of it had.

A provider's long summary states the window of one part of the impact ("Customers were unable to create
new function versions between 10:47 AM and 1:41 PM") and, in its story, when the whole service came back
("By 2:18 PM, all APIs had fully recovered"). A careful reader ends the incident at the full recovery: the
range told one part's span. Only a later moment of the story saying so outright moves the end, and only on
the same day or the next.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from app.formats.markdown_read.draft import EventDraft

# "all NOS APIs had fully recovered", "every service was fully restored", "recovered fully", "completely
# restored": a recovery said of the whole, not of a part ("read error rates returned to normal").
_FULL_RECOVERY = re.compile(
    r"\b(?:fully|completely|entirely)[ \t]+(?:recovered|restored|operational)\b"
    r"|\b(?:recovered|restored)[ \t]+(?:fully|completely)\b",
    re.IGNORECASE,
)
_LONGEST_TEXT = 2000
_LATEST = timedelta(hours=30)
_EVENTS_LOOKED_AT = 200


def end_at_full_recovery(events: Sequence[EventDraft], end: datetime) -> datetime:
    """The moment of the story's first entry after ``end`` that tells the full recovery; else ``end``."""
    for event in events[:_EVENTS_LOOKED_AT]:
        moment = event.time
        if moment is None or not (end < moment <= end + _LATEST):
            continue
        if _FULL_RECOVERY.search(event.text[:_LONGEST_TEXT]):
            return moment
    return end
