"""The day a story's sentence names for its time: "On Monday March 4 at 08:30, …", "The next morning at
08:30", "On the 4th at 08:30", "On Tuesday, 09:10, …".

A timeline told in paragraphs over more than one day says so where a day begins: a careful reader puts
that sentence's time, and the times told after it ("At 08:45 we first thought …"), on the day named, until
another is. ``prose_timeline.story_events`` keeps the story's day; this module reads what a sentence says.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.dateparse import WEEKDAYS
from app.timeparse import read

# A weekday opening the sentence, with its date or not: "On Tuesday, 09:10", "Tuesday morning at 8:15",
# "On Tuesday the 5th at 10:00". Or a day of the month alone: "On the 4th at 08:30".
_WEEKDAY_OR_ORDINAL = re.compile(
    r"[ \t]*(?:[Oo]n[ \t]+)?(?:(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    r"(?:,?[ \t]+the[ \t]+(?P<nth_after>[0-3]?\d)(?:st|nd|rd|th)\b)?"
    r"|[Oo]n[ \t]+the[ \t]+(?P<nth>[0-3]?\d)(?:st|nd|rd|th)\b"
    # (not "On the 3rd attempt at 10:00": a day of the month alone goes on to its time or part of the day)
    r"(?=[ \t]*(?:[,:]|at\b|around\b|about\b|by\b|\d|morning\b|afternoon\b|evening\b|night\b)))"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?[ \t]*,?[ \t]*",
)
# "On Monday March 4 at 08:30": a date read after "on" at the sentence's start (or after its first words:
# "The certificate expired on Sunday March 3 at 03:00").
_ON = re.compile(r"\b[Oo]n[ \t]+(?=\S)")
_LOOKED_AT = 300  # a day named further into a sentence is about something else


@dataclass(frozen=True)
class NamedDay:
    """A day a sentence names: the day, where the words after the day begin, and whether it was said as the
    next (or previous) day, which ``said_time`` counts itself ("The next morning at nine")."""

    day: date
    rest: int
    relative: bool = False


def day_named(sentence: str, day: date, last: datetime | None) -> NamedDay | None:
    """The day ``sentence`` names for its time, the story being at ``day`` and its last time ``last``;
    None when it names none."""
    from app.formats.markdown_read.timeline.day_words import day_named_before, shifted_day  # with the timeline

    head = sentence[:_LOOKED_AT]
    relative = day_named_before(head)
    if relative is not None:
        days, end, part = relative
        try:
            return NamedDay(shifted_day(day, days, part, last, None), end, relative=True)
        except OverflowError:
            return None
    for found in itertools.islice(_ON.finditer(head), 3):
        reading = read(head[found.end() :], date_only_ok=True, default_year=day.year)
        if reading is not None and reading.has_date:
            return NamedDay(reading.moment.date(), 0)
    opening = _WEEKDAY_OR_ORDINAL.match(head)
    if opening is None:
        return None
    if opening["weekday"] and not opening["nth_after"]:  # "Monday March 4, 08:30": the date it goes on to
        reading = read(head[opening.start("weekday") :], date_only_ok=True, default_year=day.year)
        if reading is not None and reading.has_date:
            return NamedDay(reading.moment.date(), 0)
    named = _weekday_or_ordinal(opening, day)
    return NamedDay(named, opening.end()) if named is not None else None


def _weekday_or_ordinal(found: re.Match[str], day: date) -> date | None:
    """The day a weekday or a day of the month names: the first such day on or after the story's ``day``
    (a story goes forward), within the days a week or a month holds."""
    nth = found["nth"] or found["nth_after"]
    if nth is not None:
        return _next_day_of_month(int(nth), day)
    wanted = WEEKDAYS.index(found["weekday"][:3].lower())
    try:
        return day + timedelta(days=(wanted - day.weekday()) % 7)
    except OverflowError:
        return None


def _next_day_of_month(number: int, day: date) -> date | None:
    if not 1 <= number <= 31:
        return None
    year, month = day.year, day.month
    for _ in range(3):  # this month, else the next that holds the day (the 31st after 30 April is 31 May)
        if number >= day.day or (year, month) != (day.year, day.month):
            try:
                return date(year, month, number)
            except ValueError:
                pass
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        if year > 9999:
            return None
    return None
