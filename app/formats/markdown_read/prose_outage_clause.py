"""The incident's start and end as a summary tells them in a clause: "At 2:00 PM PT on 02-20-2017 Apache stopped
running", "… and the website was fully operational by 2:30 PM PT".

Student and small-team reports open their summary with the moment the service failed and close it with the
moment it was back, in a sentence rather than a range or a "Start:" label. A careful reader takes the clock a
sentence opens with ("At …", "On …, at …") as the start when the words right after it say the service failed,
and the clock after "operational by", "restored at", "back online by" as the end.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, tzinfo

from app.timeparse import read

# A sentence that opens with its moment: "At 2:00 PM PT on 02-20-2017", "On 3 May 2021 at 14:00 UTC,"; "From 00:07
# UTC the service stopped …" (with no "to" after it: a range is read as one before this); or with the day and
# clock alone, as a log line would: "Apr 9, 2024 5:00 AM EET, the site started responding with errors".
# Inside a sentence, only a whole date with its year after "at" or "on" counts: "I was building the site and at
# Nov 1, 2022 6:00 AM an internal error occurred" (a clock alone there may be any moment of the story).
_OPENS_WITH_A_MOMENT = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*(?:(?:At|On|From)[ \t]+)?(?=\d|[A-Z][a-z]{2,8}\.?[ \t]+\d)"
    r"|(?<=[ \t])(?:at|on)[ \t]+(?=[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}\b"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}\b)"
)
# What the service did then, within the same sentence: it failed.
_FAILED = re.compile(
    r"\b(?:stopped|went[ \t]+down|crashed|failed|broke|became[ \t]+(?:unavailable|unreachable|unresponsive)"
    r"|was[ \t]+down|(?:started|began)[ \t]+(?:failing|returning|throwing|responding[ \t]+with|erroring)"
    r"|(?:outage|downtime|incident)[ \t]+(?:began|started|occurred)"
    # "an Internal Server Error occurred" (or "Occured", as often typed): an error's name of a few words
    r"|errors?[ \t]+(?:occurr?ed|appeared|started)"
    # A security incident's opening: "an attacker exploited the pool", "our build server was compromised"
    r"|exploited|compromised|breached|hacked)\b",
    re.IGNORECASE,
)
# The service back: "fully operational by 2:30 PM PT", "restored at 14:30", "back online by 3pm".
_BACK = re.compile(
    r"\b(?:(?:fully[ \t]+)?(?:operational|restored|recovered|back[ \t]+(?:online|up|to[ \t]+normal)))"
    r"(?:[ \t]+again)?[ \t]+(?:by|at|around)[ \t]+(?:(?:about|around|approximately)[ \t]+)?(?=\d)",
    re.IGNORECASE,
)
_READ_SPAN = 60
"""A moment and its zone are read from this many signs, never the rest of a long line."""
_CLAUSE_SPAN = 120
"""The failure's words must come within this many signs after the moment: the same clause."""
_SEARCHED = 4000


def told_start(text: str, *, day: date | None, zone: tzinfo | None) -> datetime | None:
    """The moment a sentence of ``text`` opens with, when its clause says the service failed then."""
    for match in itertools.islice(_OPENS_WITH_A_MOMENT.finditer(text[:_SEARCHED]), 20):
        piece = text[match.end() : match.end() + _READ_SPAN]
        reading = _reading(piece, day, zone)
        if reading is None:
            continue
        clause = text[match.end() + reading.end : match.end() + reading.end + _CLAUSE_SPAN]
        clause = re.split(r"[.!?](?:[ \t]|$)", clause, maxsplit=1)[0]
        if _FAILED.search(clause):
            return reading.moment
    return None


def told_end(text: str, *, day: date | None, zone: tzinfo | None) -> datetime | None:
    """The moment ``text`` says the service was back ("fully operational by 2:30 PM PT"), the first such."""
    for match in itertools.islice(_BACK.finditer(text[:_SEARCHED]), 10):
        reading = _reading(text[match.end() : match.end() + _READ_SPAN], day, zone)
        if reading is not None:
            return reading.moment
    return None


def _reading(piece: str, day: date | None, zone: tzinfo | None):  # type: ignore[no-untyped-def]
    reading = read(piece, default_date=day, default_zone=zone, default_year=day.year if day else None)
    if reading is None or not reading.has_time or not (reading.has_date or day is not None):
        return None
    return reading
