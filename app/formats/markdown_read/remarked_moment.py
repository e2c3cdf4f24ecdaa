"""A stated moment with a remark in brackets after it: "Start: 31 Dec 2026, 23:59 UTC (first failures seen at
00:00:04 on 1 Jan)".

The label's value does not read whole, and a reader of "the time, then a clause" stops at the date's comma;
a time found anywhere in the value was then the remark's, a moment the authors did not state as the start.
A careful reader takes the moment before the bracket and leaves the remark as written.
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo

from app.timeparse import read

_BEFORE_REMARK = re.compile(r"(?P<moment>[^()\n]{3,60}?)[ \t]+\(")


def moment_before_remark(value: str, day: date | None, zone: tzinfo | None, year: int | None) -> datetime | None:
    """The date and time written before ``value``'s first bracket, when they read whole; else ``None``."""
    found = _BEFORE_REMARK.match(value[:200])
    if found is None:
        return None
    said = read(found["moment"], default_date=day, default_zone=zone, default_year=year, whole=True)
    return said.moment if said is not None and said.has_time else None
