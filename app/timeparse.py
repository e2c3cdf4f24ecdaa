"""Reading dates and times the way people write them in post-mortems.

One parser for the import, the window and the command line. It reads a date
(``2024-05-01``, ``May 1, 2024``, ``1 May 2024``, ``Tue 14 Feb 2023``,
``Mar 4th``, the editor's own ``January 1, 1``), a clock time (``14:03``,
``14:03:07``, ``2:03 PM``, ``9am``, ``1403`` when the caller says the
document writes times that way) and a zone (``Z``, ``UTC+2``, ``+05:30``,
``PST``, ``Pacific Time``, ``Europe/Berlin``, ``(PDT)``; read by
``app.clock_zones``), in that order, each part optional where context can fill
it: ``default_date`` gives the day of a time written alone, ``default_year``
(else ``default_date``'s) the year of a date written without one, and
``default_zone`` (else UTC, never the machine's zone) the zone.

A moment comes back aware, in whole seconds, with a fixed-offset
``datetime.timezone`` (``UTC`` for zero) holding the offset its zone had on
that date, so that saving and reading it again gives the same value.
Nothing here raises on odd input, calendar edges included: text that is not
a time gives ``None``.

Plain regular expressions and ``zoneinfo`` only: the importer probes every
line, so a read must stay in the tens of microseconds (``make bench``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timezone, tzinfo

from app import east_asian_clocks
from app.clock_zones import offset_at, offset_label_of, zone_after_clock
from app.dashed_dates import plain_hyphens
from app.dateparse import (
    AMPM_AHEAD,
    WEEKDAY,
    WEEKDAYS,
    date_after,
    date_at,
    month_slash_day_at,
)
from app.time_labels import MONTHS
from app.timezones import zone_note

MAX_PARSE_LENGTH = 80
"""Longer text is never a timestamp; the cap keeps callers that probe text cheap."""


@dataclass(slots=True)  # not frozen: a frozen dataclass costs a microsecond more to build, per probed line
class Reading:
    """A moment read from the start of a text, and how it was read."""

    moment: datetime
    """Aware, whole seconds, fixed offset; midnight when only a date was written."""
    end: int
    """Where the moment ends in the text: after its zone and any markup that closed around it."""
    has_date: bool
    has_time: bool
    has_zone: bool
    zone_name: str = ""
    """The zone as its clock read then: ``PDT``, ``CEST``, ``UTC``, ``UTC+02:00``."""
    open_markup: str = ""
    """Markup opened before the moment and not closed right after it (``**`` in ``**15:00 UTC: Title**``)."""
    zone: tzinfo | None = None
    """The zone as written (a ``NamedZone`` for "PST"), ``None`` when the default was used."""


Leading = Reading

# --------------------------------------------------------------------------- patterns

_OPEN = re.compile(r"(?:\*\*|__|[*_`\[(]){1,2}")
_CLOSERS = {"*": "*", "_": "_", "`": "`", "[": "]", "(": ")"}
# Between a date and its time: "May 1, 2024, 14:03", "May 1 at 14:03", "12 Mar 2024 · 4:40 PM" (as apps write it);
# "3 février 2026 à 14 h 05", "3 de marzo de 2026 a las 14:05", "3. März 2026 um 14:05 Uhr", "12 lutego 2026
# o godz. 14:05", "12 februari 2026 kl. 14.05", "20/01/2026 ore 09:10" (``foreign``).
_SEPARATOR = re.compile(
    r"(?:\s*[,·])?\s*(?P<foreign>(?<!\S)"
    r"(?:à|a[ \t]+las|um|(?:o[ \t]+)?godz(?:\.|inie)|o|kl\.?|klockan|(?:alle[ \t]+)?ore|alle)[ \t]+)"
    # "2026-02-21 ~11:20": about that time, as its writer marks a clock not read to the minute
    # "January 25, 2024 - 12:45 PM UTC": a dash between the day and its clock, spaced, a clock right after
    r"|[ \t]+[-–—][ \t]+(?=\d{1,2}(?::\d{2}|[ \t]?[AaPp]\.?[Mm]))"
    r"|\s*[,·]\s*(?:at\s+)?|\s+(?:at\s+|@\s*|~[ \t]?(?=\d{1,2}:\d{2}))?|\s*@\s*",
    re.IGNORECASE,
)
_TIME_WRITTEN = (
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d{1,9})?)?"
    rf"|(?P<bare>\d{{1,2}})(?={AMPM_AHEAD})"
    # "9.45am", "2.14 p.m.": a dotted clock is a time (not a version or a decimal) when am or pm follows it.
    rf"|(?P<dh>\d{{1,2}})\.(?P<dm>[0-5]\d)(?={AMPM_AHEAD})"
    r"|(?P<ch>[01]\d|2[0-3])(?P<cm>[0-5]\d)(?![\d:])"
    # "noon", "12 noon", "midnight", as people say them.
    r"|(?:12[ \t]?)?(?P<word>(?i:noon|midday|midnight))(?![A-Za-z0-9])"
    # East Asian clocks: "14時18分", "午後2時30分", "下午2点05分", "오후 2시 5분" (app.east_asian_clocks)
    rf"|{east_asian_clocks.CLOCK}"
)
_TIME = re.compile(_TIME_WRITTEN)
# "3/14 9:41 PM", as Teams and Outlook stamp a message of this year: the month and day, then a clock with a colon.
_SLASHED_DAY_CLOCK = re.compile(r"[ \t]+\d{1,2}:\d{2}(?![\d/])")


# "07-09 00:00": an ISO date with its year left off (month, then day; both of two digits), as a team writes the
# day in a timeline table; like the slashed day, it counts only with a clock right after it.
_MONTH_DASH_DAY = re.compile(r"(?P<month>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])(?![\d/-])")


def _month_dash_day(text: str, start: int, default_year: int | None) -> tuple[date, int, bool] | None:
    match = _MONTH_DASH_DAY.match(text, start)
    if match is None or default_year is None or _SLASHED_DAY_CLOCK.match(text, match.end()) is None:
        return None
    try:
        return date(default_year, int(match["month"]), int(match["day"])), match.end(), False
    except ValueError:
        return None


def _month_slash_day_then_clock(text: str, start: int, default_year: int | None) -> tuple[date, int, bool] | None:
    """ "3/14 9:41 PM": a slashed day with no year counts only with a clock right after it (alone, "3/4" may be
    a fraction or a score)."""
    if text[start + 2 : start + 3] == "-":
        return _month_dash_day(text, start, default_year)
    found = month_slash_day_at(text, start, default_year)
    if found is None or _SLASHED_DAY_CLOCK.match(text, found[1]) is None:
        return None
    return found


# After a date, also a clock written the French way: "3 févr. 2026 14h05", "le 3 février 2026 à 14 h 05"; after
# "à" the hour may stand alone ("à 10 h"). Only after a date: alone, "2h30" is as often a length of time.
_TIME_AFTER_A_DATE = re.compile(_TIME_WRITTEN + r"|(?P<fh>[01]?\d|2[0-3])[ \t]?h(?:[ \t]?(?P<fm>[0-5]\d))?(?![\w:.])")
# "14:05 Uhr", "14:05 h", "14:05hs": the word for o'clock (German; French, Spanish), part of the time as written.
_UHR = re.compile(r"[ \t]?(?:[Uu]hr|hs?)(?![A-Za-z0-9])")
_HOURS_WORD = re.compile(r"[ \t]?(?:hrs|hours|hr|h)\.?(?![A-Za-z0-9])", re.IGNORECASE)
_AMPM = re.compile(r"\s?(?P<ampm>[AaPp])(?:[Mm]|\.[Mm]\.?)(?![A-Za-z0-9])")
_SPACES = re.compile(r"[ \t]*")
_ABOUT_A_CLOCK = re.compile(r"~[ \t]?\d{1,2}:\d{2}")
# "0815 hrs", "1430h", "0900Z": four digits that their mark says are a clock (a year or a count has none).
_MILITARY_MARK = re.compile(
    r"(?:[ \t]?(?:hrs|hours|hr)\.?|h|Z)(?![A-Za-z0-9])(?![ \t]+(?:of|later|ago|lost|spent|each|in[ \t]+total)\b)",
    re.IGNORECASE,
)
# What four digits count rather than tell the time of: "1430 users", "1200 requests a second".
_COUNTED = re.compile(
    r"[ \t]+(?:users|people|customers|residents|members|accounts|requests|calls|emails|messages|orders|tickets"
    r"|errors|records|rows|files|pages|jobs|hosts|servers|nodes|pods|devices|times|items|payments|bookings"
    r"|sessions|connections|queries|of|more|fewer|out)\b",
    re.IGNORECASE,
)


_EAST_ASIAN_DATE_ENDS = frozenset("日일)）")


def _marked(text: str, position: int) -> bool:
    return _MILITARY_MARK.match(text, position) is not None


# ISO's time written alone, its "T" kept: "T08:19:34+0100" (an hour of two digits and its minutes after the mark).
_ISO_TIME_ALONE = re.compile(r"T(?=(?:[01]\d|2[0-3]):[0-5]\d)")
_TIME_LIKE = re.compile(r"[ \t]*,?[ \t]*\d{1,2}:\d")
# --------------------------------------------------------------------------- the reader


def read(
    text: str,
    *,
    default_date: date | None = None,
    default_zone: tzinfo | None = None,
    default_year: int | None = None,
    compact: bool = False,
    date_only_ok: bool = False,
    notes: list[str] | None = None,
    whole: bool = False,
) -> Reading | None:
    """A moment at the start of ``text``, or the whole of it with ``whole=True``; ``None`` if none.

    Spaces before the moment are skipped. A moment must not run into a word
    or a number ("14:5123", "11:12amx" are no times; "14:20ish" is about 14:20); what follows it
    (": ", " - ", the event's text) is left to the caller. ``date_only_ok``
    accepts a date with no time (the moment is its midnight).
    """
    try:
        return _read(text, default_date, default_zone, default_year, compact, date_only_ok, notes, whole)
    except (ValueError, OverflowError):
        return None


_TYPESET = ("\u2010", "\u2011", "\u2013", "\u2014")
_TYPESET_LOOKED_AT = 200


def _read(
    text: str,
    default_date: date | None,
    default_zone: tzinfo | None,
    default_year: int | None,
    compact: bool,
    date_only_ok: bool,
    notes: list[str] | None,
    whole: bool,
) -> Reading | None:
    if whole:
        text = text.strip()
        if not text or len(text) > MAX_PARSE_LENGTH:
            return None
    head = text[:_TYPESET_LOOKED_AT]
    if any(mark in head for mark in _TYPESET):
        # "2025‑05‑20" with non-breaking hyphens, "2023–12–18" with dashes an editor set: a date all the same
        text = plain_hyphens(head) + text[_TYPESET_LOOKED_AT:]
    position = _SPACES.match(text).end()
    if text[position : position + 1] == "~" and _ABOUT_A_CLOCK.match(text, position):
        position += 1  # "~11:20 UTC": about 11:20
    opened = ""
    if text[position : position + 1] in "*_`[(" and (markup := _OPEN.match(text, position)):
        opened, position = markup.group(), markup.end()
    if default_year is None and default_date is not None:
        default_year = default_date.year

    # The date, after an optional weekday.
    first = text[position : position + 1]
    weekday = WEEKDAY.match(text, position) if first.isalpha() else None
    start = weekday.end() if weekday else position
    found = date_at(text, start, default_year) if first.isalnum() else None
    if found is None and weekday is not None:
        found = month_slash_day_at(text, start, default_year)
    if found is None and weekday is None and first.isdigit():
        found = _month_slash_day_then_clock(text, start, default_year)
    if found is None and weekday is not None:
        return None  # "Monday" and then no date.
    day: date | None = None
    date_end = position
    iso = False
    if found is not None:
        day, date_end, _written = found
        position = date_end
        iso = text[start : start + 1].isdigit() and text[start + 4 : start + 5] in "-/"
        written_day = weekday["weekday"] if weekday is not None else ""
        if written_day and notes is not None and WEEKDAYS[day.weekday()] != written_day[:3].lower():
            long_date = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
            _note(notes, f"“{written_day}” does not fall on {long_date}; the date was kept")

    # The clock time.
    clock_match = None
    east_asian: tuple[int, int, int] | None = None
    glued_offset_ok = False
    if day is None:
        if text[position : position + 1] == "T" and _ISO_TIME_ALONE.match(text, position):
            position += 1  # "T08:19:34+0100": ISO's mark of a time, the date left out; an offset glued on is its zone
            glued_offset_ok = True
        clock_match = _TIME.match(text, position)
    elif iso and text[position : position + 1] in "Tt" and text[position + 1 : position + 2].isdigit():
        clock_match = _TIME.match(text, position + 1)
        glued_offset_ok = True
    elif iso and text[position : position + 1] == "/":
        clock_match = _TIME.match(text, position + 1)  # "2023-01-04/11:34": the slash joins the day and its clock
    elif text[date_end - 1 : date_end] in _EAST_ASIAN_DATE_ENDS and (glued := _TIME.match(text, position)):
        clock_match = glued  # "2026年5月12日14:05": no space between a date so marked and its time
    elif separator := _SEPARATOR.match(text, position):
        clock_match = _TIME_AFTER_A_DATE.match(text, separator.end())
        if clock_match is not None and clock_match["fh"] and not (clock_match["fm"] or separator["foreign"]):
            clock_match = None  # "1 May 2024 2h": a length; "à 10 h" says it is a clock
    if clock_match is not None and clock_match["ch"] is not None and not (compact or _marked(text, clock_match.end())):
        clock_match = None
    if clock_match is not None and clock_match["ch"] is not None and _COUNTED.match(text, clock_match.end()):
        return None  # "1430 users were emailed": a count, in a timeline that writes "1403" for its clocks too
    if clock_match is None and compact and day is not None and (year_clock := _year_as_clock(text, start, date_end)):
        # "Feb 7 1506 UTC: …" in a timeline of "1936 UTC" clocks: the day, then its clock; no year 1506.
        found = date_at(text[: year_clock.start()], start, default_year)
        if found is not None:
            day, date_end, clock_match = found[0], found[1], _TIME.match(text, year_clock.start() + 1)
    if clock_match is None:
        if day is None or not date_only_ok:
            return None
        if _TIME_LIKE.match(text, date_end):
            return None  # "2024-05-01 14:5123": a broken time, not a date and some text.
        return _finish(text, date_end, opened, day, None, default_zone, None, whole, notes)
    position = clock_match.end()
    if clock_match["hour"] is not None:
        hour, minute, second = int(clock_match["hour"]), int(clock_match["minute"]), int(clock_match["second"] or 0)
        glued_offset_ok = glued_offset_ok or clock_match["second"] is not None
        if uhr := _UHR.match(text, position):
            position = uhr.end()
    elif clock_match["dh"] is not None:
        hour, minute, second = int(clock_match["dh"]), int(clock_match["dm"]), 0
    elif clock_match.re is _TIME_AFTER_A_DATE and clock_match["fh"] is not None:
        hour, minute, second = int(clock_match["fh"]), int(clock_match["fm"] or 0), 0
    elif clock_match["bare"] is not None:
        hour, minute, second = int(clock_match["bare"]), 0, 0
    elif clock_match["word"] is not None:
        hour, minute, second = (0 if clock_match["word"].lower() == "midnight" else 12), 0, 0
    elif (east_asian := east_asian_clocks.clock_parts(clock_match)) is not None:
        hour, minute, second = east_asian
    elif east_asian_clocks.is_clock(clock_match):
        return None
    else:
        hour, minute, second = int(clock_match["ch"]), int(clock_match["cm"]), 0
        if hours_word := _HOURS_WORD.match(text, position):
            position = hours_word.end()  # "0212 hrs": the word says it is a clock, and is not the text's
    if clock_match["word"] is None and east_asian is None and (ampm := _AMPM.match(text, position)):
        # "00:25 AM", the hour zero-padded as 12-hour clocks counting 00-11 show it: 0:25 (never PM; "0:30 am"
        # stays refused, a slip rather than a clock's display)
        # "13:00 PM", "14:50PM": a 24-hour clock with the half it is in added, which says the same afternoon
        # hour twice ("13:00 AM" says two things and stays refused).
        afternoon = 13 <= hour <= 23 and ampm["ampm"] in "Pp" and clock_match["bare"] is None
        if not (1 <= hour <= 12 or afternoon or (clock_match["hour"] == "00" and ampm["ampm"] in "Aa")):
            return None
        hour = hour if afternoon else hour % 12 + (12 if ampm["ampm"] in "Pp" else 0)
        position = ampm.end()
    elif clock_match["bare"] is not None:
        return None
    if hour > 23 or minute > 59 or second > 59:
        return None
    has_date = day is not None

    # The zone.
    zone: tzinfo | None = None
    if (zoned := zone_after_clock(text, position, glued_offset_ok, not whole)) is not None:
        zone, position = zoned
    if not has_date and (after := date_after(text, position, default_year)) is not None:
        day, position = after
        has_date = True
    if day is None:
        if default_date is None:
            return None
        day = default_date
    clock = time(hour, minute, second)
    return _finish(text, position, opened, day, clock, default_zone, zone, whole, notes, has_date=has_date)


# A date's last four digits, after a space (no comma), that a zone or an entry's colon follows: "Feb 7 1506 UTC".
_YEAR_AS_CLOCK = re.compile(r"[ \t](?:[01]\d|2[0-3])[0-5]\d(?=[ \t]*(?:[A-Z]{1,5}\b|:))")


def _year_as_clock(text: str, start: int, date_end: int) -> re.Match[str] | None:
    """The four digits ending the date written from ``start`` to ``date_end`` when they are a clock's."""
    found = _YEAR_AS_CLOCK.search(text, max(start, date_end - 5), date_end + 12)
    return found if found is not None and found.end() == date_end else None


# "ish" after a clock ("14:20ish", "3pm-ish") says it is about that time; not a word that begins so ("14:20 Ishaan").
_APPROXIMATE = re.compile(r"-?ish(?![\w])", re.IGNORECASE)


def _finish(
    text: str,
    end: int,
    opened: str,
    day: date,
    clock: time | None,
    default_zone: tzinfo | None,
    zone: tzinfo | None,
    whole: bool,
    notes: list[str] | None,
    *,
    has_date: bool = True,
) -> Reading | None:
    open_markup = opened
    if opened:
        closer = "".join(_CLOSERS[c] for c in reversed(opened))
        if text.startswith(closer, end):
            end += len(closer)
            open_markup = ""
        elif whole:
            return None
    if clock is not None and (approximate := _APPROXIMATE.match(text, end)) is not None:
        end = approximate.end()  # "14:20ish", "3pm-ish": the time, said to be about then
    following = text[end : end + 2]
    if following and (
        (following[0].isalnum() and not east_asian_clocks.letter(following[0]))
        or following[0] == "_"
        or (following[0] in ":/." and following[1:].isdigit())
    ):
        return None  # Glued to a word or a number: "14:03abc", "14:5123", "2024-05-01.5".
    if whole and end != len(text):
        return None
    used = zone or default_zone or UTC
    hour, minute, second = (clock.hour, clock.minute, clock.second) if clock is not None else (0, 0, 0)
    if isinstance(used, timezone):  # the common case, and the quick one: no local time to look up
        moment = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=used)
        zone_name = offset_label_of(used)
    else:
        local = datetime(day.year, day.month, day.day, hour, minute, second)
        fixed_zone, zone_name = offset_at(used, local)
        moment = local.replace(tzinfo=fixed_zone)
        if zone is not None and notes is not None and (note := zone_note(zone, local)):
            _note(notes, note)
    return Reading(moment, end, has_date, clock is not None, zone is not None, zone_name, open_markup, zone)


def _note(notes: list[str], note: str) -> None:
    if note not in notes:
        notes.append(note)


def date_end(text: str, default_year: int | None) -> int | None:
    """Where a date (after an optional weekday) at the start of ``text`` ends, or ``None``."""
    position = _SPACES.match(text).end()
    weekday = WEEKDAY.match(text, position)
    found = date_at(text, weekday.end() if weekday else position, default_year)
    return found[1] if found is not None else None
