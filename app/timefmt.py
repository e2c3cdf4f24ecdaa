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

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from app.time_labels import MONTHS, offset_label

if TYPE_CHECKING:
    from app.timeparse import MAX_PARSE_LENGTH, Leading, Reading
    from app.timezones import zone_named
    from app.zone_statements import zone_statement

__all__ = [
    "MAX_PARSE_LENGTH",
    "MONTHS",
    "Leading",
    "Reading",
    "format_date",
    "format_time",
    "format_timestamp",
    "format_zone",
    "offset_label",
    "parse_date",
    "parse_leading",
    "parse_leading_date",
    "parse_leading_timestamp",
    "parse_time_of_day",
    "parse_timestamp",
    "zone_named",
    "zone_statement",
]

# Showing a time needs none of the parser (app.timeparse) or the zone table
# (app.timezones): their patterns and tables are built when a time is first
# read, so the window's start, which only shows times, does not pay for them
# (3.4 % of its instructions). These names of theirs are passed on from here.
_FROM_PARSER = frozenset({"MAX_PARSE_LENGTH", "Leading", "Reading"})
_FROM_ZONES = frozenset({"zone_named"})


@cache
def _parser() -> ModuleType:
    from app import timeparse

    return timeparse


@cache
def _zone_names() -> dict[str, timedelta | None]:
    """Every zone word the parser may read as (part of) a zone name, with the offset an abbreviation
    stands for literally where it has one; for callers that list the words a time may consume."""
    from app.timezones import ABBREVIATIONS, ZONE_WORDS, literal_offset

    names: dict[str, timedelta | None] = {word: None for word in ZONE_WORDS}
    names.update({name: literal_offset(name) for name in ABBREVIATIONS})
    names.update({"utc": timedelta(0), "gmt": timedelta(0), "z": timedelta(0)})
    return names


def __getattr__(name: str) -> Any:
    if name in _FROM_PARSER:
        return getattr(_parser(), name)
    if name in _FROM_ZONES:
        from app import timezones

        return getattr(timezones, name)
    if name == "zone_statement":
        from app.zone_statements import zone_statement

        return zone_statement
    if name == "_ZONE_NAMES":
        return _zone_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


# --------------------------------------------------------------------------- the public calls


def parse_timestamp(
    text: str,
    *,
    default_date: date | None = None,
    default_zone: tzinfo | None = None,
    default_year: int | None = None,
    compact: bool = False,
    notes: list[str] | None = None,
) -> datetime | None:
    """The moment ``text`` is, as a whole; ``None`` when it is not (only) a time.

    A time alone (``11:12``) needs ``default_date``; a date alone is a day,
    not a moment (``None``; see ``parse_date``).
    """
    found = _parser().read(
        text,
        default_date=default_date,
        default_zone=default_zone,
        default_year=default_year,
        compact=compact,
        notes=notes,
        whole=True,
    )
    return found.moment if found is not None else None


def parse_leading(
    text: str,
    *,
    default_date: date | None = None,
    default_zone: tzinfo | None = None,
    default_year: int | None = None,
    compact: bool = False,
    date_only_ok: bool = False,
    notes: list[str] | None = None,
) -> Reading | None:
    """A moment at the start of ``text`` and how it was read (see ``Reading``)."""
    return _parser().read(
        text,
        default_date=default_date,
        default_zone=default_zone,
        default_year=default_year,
        compact=compact,
        date_only_ok=date_only_ok,
        notes=notes,
    )


def parse_leading_timestamp(
    text: str,
    *,
    default_date: date | None = None,
    default_zone: tzinfo | None = None,
    default_year: int | None = None,
    compact: bool = False,
    notes: list[str] | None = None,
) -> tuple[datetime, int] | None:
    """A moment (with a time) at the start of ``text`` and where it ends in ``text``."""
    found = _parser().read(
        text,
        default_date=default_date,
        default_zone=default_zone,
        default_year=default_year,
        compact=compact,
        notes=notes,
    )
    return (found.moment, found.end) if found is not None else None


def parse_date(text: str, *, default_year: int | None = None) -> date | None:
    """The date ``text`` is, as a whole (a trailing ``,`` or ``.`` allowed); ``None`` otherwise."""
    found = parse_leading_date(text.strip().rstrip(" ,."), default_year=default_year)
    if found is None or found[1] != len(text.strip().rstrip(" ,.")):
        return None
    return found[0]


def parse_leading_date(text: str, *, default_year: int | None = None) -> tuple[date, int] | None:
    """A date at the start of ``text`` (weekday, markup allowed) and where it ends; a time after it is not read."""
    found = _parser().read(text, default_year=default_year, date_only_ok=True, compact=False)
    if found is None:
        return None
    if found.has_time:
        # "May 1, 2024 14:03 ...": the date is the part before the time.
        head = _parser().date_end(text, default_year)
        return (found.moment.date(), head) if head is not None else None
    return found.moment.date(), found.end


def parse_time_of_day(text: str) -> tuple[time, tzinfo | None, int] | None:
    """A clock time at the start of ``text`` (``14:51``, ``2:51 PM PST``): the time, its zone, where it ends.

    The zone is ``None`` when none is written; a named zone is returned as
    such (its offset depends on the date the caller puts the time on).
    """
    probe = date(2000, 1, 1)
    found = _parser().read(text, default_date=probe)
    if found is None or not found.has_time:
        return None
    if found.has_date:
        return None  # A date first: not a time of day.
    return found.moment.time(), found.zone, found.end
