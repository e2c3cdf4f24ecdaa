"""Day and zone statements: a loose line (or heading) that only names the day and/or the zone of the
timeline's entries below it ("2015-10-21 (all times UTC)", "All times in CET", "Day 2 — Wednesday, March 13").

A recogniser as those in ``lines``: it reads ``entries[index]`` into the shared ``TimelineContext`` and
returns the index after it, or declines with ``None``.
"""

from __future__ import annotations

import re
from datetime import tzinfo

from app.formats.markdown_read.timeline.context import TimelineContext
from app.formats.markdown_read.timeline.lines import Entries
from app.formats.markdown_read.timeline.unused_days import note_day_line
from app.formats.markdown_read.tokens import heading_of
from app.timefmt import parse_date
from app.timezones import zone_named as named_zone
from app.zone_statements import zone_statement_words

# "2015-10-21 (all times UTC)", "**March 4, 2021**", "Tuesday 14 Feb 2023:": the day (and zone) of the
# entries below it. Matched on the stripped line, and only on a short one: the date part holds spaces,
# so a long line of spaces would make the pattern try every split of it.
_DAY_LINE = re.compile(
    r"\**(?P<date>[^(*\s][^(*]{3,39}?)\**[ \t]*"
    # "(all times PT)", "*(all times PT)*": a Google Docs export keeps the parenthesis's italics.
    r"(?:[*_]{0,2}\([*_]{0,2}(?:all[ \t]+)?times?[ \t]+(?:are[ \t]+)?(?:in[ \t]+)?(?P<zone>[^)*_]{1,24})"
    r"[*_]{0,2}\)[*_]{0,2})?"
    r":?",
    re.IGNORECASE,
)
# "All times in CET", "_All times are UTC._", "(times in BST)": the zone of the times below (stripped, short).
_ZONE_STATEMENT = re.compile(
    r"[*_(]*[ \t]*(?:all[ \t]+)?times?[ \t]+(?:are[ \t]+)?(?:shown[ \t]+)?(?:in[ \t]+)?(?:local[ \t]*\(?)?"
    r"(?P<zone>[A-Za-z][A-Za-z/_ +:0-9-]{0,30}?)[ \t]*[.)]{0,2}[*_)]*",
    re.IGNORECASE,
)
# "All times Pacific (PST) on 4 March 2025.": a statement of the times' zone that names their day after "on".
_TIMES_ON_DAY = re.compile(
    r"[*_(]*[ \t]*(?:all[ \t]+)?times?[ \t][^\n]{0,60}?[ \t]on[ \t]+(?P<date>[^()\n]{4,40}?)[ \t]*[.)]?[*_)]*",
    re.IGNORECASE,
)
# "Day 2 — ", "Day 3: " before a date: the day's number in a multi-day timeline.
_DAY_NUMBER = re.compile(r"day[ \t]+\d{1,3}[ \t]*[-–—:,.|][ \t]*", re.IGNORECASE)
# "Day 1 (Tue 3 Mar)", "**Day 2 (Wed 4 Mar):**": the day's number, its date in parentheses.
_DAY_NUMBER_DATED = re.compile(r"\**day[ \t]+\d{1,3}[ \t]*\((?P<date>[^()\n]{3,40})\)\**:?\**", re.IGNORECASE)
_SHORT_LINE = 120
"""Longer lines are never a day or zone statement: the patterns above stay cheap."""


def zone_or_statement(name: str) -> tzinfo | None:
    """The zone ``name`` stands for (``UTC``, ``PST``, ``UTC+2``, ``all times PDT``), or ``None``."""
    name = name.strip()
    zone = named_zone(name) or zone_statement_words(name)
    if zone is None and "," in name:
        zone = _one_zone_named_twice(name)
    return zone


def _one_zone_named_twice(names: str) -> tzinfo | None:
    """The zone of "US/Pacific, PST", "Central, CST": one clock by its name and its abbreviation, the first
    name's; ``None`` when a part names no zone or two parts name different clocks ("UTC, CET")."""
    zones = [named_zone(part.strip()) for part in names.split(",")[:3]]
    if not all(zones) or len({_clock_of(zone) for zone in zones}) != 1:
        return None
    return zones[0]


def _clock_of(zone: tzinfo | None) -> str:
    """The IANA clock a zone keeps (``America/Los_Angeles`` for "PST" and "US/Pacific" alike)."""
    return str(getattr(zone, "key", "") or zone)


def day_or_zone_line(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """A loose line (or heading) that only names a day and/or a zone."""
    entry = entries[index]
    if not isinstance(entry, str):
        return None
    line = entry
    heading = heading_of(entry)
    if heading is not None:
        line = heading[1]
    line = line.strip()
    if len(line) > _SHORT_LINE:
        return None
    zone_match = _ZONE_STATEMENT.fullmatch(line)
    if zone_match is not None and (zone := zone_or_statement(zone_match.group("zone"))) is not None:
        ctx.zone = ctx.draft.stated_zone(zone)
        return index + 1
    statement, comma, rest = line.partition(",")
    if comma and (zone_match := _ZONE_STATEMENT.fullmatch(statement)) is not None:
        # "All times are UTC, 12 March 2024.": the zone, then the day.
        zone = zone_or_statement(zone_match.group("zone"))
        day = parse_date(rest.strip().rstrip(".").strip(), default_year=ctx.year)
        if zone is not None and day is not None:
            ctx.set_day(day, zone)
            return index + 1
    if (told := _TIMES_ON_DAY.fullmatch(line)) is not None and (
        day := parse_date(told.group("date").strip(), default_year=ctx.year)
    ):
        # "All times Central (CST, UTC-6) on January 27th, 2026.": the day of the times below, whatever date
        # the header gave (often the day the report was written). The line stays, for its zone's words.
        ctx.set_day(day)
        return None
    if (dated := _DAY_NUMBER_DATED.fullmatch(line)) is not None:
        line = dated.group("date")  # "Day 1 (Tue 3 Mar)": the date in parentheses is the day
    elif (numbered := _DAY_NUMBER.match(line)) is not None and numbered.end() < len(line):
        line = line[numbered.end() :]  # "Day 2 — Wednesday, March 13": the date is the day
    match = _DAY_LINE.fullmatch(line)
    day = parse_date(match.group("date").strip().rstrip(":,"), default_year=ctx.year) if match else None
    if match is None or day is None:
        return None
    zone = None
    if match.group("zone"):
        zone = zone_or_statement(match.group("zone"))
        if zone is None:
            return None
    if ctx.draft.other_template:
        note_day_line(ctx, (heading[1] if heading is not None else entry).strip(), entry, day)
    ctx.set_day(day, zone)
    return index + 1
