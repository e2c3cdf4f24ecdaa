"""Which way round a document writes "06/05/2024" when no slashed date of its own can only be one way.

The US reading (month first) is the default. A careful reader turns it round
when the document itself says otherwise: it names the month its dates fall in
("The outage of May 2024" over "06/05/2024" and "10/05/2024"), or its writer
keeps a clock outside North America ("3:00 PM EAT", "All times CET"), where
days come first. Only consulted for documents whose slashed dates could be
read both ways, so the common document pays nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, tzinfo

from app.dateparse import MONTH_NUMBERS

# A month named with its year: "May 2024", "May 6, 2024", "6th of May 2024", "June, 2023". The words between
# are bounded, so the search stays linear on a long line.
# Other languages' names too, their year after "de" ("10 de Abril de 2026").
_MONTH_AND_YEAR = re.compile(
    r"\b(?P<month>[^\W\d_]{3,10})\.?,?[ \t]+(?:(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)?,?[ \t]+)?(?:de[ \t]+)?"
    r"(?P<year>(?:19|20)\d{2})\b"
)


# The offsets of North America's clocks in winter (Newfoundland's -3:30 to Hawaii's -10): a writer keeping one
# writes month first; anyone else, day first.
_NORTH_AMERICA = (timedelta(hours=-10), timedelta(hours=-3, minutes=-30))
_WINTER = datetime(2001, 1, 15, 12)


def months_named(lines: Iterable[str]) -> set[tuple[int, int]]:
    """The (month, year) pairs the document names in words ("May 2024", "March 3rd, 2023")."""
    named: set[tuple[int, int]] = set()
    found = (match for line in itertools.islice(lines, 2000) for match in _MONTH_AND_YEAR.finditer(line[:2000]))
    for match in itertools.islice(found, 200):
        month = MONTH_NUMBERS.get(match["month"].lower())
        if month is not None:
            named.add((month, int(match["year"])))
    return named


def named_months_say_day_first(dates: Sequence[tuple[int, int, int | None]], named: set[tuple[int, int]]) -> bool:
    """Whether the months the document names agree with its slashed dates ``(first, second, year)`` read day
    first, and with none of them read month first ("May 2024" over "06/05/2024": the 6th of May)."""
    day_first = month_first = False
    months = {month for month, _ in named}
    for first, second, year in dates:
        if year is None:  # "10/04": any year the document names matches
            as_day_first, as_month_first = second in months, first in months
        else:
            as_day_first, as_month_first = (second, year) in named, (first, year) in named
        day_first = day_first or (as_day_first and not as_month_first)
        month_first = month_first or (as_month_first and not as_day_first)
    return day_first and not month_first


def zones_say_day_first(zones: Iterable[tzinfo | None]) -> bool:
    """Whether the writer's clocks are all outside North America (EAT, CET, IST, GMT+1, SAST …). Bare UTC says
    nothing: teams everywhere keep it."""
    found = False
    for zone in zones:
        if zone is None:
            continue
        offset = zone.utcoffset(_WINTER)
        if offset is None:
            continue
        if _NORTH_AMERICA[0] <= offset <= _NORTH_AMERICA[1]:
            return False
        key = getattr(zone, "key", "") or ""
        if offset or key.startswith(("Europe/", "Africa/")):
            found = True
    return found
