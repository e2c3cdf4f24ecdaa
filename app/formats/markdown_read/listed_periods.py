"""An incident in several periods, listed one a line in the opening prose: "1. November 4th -- 16:30 to 18:00
UTC", "2. November 13th -- 15:00 to 19:30 UTC".

A post that tells downtime "over three distinct time periods" gives each its day and its range of clocks. A
careful reader takes the window from the first period's start to the last period's end; the list stays as
written, where the writer put it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date, datetime, tzinfo

from app.formats.markdown_read.window import read_range
from app.timefmt import parse_date

# A list item holding a day, a separator, then a range of clocks: "November 4th -- 16:30 to 18:00 UTC",
# "- 12 March: 09:10–09:40 CET", "* Tue 4 June, 14:00 - 15:30". The day and the range are bounded.
_PERIOD = re.compile(
    r"[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+[*_]{0,2}(?P<day>[A-Za-z0-9][A-Za-z0-9 ,.]{2,30}?)[*_]{0,2}"
    r"[ \t]*(?:--|[-–—:,])[ \t]*(?P<range>\d{1,2}(?::\d{2})?[^\n]{0,60})"
)
_MOST_LINES = 400
"""The opening prose's lines looked through: a list of periods sits near the top."""


def listed_periods(
    text: str, *, day: date | None, zone: tzinfo | None, year: int | None
) -> tuple[datetime, datetime] | None:
    """The window of a run of two or more listed periods in ``text``: the first's start, the last's end."""
    periods: list[tuple[datetime, datetime]] = []
    for line in _first_lines(text):
        found = _period(line[:200], day, zone, year)
        if found is None:
            if len(periods) >= 2:
                break
            periods = []  # only a run of them, one after the other, is the list of periods
            continue
        periods.append(found)
    if len(periods) < 2 or any(later[0] < earlier[0] for earlier, later in itertools.pairwise(periods)):
        return None
    return periods[0][0], periods[-1][1]


def _first_lines(text: str) -> Iterator[str]:
    """The first ``_MOST_LINES`` lines of ``text``, one at a time: a split of the whole would hold a string for
    each of the 60,000 lines of a hostile introduction."""
    start = 0
    for _ in range(_MOST_LINES):
        if start > len(text):
            return
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield text[start:end]
        start = end + 1


def _period(line: str, day: date | None, zone: tzinfo | None, year: int | None) -> tuple[datetime, datetime] | None:
    match = _PERIOD.fullmatch(line.rstrip())
    if match is None:
        return None
    on = parse_date(match["day"].strip(" ,."), default_year=year or (day.year if day else None))
    if on is None:
        return None
    found = read_range(match["range"], day=on, zone=zone, year=on.year, notes=[])
    if found is None or match["range"][found[2] :].strip(" .;,"):
        return None
    return found[0], found[1]
