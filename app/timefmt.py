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

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

_MONTH_NUMBERS: dict[str, int] = {}
for _number, _name in enumerate(MONTHS, start=1):
    _MONTH_NUMBERS[_name.lower()] = _number
    _MONTH_NUMBERS[_name[:3].lower()] = _number
_MONTH_NUMBERS["sept"] = 9

# Zone abbreviations people put in incident write-ups. Ambiguous ones (IST,
# CST in Asia) are left out on purpose: a wrong guess is worse than "unknown".
_ZONE_NAMES: dict[str, timedelta] = {
    "utc": timedelta(0),
    "gmt": timedelta(0),
    "z": timedelta(0),
    "est": timedelta(hours=-5),
    "edt": timedelta(hours=-4),
    "cst": timedelta(hours=-6),
    "cdt": timedelta(hours=-5),
    "mst": timedelta(hours=-7),
    "mdt": timedelta(hours=-6),
    "pst": timedelta(hours=-8),
    "pdt": timedelta(hours=-7),
    "cet": timedelta(hours=1),
    "cest": timedelta(hours=2),
    "bst": timedelta(hours=1),
    "jst": timedelta(hours=9),
    "aest": timedelta(hours=10),
}

MAX_PARSE_LENGTH = 80
"""Longer text is never a timestamp; the cap keeps callers that probe text cheap."""


# --------------------------------------------------------------------------- formatting


def format_zone(moment: datetime) -> str:
    """``UTC`` for a zero offset, else ``UTC+02:00`` / ``UTC-05:30``."""
    offset = moment.utcoffset() or timedelta(0)
    if not offset:
        return "UTC"
    sign = "+" if offset > timedelta(0) else "-"
    seconds = int(abs(offset).total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"UTC{sign}{hours:02d}:{minutes:02d}"
    return f"{text}:{seconds:02d}" if seconds else text


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


# --------------------------------------------------------------------------- parsing

_ZONE = (
    r"(?:(?P<zname>UTC|GMT|Z|[A-Z]{3,4})"
    r"(?:\s*(?P<zsign1>[+-])(?P<zh1>\d{1,2})(?::?(?P<zm1>\d{2}))?(?::(?P<zs1>\d{2}))?)?"
    r"|(?P<zsign2>[+-])(?P<zh2>\d{2})(?::?(?P<zm2>\d{2}))?)"
)
_TIME = (
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d{1,6})?)?"
    r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?"
)
_TIME_AND_ZONE = re.compile(rf"(?:{_TIME})(?:\s*{_ZONE})?(?:\s*\((?P<zparen>[A-Za-z]{{1,4}})\))?", re.IGNORECASE)
_ISO_DATE = re.compile(r"(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})")
# A weekday before a date ("Monday, March 3, 2025") is read and dropped, as the date implies it.
# Only a weekday: any other word there ("DNS March 3, 2025, ...") is text, and must stay.
_WEEKDAY = (
    r"(?:(?:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)"
    r"\.?,?\s+)?"
)
_MONTH_FIRST = re.compile(
    _WEEKDAY + r"(?P<mname>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.IGNORECASE
)
_DAY_FIRST = re.compile(
    _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mname>[A-Za-z]{3,9})\.?,?\s+(?P<year>\d{4})", re.IGNORECASE
)
_DATE_TIME_SEPARATOR = re.compile(r"\s*(?:,|T|at|\s)\s*", re.IGNORECASE)


def _match_date(text: str, position: int) -> tuple[date | None, int]:
    """A date at ``position``: the date and the end of the match, or ``(None, position)``."""
    for pattern in (_ISO_DATE, _MONTH_FIRST, _DAY_FIRST):
        match = pattern.match(text, position)
        if not match:
            continue
        groups = match.groupdict()
        if "mname" in groups:
            month = _MONTH_NUMBERS.get(groups["mname"].lower())
            if month is None:
                continue
        else:
            month = int(groups["month"])
        try:
            return date(int(groups["year"]), month, int(groups["day"])), match.end()
        except ValueError:
            return None, position
    return None, position


