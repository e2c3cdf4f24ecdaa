"""The zone of a written time: the one written after its clock, and the fixed offset it stands for then.

After a clock come "Z", "UTC+2", "+05:30", "GMT + 1", "PST", "Pacific Time", "Europe/Berlin", "(PDT)", "北京时间"
(names as ``app.timezones`` knows them), or nothing; "9:33 AM PST (UTC-8)" names the zone twice. A zone read
becomes the fixed offset it had on the moment's date, with that clock's name then ("PDT", "UTC+02:00").
``app.timeparse`` reads the rest of the moment.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timezone, tzinfo
from zoneinfo import ZoneInfo

from app.timezones import ZONE_WORDS, NamedZone, fixed, offset_label, offset_zone, zone_named

_ZONE = re.compile(
    r"(?P<space>\s*)(?:"
    r"[(（](?P<paren>[^()（）\n]{1,40})[)）]"
    r"|(?P<native>北京时间|北京時間|日本(?:標準)?時間?|한국[ \t]?(?:표준)?시간?)"
    r"|(?P<sign>[+\-−])(?P<oh>\d{2})(?::?(?P<om>\d{2}))?(?::(?P<os>\d{2}))?(?!\d)"
    # "МСК" and "TSİ" (Russian and Turkish teams' names of their clocks) are words too; "北京时间", "日本時間",
    # "한국 시간" name the zone in their scripts.
    r"|(?P<word>[A-Za-zА-ЯЁа-яёİ][A-Za-zА-ЯЁа-яёİ_]*(?:/[A-Za-z0-9_+\-]+){0,2})"
    r"(?:\s?(?P<wsign>[+\-−])(?P<wh>\d{1,2})(?::?(?P<wm>\d{2}))?(?::(?P<ws>\d{2}))?(?!\d)"
    # "GMT + 1", spaced as some write it: whole hours only, so "10:00 UTC - 15:00" stays a range
    r"|[ \t](?P<ssign>[+\-−])[ \t](?P<sh>1[0-4]|0?\d)(?!\d|[:.]\d|[ \t]?[AaPp]\.?[Mm]\b))?"
    r")"
)
_MORE_WORDS = re.compile(r"(?:[ \t]+[A-Za-z]+){1,3}")
_PAREN_AFTER = re.compile(r"\s*\((?P<paren>[^()\n]{1,40})\)")
_UTC_WORDS = frozenset({"utc", "gmt", "ut", "gtm"})  # "GTM+2": a slip of GMT+2 (no zone is called GTM)


def zone_after_clock(text: str, position: int, glued_offset_ok: bool, strict: bool) -> tuple[tzinfo, int] | None:
    """The zone written at ``position`` (right after a clock), and where it ends; ``None`` if none is.

    ``glued_offset_ok``: an offset may follow the clock with no space ("14:03:07-07:00", "T14:03-07:00"), which
    after a bare "14:03" would be a range. ``strict``: see ``_zone_at``.
    """
    zoned = _zone_at(text, position, glued_offset_ok, strict)
    if zoned is None:
        return None
    zone, position = zoned
    if (paren := _PAREN_AFTER.match(text, position)) and (again := zone_named(paren["paren"].strip())):
        # "9:33 AM PST (UTC-8)": the zone named twice; a written offset is the more exact of the two.
        position = paren.end()
        zone = again if isinstance(again, timezone) else zone
    return zone, position


def _zone_at(text: str, position: int, glued_offset_ok: bool, strict: bool) -> tuple[tzinfo, int] | None:
    """A zone written at ``position`` (after a time), and where it ends.

    ``strict`` (a time leading a line of text): a one-word name counts only in
    capitals ("14:03 PST", not "14:03 met the team" or "Central team paged").
    """
    match = _ZONE.match(text, position)
    if match is None:
        return None
    glued = not match["space"]
    if match["paren"] is not None or match["native"] is not None:
        zone = zone_named((match["paren"] or match["native"]).strip())
        return (zone, match.end()) if zone is not None else None
    if match["sign"] is not None:
        if glued and not glued_offset_ok:
            return None  # "14:03-14:10" is a range, not a time at UTC-14:10.
        if not glued and match["om"] is None:
            return None  # "14:03 +10 users": an offset standing alone needs its minutes.
        zone = offset_zone(match["sign"], match["oh"], match["om"], match["os"])
        return (zone, match.end()) if zone is not None else None
    word = match["word"]
    lower = word.lower()
    if match["wsign"] is not None and lower in _UTC_WORDS:
        zone = offset_zone(match["wsign"], match["wh"], match["wm"], match["ws"])
        return (zone, match.end()) if zone is not None else None
    if match["ssign"] is not None and lower in _UTC_WORDS:
        zone = offset_zone(match["ssign"], match["sh"], None, None)
        return (zone, match.end()) if zone is not None else None
    end = match.end("word")
    if match["wsign"] is not None and (said := zone_named(text[match.start("word") : match.end()])) is not None:
        return said, match.end()  # "10:00 SAST+2": the abbreviation with its offset repeated
    if lower in ZONE_WORDS and (more := _MORE_WORDS.match(text, end)):
        # "Pacific Time", "Eastern Standard Time": the longest run of words that names a zone.
        words = more.group().split()
        for count in range(len(words), 0, -1):
            zone = zone_named(" ".join([word, *words[:count]]))
            if zone is not None:
                return zone, _after_words(text, end, count)
    if strict and not (word.isupper() or lower in _UTC_WORDS or "/" in word):
        return None
    zone = zone_named(word)
    return (zone, end) if zone is not None else None


def _after_words(text: str, position: int, count: int) -> int:
    for _ in range(count):
        while text[position] in " \t":
            position += 1
        while position < len(text) and text[position].isalpha():
            position += 1
    return position


def offset_at(zone: tzinfo, local: datetime) -> tuple[timezone, str]:
    """The fixed offset ``zone`` has at the local time ``local``, and that clock's name then."""
    offset = zone.utcoffset(local)
    if offset is None:
        return UTC, "UTC"
    name = zone.tzname(local) if isinstance(zone, NamedZone | ZoneInfo) else None
    if not name or not name[0].isalpha():
        name = offset_label(offset)
    return fixed(offset), name


_LABELS: dict[timezone, str] = {}


def offset_label_of(zone: timezone) -> str:
    """ "UTC", "UTC+02:00": a fixed offset's name, kept for the few offsets a document uses."""
    label = _LABELS.get(zone)
    if label is None:
        label = offset_label(zone.utcoffset(None))
        if len(_LABELS) < 1024:
            _LABELS[zone] = label
    return label
