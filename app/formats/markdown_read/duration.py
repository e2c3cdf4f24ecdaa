"""How long the incident lasted, as the document states it ("The outage lasted 47 minutes").

A report that gives the start and says how long it lasted has told its end
too; a careful reader works it out. Only a length that is plainly the
incident's counts: after "lasted", or under a "Duration" label
(``**Duration:** 2h 10m``, ``| Incident duration | 8h 12m |``); "for 30
minutes" in a sentence may be anything's.
"""

from __future__ import annotations

import re
from datetime import timedelta

# "47 minutes", "2 hours and 10 minutes", "1h 05m", "8h12m", "6 hours 35 mins", "90 min", "an hour".
LENGTH = _LENGTH = (
    r"(?:(?P<hours>\d{1,3}|an|one)[ \t]*(?:h|hrs?|hours?)\b\.?(?:[ \t]*(?:and[ \t]+|,[ \t]*)?"
    r"(?P<and_minutes>\d{1,2})[ \t]*(?:m|mins?|minutes?)\b)?"
    r"|(?P<minutes>\d{1,4})[ \t]*(?:m|mins?|minutes?)\b)"
)
_ABOUT = r"(?:(?:about|around|roughly|approximately|approx\.|nearly|almost|just over|just under|some|~)[ \t]*)?"
# The incident's own length: "The outage lasted 47 minutes", "The incident, which lasted 2 hours", "It
# lasted…"; not "the degraded replica lasted 6 hours" (something else that lasted).
_LASTED = re.compile(
    r"\b(?:outage|incident|impact|disruption|degradation|downtime|it|issue|problem|event)\b[ \t,]*"
    r"(?:(?:which|that|has|had|overall|in[ \t]+total)[ \t,]+){0,2}"
    # "The outage started on 3rd June at 10:00 and lasted for 37 minutes": its start told between
    r"(?:[^.\n]{0,120}?[ \t]and[ \t]+)?"
    r"last(?:ed|ing)[ \t]+(?:for[ \t]+)?[*_]{0,2}" + _ABOUT + _LENGTH,
    re.IGNORECASE,
)
# "..., lasting **37 minutes**": a length after a start told in the same sentence (see ``lasting``).
_LASTING = re.compile(r"^[^.\n]{0,200}?\blast(?:ed|ing)[ \t]+(?:for[ \t]+)?[*_]{0,2}" + _ABOUT + _LENGTH, re.IGNORECASE)
# "Duration: 47 minutes", "**Incident duration:** 2h 10m", "| **Incident duration** | 8h 12m |"
_LABELLED = re.compile(
    r"^[ \t*_|-]*(?:total[ \t]+|incident[ \t]+|outage[ \t]+|impact[ \t]+)?duration[ \t*_]*[:|][ \t*_]*"
    + _ABOUT
    + _LENGTH
    + r"[ \t*_|.]*$",
    re.IGNORECASE | re.MULTILINE,
)
_LONGEST_TEXT = 400_000


def stated_duration(texts: list[str]) -> timedelta | None:
    """The incident's length, the first time one of ``texts`` states it; ``None`` when none does."""
    for text in texts:
        text = text[:_LONGEST_TEXT]
        for pattern in (_LABELLED, _LASTED):
            match = pattern.search(text)
            if match is not None:
                return _length(match)
    return None


def length_of(match: re.Match[str]) -> timedelta | None:
    """The length a match of a pattern holding ``LENGTH`` reads."""
    return _length(match)


def _length(match: re.Match[str]) -> timedelta | None:
    if match.group("minutes"):
        return timedelta(minutes=int(match.group("minutes")))
    hours = match.group("hours").lower()
    whole = 1 if hours in ("an", "one") else int(hours)
    return timedelta(hours=whole, minutes=int(match.group("and_minutes") or 0))


def lasting(text: str) -> timedelta | None:
    """The length "lasted"/"lasting" gives in the sentence ``text`` opens with, after a start it told
    ("Started at 10:00 am on 3rd June, lasting 37 minutes"); ``None`` when it gives none."""
    match = _LASTING.search(text[:_LONGEST_TEXT])
    return _length(match) if match is not None else None
