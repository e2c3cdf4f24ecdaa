"""The seconds the summary's own words give a window read to the minute: "on Friday, 24 Mar 2017 at 07:32:16 GMT
the server went down" over a timeline whose first entry writes "07:32".

The summary tells the moment more exactly than the entry; it is the same moment (the same minute, the same
day and zone once read), so a careful reader keeps the seconds.
"""

from __future__ import annotations

import itertools
import re
from datetime import datetime, timedelta, tzinfo

from app.timeparse import read

# A clock with its seconds, not part of a longer run of digits and colons (a version, a duration "1:02:03:04").
_CLOCK_WITH_SECONDS = re.compile(r"(?<![\d:])\d{1,2}:[0-5]\d:[0-5]\d(?![\d:])")
_LOOKED_AT = 4000
"""Only the opening of each text: the summary's window is told early."""
_MOST_CLOCKS = 20


def seconds_told(moment: datetime, texts: list[str], zone: tzinfo | None) -> datetime | None:
    """``moment`` with the seconds one of ``texts`` writes for that very minute, when they write exactly one."""
    found: set[datetime] = set()
    for text in texts:
        head = text[:_LOOKED_AT]
        for match in itertools.islice(_CLOCK_WITH_SECONDS.finditer(head), _MOST_CLOCKS):
            reading = read(head[match.start() : match.start() + 80], default_date=moment.date(), default_zone=zone)
            if reading is not None and moment < reading.moment < moment + timedelta(minutes=1):
                found.add(reading.moment)
    return found.pop().astimezone(moment.tzinfo) if len(found) == 1 else None
