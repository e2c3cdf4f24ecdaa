"""Times and dates typed into a field: the value, how it was read, or why it could not be.

The window shows every reading back ("Read as Wed 1 May 2024, 14:03 CEST
(UTC+02:00)") so a surprise (a zone taken for another, a date without a
year) is seen at once, and explains a refusal in words that name the forms it
accepts. Qt-free, so the command line and the tests use the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from app.said_times import rewrite
from app.terminal import printable
from app.timefmt import parse_date, parse_leading
from app.timeparse import MAX_PARSE_LENGTH, read
from app.timezones import offset_label

_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

TIME_EXAMPLES = "14:03, 2:03 PM, March 3, 2025, 11:05 UTC or 2025-03-03 11:05 CET"
DATE_EXAMPLES = "2025-04-01, April 1, 2025 or 1 Apr 2025"


@dataclass(frozen=True)
class TimeInput:
    """What a time field's text means: a value (``None`` when empty), and a line for the user."""

    value: datetime | None = None
    hint: str = ""
    """How the text was read, "Read as …"; empty when there is nothing to say."""
    problem: str = ""
    """Why the text cannot be read; empty when it can. The value is then not to be stored."""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateInput:
    value: date | None = None
    hint: str = ""
    problem: str = ""


def describe_moment(moment: datetime, zone_name: str = "") -> str:
    """``Wed 1 May 2024, 14:03 CEST (UTC+02:00)``: unambiguous, weekday included."""
    offset = offset_label(moment.utcoffset() or timedelta(0))
    zone = offset if not zone_name or zone_name == offset else f"{zone_name} ({offset})"
    clock = f"{moment:%H:%M}" + (f":{moment.second:02d}" if moment.second else "")
    return f"{describe_date(moment.date())}, {clock} {zone}"


def describe_date(day: date) -> str:
    """``Wed 1 May 2024``."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def quoted(text: str, limit: int = 60) -> str:
    """``“text”`` as typed, cut with an ellipsis past ``limit`` characters.

    Controls and bidi overrides are written as escapes (``\\u202e``): a message quoting a
    pasted time must read as what was typed, not reorder itself or the text around it.
    """
    text = " ".join(text.split())
    return f"“{printable(text if len(text) <= limit else text[: limit - 1] + '…')}”"


def after_previous(moment: datetime, previous: datetime | None) -> datetime:
    """A clock time read on ``previous``'s day, moved to the next day when it passed midnight.

    "00:10" after an event at 23:50 is ten minutes later, not a day earlier;
    "23:40" after 23:50 stays where it is (an event written out of order).
    """
    if previous is not None and previous - moment > timedelta(hours=12):
        try:
            return moment + timedelta(days=1)
        except OverflowError:
            return moment
    return moment


def read_time_input(
    text: str,
    *,
    default_date: date | None = None,
    default_zone: tzinfo | None = None,
    previous: datetime | None = None,
    zone_source: str = "",
    counted_from: datetime | None = None,
) -> TimeInput:
    """Read a time field. A clock time alone takes ``default_date``, moved past midnight after ``previous``.

    Times as people say them are read too (``app.said_times``): "quarter past two", "14h05", "0915Z",
    "yesterday 22:40", "Tue 14:05", "now", and "+15 min" or "an hour later", counted from ``counted_from``
    (``previous`` when not given).
    ``zone_source`` names where a missing zone comes from ("the timeline's
    zone"); the hint says so, as a time typed without one is a common slip.
    """
    stripped = text.strip()
    if not stripped:
        return TimeInput()
    notes: list[str] = []
    found = read(stripped, default_date=default_date, default_zone=default_zone, notes=notes, whole=True)
    said_moment: datetime | None = None
    if found is None:
        # Not written as documents write times: perhaps as people say them ("quarter past two", "+15 min").
        said = rewrite(
            stripped,
            default_date=default_date,
            default_zone=default_zone,
            previous=previous,
            counted_from=counted_from if counted_from is not None else previous,
            now=current_time,
        )
        if said is None:
            return TimeInput(problem=_time_problem(stripped, default_date, default_zone))
        if said.problem:
            return TimeInput(problem=f"{quoted(stripped)}: {said.problem}")
        said_moment = said.moment
        if said_moment is None:
            found = read(said.text, default_date=default_date, default_zone=default_zone, notes=notes, whole=True)
            if found is None:
                return TimeInput(problem=_time_problem(stripped, default_date, default_zone))
        notes[:0] = said.notes
    if found is None:  # "now", "+15 min": a moment with its zone
        moment, zone_name, zone_typed = said_moment, "", True
    else:
        moment, zone_name, zone_typed = found.moment, found.zone_name, found.has_zone
        if not found.has_date:
            moment = after_previous(moment, previous)
    hint = f"Read as {describe_moment(moment, zone_name)}"
    if not zone_typed:
        hint += f", no zone typed: {zone_source if default_zone is not None and zone_source else 'UTC'}"
    if notes:
        hint += ". " + " ".join(note[:1].upper() + note[1:] + "." for note in notes)
    return TimeInput(moment, hint, "", tuple(notes))


def current_time(zone: tzinfo | None) -> datetime:
    """Now, in ``zone`` (the computer's own when None): what "now" typed into a time field means."""
    return datetime.now(zone).astimezone(zone)


def _time_problem(text: str, default_date: date | None, default_zone: tzinfo | None) -> str:
    shown = quoted(text)
    if len(text) > MAX_PARSE_LENGTH:
        return f"{shown} is too long for a time; type e.g. {TIME_EXAMPLES}"
    start = parse_leading(text, default_date=default_date, default_zone=default_zone, date_only_ok=True)
    if start is None and default_date is None and read(text, default_date=date(2000, 1, 1), whole=True):
        return f"{shown} has no date, and there is none to take it from; add one, e.g. “March 3, 2025, {text}”"
    if start is not None:
        rest = text[start.end :].strip()
        if not start.has_time and not rest:
            return f"{shown} is a date with no time; add the time, e.g. “{text}, 11:05 UTC”"
        if start.has_time and re.fullmatch(r"\(?[A-Za-z][A-Za-z/_ ]*\)?", rest):
            return (
                f"cannot read {quoted(rest)} as a time zone; write UTC, an offset such as UTC+02:00 "
                "or +05:30, or a name such as CET, PST or Pacific Time"
            )
    return f"cannot read {shown} as a time; type e.g. {TIME_EXAMPLES}"


def read_date_input(text: str, *, default_year: int | None = None) -> DateInput:
    """Read a date field (a due date); empty means no date."""
    stripped = text.strip()
    if not stripped:
        return DateInput()
    day = parse_date(stripped, default_year=default_year)
    if day is None:
        found = parse_leading(stripped, default_date=date(2000, 1, 1), default_year=default_year, date_only_ok=True)
        if found is not None and found.has_time and found.has_date:
            return DateInput(problem=f"{quoted(stripped)} has a time; a due date is a day, e.g. {DATE_EXAMPLES}")
        return DateInput(problem=f"cannot read {quoted(stripped)} as a date; type e.g. {DATE_EXAMPLES}")
    return DateInput(day, f"Read as {describe_date(day)}")
