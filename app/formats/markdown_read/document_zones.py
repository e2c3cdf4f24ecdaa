"""The zone a document gives its times: stated once, in parentheses after a time, or beside its clocks.

"All times in CET", "Timeline (EST)", "from 14:30 until 16:10 (East Africa Time, UTC+3)", "At 10:40 ET ...":
the zone of the times a document writes without one. (The zone written after the incident's window is
``window.window_zone``'s.)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import date, tzinfo

from app.formats.markdown_read.window import CLOCK, TIMES_WORD
from app.timeparse import read
from app.timezones import zone_named
from app.zone_statements import zone_statement

_ANY_DAY = date(2000, 1, 3)


def stated_zone(lines: Iterable[str]) -> tzinfo | None:
    """The zone a document states for its times ("All times in CET", "Timeline (EST)")."""
    for line in lines:
        # A paragraph states it in one of its sentences: "... saw a blank page. All times in this report
        # are Eastern Daylight Time."
        pieces = [line] if len(line) < 300 else _SENTENCE_BREAK.split(line[:4000])
        for piece in pieces:
            if len(piece) < 300 and TIMES_WORD.search(piece) and (zone := zone_in_statement(piece)) is not None:
                return zone
    return None


_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+")


def zone_after_a_time(lines: Iterable[str]) -> tzinfo | None:
    """The zone a document names in parentheses right after a time ("from 14:30 until 16:10 (East Africa
    Time, UTC+3)", "1:20 AM, March 4, 2025 (EST)"), said once, often in a long opening paragraph. A zone in
    parentheses after anything else ("Paged Priya Nair (IST)", "the Pacific region (Pacific)") is not one."""
    for line in itertools.islice(lines, 5000):
        looked_at = "(" in line or "," in line or any(region in line for region in _REGIONS)
        if looked_at and (zone := _zone_after_a_time(line[:2000])) is not None:
            return zone
    return None


def _zone_after_a_time(line: str) -> tzinfo | None:
    for clock in itertools.islice(CLOCK.finditer(line), 50):
        # "from 14:00 to 15:00 , GMT+1.": the zone closes the clause, after a comma.
        if (closing := _ZONE_CLOSING.match(line, clock.end())) and (zone := zone_named(closing.group(1))):
            return zone
        if (region := _REGION_AFTER.match(line, clock.end())) and (zone := zone_named(region.group(1))):
            return zone  # "At 4:12 a.m. Eastern, as traffic picked up"
    for group in _PARENTHESES.finditer(line):
        parts = _parts(group.group(1))
        if len(parts) > 1 and CLOCK.search(parts[0]):
            parts = [part for part in parts if not CLOCK.search(part)]  # "(from 14:00 to 15:00 , GMT+1)"
        elif not _ENDS_WITH_A_TIME.search(line, max(0, group.start() - 40), group.start()):
            continue
        # "(EST)", "(IST, UTC+05:30)", "(East Africa Time, UTC+3)": names only, not a clause that mentions one.
        if len(parts) > 3 or any(len(part.split()) > 3 for part in parts):
            continue
        if (zone := _first_zone(parts)) is not None:
            return zone
    return None


def _parts(group: str) -> list[str]:
    """The parts of a group in parentheses: "EET, UTC+2" has two."""
    return [part.strip() for part in _LIST_SEPARATOR.split(group) if part.strip()]


def _first_zone(parts: list[str]) -> tzinfo | None:
    return next((zone for part in parts if (zone := zone_named(part)) is not None), None)


# What comes right before such a zone: a clock ("16:10", "4 PM"), a year ("March 4, 2025") or a clock said in
# words ("ten past four", "noon", "in the afternoon").
_ENDS_WITH_A_TIME = re.compile(
    r"(?:\b\d{1,2}:\d{2}|\b\d{1,2}[ \t]?[ap]\.?m\.?|\b\d{4}|\b(?:one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|noon|midday|midnight|o'clock|morning|afternoon|evening|night))[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)


def zones_named(lines: Iterable[str]) -> list[tzinfo]:
    """The distinct zones the document writes beside its clock times ("At 10:40 ET ..."), in order."""
    found: dict[object, tzinfo] = {}
    # At most this many times are read: enough for any real document, bounded for a hostile one.
    clocks = (match for line in itertools.islice(lines, 2000) for match in CLOCK.finditer(line[:2000]))
    for match in itertools.islice(clocks, 2000):
        reading = read(match.string[match.start() :], default_date=_ANY_DAY)
        if reading is not None and reading.has_zone and reading.zone is not None:
            identity = getattr(reading.zone, "key", None) or reading.zone.utcoffset(None)
            found.setdefault(identity, reading.zone)
            if len(found) > 1:
                break
    return list(found.values())


def zone_in_statement(line: str) -> tzinfo | None:
    """The zone a statement names, also as one of several in parentheses ("Finnish time (EET, UTC+2)")."""
    zone = zone_statement(line)
    if zone is not None:
        return zone
    for group in _PARENTHESES.findall(line):
        if (zone := _first_zone(_parts(group))) is not None:
            return zone
    return None


_PARENTHESES = re.compile(r"\(([^()]{1,60})\)")
# A zone after a comma that ends the clause a time ends: "to 15:00 , GMT+1.", "to 3 PM, EAT;".
_ZONE_CLOSING = re.compile(r"[ \t]*,[ \t]*([A-Za-z][A-Za-z+:\d-]{1,12}(?:[ \t]*[+-][ \t]*\d{1,2})?)[ \t]*(?=[).;]|$)")
# A region's clock named after a time, as a letter says it: "4:12 a.m. Eastern", "10:57 PM Pacific time". The next
# word is not a capitalised one: "9:00 Eastern Europe" names a place, not a zone.
_REGIONS = ("Eastern", "Central", "Mountain", "Pacific", "Atlantic")
_REGION_AFTER = re.compile(
    r"[ \t]*(?:[aApP]\.?[mM]\.?[ \t]+)?(Eastern|Central|Mountain|Pacific|Atlantic)(?:[ \t]+[Tt]ime)?"
    r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+[a-z])"
)
_LIST_SEPARATOR = re.compile(r"[,;/]|\bor\b")
