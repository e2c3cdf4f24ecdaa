"""The incident's start as the opening prose states it alone: "starting at approximately 20:00 UTC, crates.io
sustained an operational incident".

With no end beside it, the sentence names no window (``window.find_range_in_prose``), but a reader still takes
its clock as the start, over one only guessed from the timeline's entries (the first report of the trouble
comes after the trouble began). The clock must come right after the words of starting, "approximately" or
"around" allowed between.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, tzinfo

from app.timeparse import read

_STARTED = re.compile(
    r"\b(?:starting|beginning|began|begun|started|commencing|commenced)[ \t]+(?:at|around|from)[ \t]+"
    r"(?:(?:approximately|approx\.|roughly|about|around|circa|~)[ \t]*)?(?=\d)",
    re.IGNORECASE,
)
_READ_SPAN = 80
"""A clock and its zone are read from this many signs after the words, never the rest of a long line."""


def stated_start(text: str, *, day: date | None, zone: tzinfo | None) -> datetime | None:
    """The moment ``text`` says the incident started at, alone; ``None`` when it says none."""
    for match in itertools.islice(_STARTED.finditer(text[:4000]), 10):
        piece = text[match.end() : match.end() + _READ_SPAN]
        reading = read(piece, default_date=day, default_zone=zone, default_year=day.year if day else None)
        if reading is not None and reading.has_time and (reading.has_date or day is not None):
            return reading.moment
    return None
