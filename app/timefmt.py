"""Readable times for people: how the editor shows and reads a moment.

A post-mortem is read by people, so times are written the way the reference
document writes them, ``March 3, 2025, 11:12 UTC``, always with their zone.
Parsing is tolerant of what people type (that form, ISO 8601, abbreviated
months, a time alone on a known day, common zone names); a time without a zone
is UTC unless the caller names another default, never the machine's zone.

Every ``format_*`` result parses back to the same value, offset included: the
Markdown format relies on it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from app.timeparse import (
    MAX_PARSE_LENGTH,
    MONTHS,
    Leading,
    Reading,
    parse_date,
    parse_leading,
    parse_leading_date,
    parse_leading_timestamp,
    parse_time_of_day,
    parse_timestamp,
)
from app.timezones import ABBREVIATIONS, ZONE_WORDS, literal_offset, offset_label, zone_named, zone_statement

__all__ = [
    "MAX_PARSE_LENGTH",
    "MONTHS",
    "Leading",
    "Reading",
    "format_date",
    "format_time",
    "format_timestamp",
    "format_zone",
    "parse_date",
    "parse_leading",
    "parse_leading_date",
    "parse_leading_timestamp",
    "parse_time_of_day",
    "parse_timestamp",
    "zone_named",
    "zone_statement",
]

# Every zone word the parser may read as (part of) a zone name, with the offset an abbreviation
# stands for literally where it has one. Kept for callers that list the words a time may consume.
_ZONE_NAMES: dict[str, timedelta | None] = {word: None for word in ZONE_WORDS}
_ZONE_NAMES.update({name: literal_offset(name) for name in ABBREVIATIONS})
_ZONE_NAMES.update({"utc": timedelta(0), "gmt": timedelta(0), "z": timedelta(0)})


# --------------------------------------------------------------------------- formatting


def format_zone(moment: datetime) -> str:
    """``UTC`` for a zero offset, else ``UTC+02:00`` / ``UTC-05:30``."""
    return offset_label(moment.utcoffset() or timedelta(0))


def format_date(day: date) -> str:
    """``March 3, 2025``."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def format_time(moment: datetime | time) -> str:
    """``11:12``, or ``11:12:05`` when the seconds are not zero."""
    text = f"{moment.hour:02d}:{moment.minute:02d}"
    return f"{text}:{moment.second:02d}" if moment.second else text


def format_timestamp(moment: datetime) -> str:
    """``March 3, 2025, 11:12 UTC``; a naive time is shown as the UTC it stands for."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{format_date(moment.date())}, {format_time(moment)} {format_zone(moment)}"