def _zone_from(groups: dict[str, str | None]) -> tzinfo | bool | None:
    """The zone named in a match; ``None`` when none is given, ``False`` when it is unknown."""
    name = groups.get("zname") or groups.get("zparen")
    sign, hours, minutes, seconds = groups.get("zsign1"), groups.get("zh1"), groups.get("zm1"), groups.get("zs1")
    if groups.get("zsign2"):
        sign, hours, minutes, seconds = groups["zsign2"], groups["zh2"], groups["zm2"], None
    offset = timedelta(0)
    if name:
        base = _ZONE_NAMES.get(name.lower())
        if base is None:
            return False
        offset = base
    elif not sign:
        return None
    if sign:
        extra = timedelta(hours=int(hours or 0), minutes=int(minutes or 0), seconds=int(seconds or 0))
        if extra >= timedelta(hours=24):
            return False
        offset += extra if sign == "+" else -extra
    if abs(offset) >= timedelta(hours=24):
        return False
    return UTC if not offset else timezone(offset)


def parse_date(text: str) -> date | None:
    """``March 3, 2025``, ``Mar 3 2025``, ``3 March 2025``, ``2025-03-03``; ``None`` otherwise."""
    text = text.strip()
    if len(text) > MAX_PARSE_LENGTH:
        return None
    day, end = _match_date(text, 0)
    if day is None or text[end:].strip(" ,."):
        return None
    return day


def parse_timestamp(
    text: str, *, default_date: date | None = None, default_zone: tzinfo | None = None
) -> datetime | None:
    """Read a moment as people write it; ``None`` when ``text`` is not (only) a time.

    A time alone (``11:12``) needs ``default_date``. A time without a zone is
    in ``default_zone``, UTC unless given. The result is aware, whole seconds.
    """
    text = text.strip()
    if not text or len(text) > MAX_PARSE_LENGTH:
        return None
    day, position = _match_date(text, 0)
    if day is not None:
        separator = _DATE_TIME_SEPARATOR.match(text, position)
        if separator is None or separator.end() == len(text):
            return None  # A date alone is a day, not a moment.
        position = separator.end()
    elif default_date is None:
        return None
    else:
        day = default_date
    match = _TIME_AND_ZONE.match(text, position)
    if match is None or text[match.end() :].strip():
        return None
    groups = match.groupdict()
    hour, minute, second = int(groups["hour"]), int(groups["minute"]), int(groups["second"] or 0)
    ampm = (groups["ampm"] or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    zone = _zone_from(groups)
    if zone is False:
        return None
    try:
        clock = time(hour, minute, second)
    except ValueError:
        return None
    return datetime.combine(day, clock, tzinfo=zone or default_zone or UTC)


_TIME_ONLY = re.compile(_TIME, re.IGNORECASE)


def parse_time_of_day(text: str) -> tuple[time, tzinfo | None, int] | None:
    """A time of day at the start of ``text`` (``14:51``, ``2:51 PM PST``).

    Returns the time, its zone (``None`` when not written) and where the time
    ends in ``text``, so a caller can take the rest as a description.
    """
    for pattern in (_TIME_AND_ZONE, _TIME_ONLY):
        match = pattern.match(text)
        if match is None:
            return None
        groups = match.groupdict()
        zone = _zone_from(groups)
        if zone is False:
            continue  # "14:51 News reports": the word after the time is not a zone.
        hour, minute, second = int(groups["hour"]), int(groups["minute"]), int(groups["second"] or 0)
        ampm = (groups.get("ampm") or "").lower()
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm.startswith("p") else 0)
        try:
            return time(hour, minute, second), zone, match.end()
        except ValueError:
            return None
    return None


def parse_leading_timestamp(
    text: str, *, default_date: date | None = None, default_zone: tzinfo | None = None
) -> tuple[datetime, int] | None:
    """A moment at the start of ``text`` (``14:51 text``, ``2025-03-03 14:51 UTC: text``).

    Returns the moment and where it ends in ``text``. A time alone needs
    ``default_date``; the rest of the text is not looked at.
    """
    head = text[:MAX_PARSE_LENGTH]
    day, position = _match_date(head, 0)
    if day is not None:
        separator = _DATE_TIME_SEPARATOR.match(head, position)
        if separator is None:
            return None
        position = separator.end()
    elif default_date is None:
        return None
    else:
        day = default_date
    parsed = parse_time_of_day(head[position:])
    if parsed is None:
        return None
    clock, zone, end = parsed
    if end < len(head) - position and head[position + end].isalnum():
        return None  # "14:5123" or "11:12am-ish" is not a time followed by text.
    return datetime.combine(day, clock, tzinfo=zone or default_zone or UTC), position + end
