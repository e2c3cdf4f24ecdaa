""" "12:15 AM" just after "12:00 PM": the writer's slip for a quarter past noon, not a step back to that midnight.

Twelve o'clock is the hour people most often write with the wrong half: a timeline that reaches "11:30 AM",
"12:00 PM", then goes on "12:15 AM", "12:25 AM", "12:45 AM" tells the minutes after noon. Read as written those
rows would go back almost twelve hours, before every entry above them, on the same day. A careful reader takes
such a "12:MM AM" as after noon when that puts it shortly after the entry above; "11:50 PM" then "12:10 AM"
still passes midnight to the next day (the noon reading would go back).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

_TWELVE_AM = re.compile(r"(?<!\d)12[:.][0-5]\d(?::[0-5]\d)?[ \t]*a\.?[ \t]?m\b", re.IGNORECASE)
_HALF_DAY = timedelta(hours=12)
_CLOSE_AFTER = timedelta(hours=2)
"""How soon after the entry above the noon reading must fall to be the one meant."""


def noon_slip(moment: datetime, last: datetime | None, written: str) -> datetime | None:
    """``moment`` twelve hours later when ``written`` says "12:MM AM" and that puts it shortly after ``last``
    (the entry above, on the same day); ``None`` otherwise."""
    if last is None or moment.hour != 0 or moment >= last or moment.date() != last.date():
        return None
    if _TWELVE_AM.search(written[:80]) is None:
        return None
    later = moment + _HALF_DAY
    return later if last <= later <= last + _CLOSE_AFTER else None
