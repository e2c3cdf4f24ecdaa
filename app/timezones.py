"""Time zones as people name them in post-mortems: ``PST``, ``Pacific Time``, ``CET``, ``UTC+2``.

An abbreviation stands for a place's clock, not a fixed offset: a team in
California writes "PST" all year round, and "14:00 PST" on a July date means
14:00 on the Pacific clock of that day, which is PDT (UTC-07:00). So every
abbreviation and name here resolves through its IANA zone (stdlib
``zoneinfo``, with the ``tzdata`` package where the system has no zone
database), and the offset is the zone's own on the date written: "PDT" on a
January date reads as UTC-08:00 too. The specific abbreviations are not taken
literally because the wrong-season spelling is, in practice, a habit and
not a deliberate offset; the parser says when it read one against its season.

Before a zone's first rule (its local mean time, before about 1900) the
abbreviation's literal offset is used: "PST" in year 1 is UTC-08:00, not
the 7 h 52 min 58 s of Los Angeles' sundial.

Ambiguous abbreviations (IST, CST, AST) take their most common reading in
incident write-ups and carry a note the caller can show.
"""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.time_labels import offset_label
from app.zone_cities import CITIES as _CITIES
from app.zone_cities import CITY_PHRASE as _CITY_PHRASE

_H = timedelta(hours=1)
_M = timedelta(minutes=1)


class NamedZone(tzinfo):
    """A zone named by an abbreviation or a name: its IANA clock, within the offsets the name allows.

    ``label`` says how the name was read ("Pacific time"); ``literal`` is the
    offset the abbreviation itself stands for (PST: -8 h), used where the
    IANA zone has no rule yet or gives an offset the name never had.
    """

    def __init__(self, written: str, key: str, label: str, literal: timedelta, offsets: tuple[timedelta, ...]):
        super().__init__()
        self.written = written
        self.key = key
        self.label = label
        self.literal = literal
        self.offsets = offsets
        self._zone = _zone_info(key)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None or self._zone is None:
            return self.literal
        try:
            offset = self._zone.utcoffset(dt.replace(tzinfo=None))
        except (OverflowError, ValueError):
            return self.literal
        return offset if offset in self.offsets else self.literal

    def dst(self, dt: datetime | None) -> timedelta | None:
        offset = self.utcoffset(dt)
        return offset - min(self.offsets)

    def tzname(self, dt: datetime | None) -> str:
        if dt is not None and self._zone is not None:
            try:
                local = dt.replace(tzinfo=None)
                if self._zone.utcoffset(local) in self.offsets:
                    name = self._zone.tzname(local)
                    if name and name[0].isalpha():
                        return name
            except (OverflowError, ValueError):
                pass
        return self.written.upper() if self.written.lower() in ABBREVIATIONS else offset_label(self.utcoffset(dt))

    def __repr__(self) -> str:
        return f"NamedZone({self.written!r}, {self.key!r})"


@lru_cache(maxsize=512)
def _zone_info(key: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


# Each place: IANA key, how it is read, its standard and daylight offsets, and the names for it
# with the offset each abbreviation stands for literally (None: the standard one).
_PLACES: list[tuple[str, str, tuple[timedelta, ...], dict[str, timedelta | None]]] = [
    ("America/Los_Angeles", "Pacific time", (-8 * _H, -7 * _H),
     {"pst": None, "pdt": -7 * _H, "pt": None, "pacific": None, "pacific time": None,
      "pacific standard time": None, "pacific daylight time": -7 * _H, "us/pacific": None}),
    ("America/Denver", "Mountain time", (-7 * _H, -6 * _H),
     {"mst": None, "mdt": -6 * _H, "mt": None, "mountain": None, "mountain time": None,
      "mountain standard time": None, "mountain daylight time": -6 * _H, "us/mountain": None}),
    ("America/Chicago", "US Central time", (-6 * _H, -5 * _H),
     {"cst": None, "cdt": -5 * _H, "ct": None, "central": None, "central time": None,
      "central standard time": None, "central daylight time": -5 * _H, "us/central": None}),
    ("America/New_York", "Eastern time", (-5 * _H, -4 * _H),
     {"est": None, "edt": -4 * _H, "et": None, "eastern": None, "eastern time": None,
      "eastern standard time": None, "eastern daylight time": -4 * _H, "us/eastern": None}),
    ("America/Anchorage", "Alaska time", (-9 * _H, -8 * _H),
     {"akst": None, "akdt": -8 * _H, "alaska time": None, "alaska standard time": None,
      "alaska daylight time": -8 * _H}),
    ("Pacific/Honolulu", "Hawaii time", (-10 * _H,), {"hst": None, "hawaii time": None, "hawaii standard time": None,
      "hawaii-aleutian standard time": None}),
    ("America/Halifax", "Atlantic time (Canada)", (-4 * _H, -3 * _H),
     {"ast": None, "adt": -3 * _H, "atlantic standard time": None,
      "atlantic daylight time": -3 * _H}),
    ("America/St_Johns", "Newfoundland time", (-3 * _H - 30 * _M, -2 * _H - 30 * _M),
     {"nst": None, "ndt": -2 * _H - 30 * _M, "newfoundland standard time": None,
      "newfoundland daylight time": -2 * _H - 30 * _M}),
    ("America/Sao_Paulo", "Brasília time", (-3 * _H,), {"brt": None, "brasilia time": None}),
    ("America/Argentina/Buenos_Aires", "Argentina time", (-3 * _H,), {"art": None, "argentina time": None}),
    ("Europe/London", "UK time", (timedelta(0), _H),
     {"bst": _H, "british summer time": _H, "uk time": None, "london time": None,
      "british time": None}),
    ("Europe/Dublin", "Irish time", (timedelta(0), _H), {"irish standard time": _H, "irish time": None}),
    ("Europe/Lisbon", "Western European time", (timedelta(0), _H),
     {"wet": None, "west": _H, "western european time": None,
      "western european summer time": _H}),
    ("Europe/Berlin", "Central European time", (_H, 2 * _H),
     {"cet": None, "cest": 2 * _H, "met": None, "mest": 2 * _H, "central european time": None,
      "central european summer time": 2 * _H, "central european standard time": None,
      # As German teams write them: Mitteleuropäische (Sommer)zeit.
      "mez": None, "mesz": 2 * _H}),
    ("Europe/Athens", "Eastern European time", (2 * _H, 3 * _H),
     {"eet": None, "eest": 3 * _H, "eastern european time": None,
      "eastern european summer time": 3 * _H, "eastern european standard time": None}),
    ("Europe/Moscow", "Moscow time", (3 * _H,), {"msk": None, "moscow time": None, "moscow standard time": None,
      # As Russian teams write it: "14:05 МСК", "по Москве", "московское время".
      "мск": None, "по мск": None, "по москве": None, "московское время": None, "по московскому времени": None}),
    ("Europe/Istanbul", "Turkey time", (3 * _H,), {"trt": None, "turkey time": None,
      # As Turkish teams write it: "14:05 TSİ" (Türkiye Saati), "Türkiye saatiyle".
      "tsi": None, "tsi\u0307": None, "türkiye saati": None, "türkiye saatiyle": None, "tr saati": None}),
    ("Africa/Johannesburg", "South Africa time", (2 * _H,),
     {"sast": None, "south africa standard time": None, "south african standard time": None,
      "south africa time": None, "south african time": None}),
    ("Africa/Lagos", "West Africa time", (_H,),
     {"wat": None, "west africa time": None, "west african time": None, "west africa standard time": None,
      # Windows names Lagos's clock "W. Central Africa Standard Time", and students write it out so.
      "west central africa time": None, "west central africa standard time": None,
      "west african standard time": None}),
    ("Africa/Maputo", "Central Africa time", (2 * _H,),
     {"cat": None, "central africa time": None, "central africa standard time": None,
      "central african time": None}),
    ("Africa/Nairobi", "East Africa time", (3 * _H,),
     {"eat": None, "east africa time": None, "east african time": None, "east africa standard time": None,
      "east african standard time": None}),
    ("Asia/Riyadh", "Arabia time", (3 * _H,),
     {"arabia standard time": None, "arabian standard time": None, "arabia time": None, "saudi arabia time": None,
      "saudi time": None, "saudi arabia standard time": None, "riyadh time": None}),
    ("Asia/Dubai", "Gulf time", (4 * _H,), {"gst": None, "gulf standard time": None}),
    ("Asia/Karachi", "Pakistan time", (5 * _H,), {"pkt": None, "pakistan standard time": None, "pakistan time": None}),
    ("Asia/Kolkata", "India Standard Time", (5 * _H + 30 * _M,),
     {"ist": None, "india standard time": None, "indian standard time": None,
      "india time": None}),
    ("Asia/Bangkok", "Indochina time", (7 * _H,), {"ict": None, "indochina time": None}),
    ("Asia/Jakarta", "Western Indonesia time", (7 * _H,), {"wib": None}),
    ("Asia/Singapore", "Singapore time", (8 * _H,),
     {"sgt": None, "singapore time": None, "singapore standard time": None}),
    ("Asia/Hong_Kong", "Hong Kong time", (8 * _H,), {"hkt": None, "hong kong time": None}),
    ("Asia/Manila", "Philippine time", (8 * _H,),
     {"pht": None, "philippine time": None, "philippine standard time": None}),
    ("Australia/Perth", "Australian Western time", (8 * _H,), {"awst": None, "australian western standard time": None}),
    ("Asia/Shanghai", "China time", (8 * _H,), {"china standard time": None, "beijing time": None,
      "北京时间": None, "北京時間": None, "中国标准时间": None, "中國標準時間": None}),
    ("Asia/Seoul", "Korea time", (9 * _H,), {"kst": None, "korea standard time": None, "korean standard time": None,
      "한국 시간": None, "한국시간": None, "한국 표준시": None, "한국표준시": None}),
    ("Asia/Tokyo", "Japan time", (9 * _H,), {"jst": None, "japan standard time": None, "japan time": None,
      "日本時間": None, "日本標準時": None, "日本標準時間": None}),
    ("Australia/Adelaide", "Australian Central time", (9 * _H + 30 * _M, 10 * _H + 30 * _M),
     {"acst": None, "acdt": 10 * _H + 30 * _M, "australian central standard time": None,
      "australian central daylight time": 10 * _H + 30 * _M}),
    ("Australia/Sydney", "Australian Eastern time", (10 * _H, 11 * _H),
     {"aest": None, "aedt": 11 * _H, "aet": None, "australian eastern standard time": None,
      "australian eastern daylight time": 11 * _H, "australian eastern time": None}),
    ("Pacific/Auckland", "New Zealand time", (12 * _H, 13 * _H),
     {"nzst": None, "nzdt": 13 * _H, "nzt": None, "new zealand standard time": None,
      "new zealand daylight time": 13 * _H, "new zealand time": None}),
]  # fmt: skip

# The common reading is taken; the note says what else the writer may have meant.
_AMBIGUOUS = {
    "ist": "Irish or Israel Standard Time would differ",
    "cst": "China Standard Time would be UTC+08:00",
    "ast": "Arabia Standard Time would be UTC+03:00",
}

_UTC_NAMES = ("utc", "gmt", "z", "ut", "zulu", "coordinated universal time", "greenwich mean time", "etc/utc")

_TABLE: dict[str, tuple[str, str, timedelta, tuple[timedelta, ...]]] = {}
for _key, _label, _offsets, _names in _PLACES:
    for _name, _literal in _names.items():
        _TABLE[_name] = (_key, _label, _offsets[0] if _literal is None else _literal, _offsets)

ZONE_WORDS: frozenset[str] = frozenset(word for name in [*_TABLE, *_UTC_NAMES] for word in re.findall(r"[a-z]+", name))
"""Every word that may be read as part of a zone's name (lower case)."""

ABBREVIATIONS: frozenset[str] = frozenset(name for name in _TABLE if name.isalpha() and len(name) <= 5)

_OFFSET = re.compile(
    # "GMT + 1": a space after the sign only after the zone's name; "GTM+2", a slip of GMT+2 (no zone is called GTM)
    r"(?:(?P<named>utc|gmt|gtm|ut)\s?)?(?P<sign>[+\-−])(?(named)\s?)(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?"
    r"(?::(?P<seconds>\d{2}))?",
    re.IGNORECASE,
)
_IANA = re.compile(r"[A-Za-z][A-Za-z_]+(?:/[A-Za-z0-9_+\-]+){1,2}")


_FIXED: dict[timedelta, timezone] = {timedelta(0): UTC}


def fixed(offset: timedelta) -> timezone:
    """The shared ``timezone`` of ``offset`` (``UTC`` for zero); ``ValueError`` beyond a day."""
    zone = _FIXED.get(offset)
    if zone is None:
        zone = _FIXED[offset] = timezone(offset)
    return zone


def offset_zone(sign: str, hours: str, minutes: str | None, seconds: str | None) -> timezone | None:
    """``+`` ``05`` ``30`` as a zone; ``None`` past 23:59:59 or with minutes/seconds over 59."""
    extra_minutes, extra_seconds = int(minutes or 0), int(seconds or 0)
    if extra_minutes > 59 or extra_seconds > 59:
        return None
    offset = timedelta(hours=int(hours), minutes=extra_minutes, seconds=extra_seconds)
    if offset >= timedelta(hours=24):
        return None
    return fixed(-offset if sign != "+" else offset)


_NAMED: dict[str, tzinfo | None] = {}


def zone_named(name: str) -> tzinfo | None:
    """The zone ``name`` stands for, or ``None`` when it names none.

    Abbreviations and names ("PST", "Pacific", "Pacific Time", "CET") give a
    ``NamedZone`` (its IANA clock); "UTC", "GMT", "Z" give ``UTC``; offsets
    ("UTC+2", "GMT-5", "+05:30") a fixed ``timezone``; an IANA key
    ("Europe/Berlin") its ``ZoneInfo``.
    """
    key = " ".join(name.split()).lower()
    if key in _NAMED:
        return _NAMED[key]
    zone = _lookup(" ".join(name.split())) if 0 < len(key) <= 40 else None
    if len(_NAMED) < 4096:
        _NAMED[key] = zone
    return zone


def _lookup(name: str) -> tzinfo | None:
    lower = name.lower()
    if lower in _UTC_NAMES:
        return UTC
    entry = _TABLE.get(lower)
    if entry is not None:
        key, label, literal, offsets = entry
        return NamedZone(name, key, label, literal, offsets)
    if match := _OFFSET.fullmatch(name):
        return offset_zone(match["sign"], match["hours"], match["minutes"], match["seconds"])
    if (said := _NAME_AND_OFFSET.fullmatch(name)) is not None and (entry := _TABLE.get(said["name"].lower())):
        # "SAST+2", "EAT+3": the abbreviation with its own offset repeated; an offset it never has is no zone.
        zone = offset_zone(said["sign"], said["hours"], said["minutes"], None)
        return zone if zone is not None and zone.utcoffset(None) in entry[3] else None
    if _IANA.fullmatch(name):
        return _zone_info(name)
    for said in _SAID_AS_ZONE:  # "GMT+1 timezone", "WAT time zone": the zone, named as one
        if lower.endswith(said) and (zone := zone_named(name[: -len(said)])) is not None:
            return zone
    if lower.endswith(("standard timezone", "standard time zone")):  # "West Africa Standard Timezone"
        return zone_named(name[: lower.rindex("standard") + len("standard")] + " time")
    if (region := _REGION_OF.fullmatch(name)) is not None and (whole := zone_named(region["rest"])) is not None:
        # "West Saudi Arabia Time": a part of a country whose clock is one all over is on that clock.
        return whole if isinstance(whole, NamedZone) and len(whole.offsets) == 1 else None
    return _city_zone(name)


# An abbreviation and the offset it stands for, written together: "SAST+2", "EAT +3", "IST+05:30".
_NAME_AND_OFFSET = re.compile(
    r"(?P<name>[A-Za-z]{2,5})[ \t]?(?P<sign>[+\-\u2212])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?"
)
# A zone's name followed by the word for one: "(GMT+1 timezone)", "(UTC+3 time zone)", "(WAT timezone)".
_SAID_AS_ZONE = (" timezone", " time zone", " time-zone", " zone", " tz")
# A region of a country before the country's clock: "West Saudi Arabia Time", "Northern Kenya time".
_REGION_OF = re.compile(
    r"(?:west|western|east|eastern|north|northern|south|southern|central)[ \t]+(?P<rest>\S.{0,30}[ \t]time)",
    re.IGNORECASE,
)


_JANUARY, _JULY = datetime(2001, 1, 15), datetime(2001, 7, 15)


def _city_zone(name: str) -> tzinfo | None:
    """The clock of a city named in words ("heure de Paris"), as a ``NamedZone`` of its offsets; or ``None``."""
    match = _CITY_PHRASE.fullmatch(name)
    if match is None:
        return None
    city = (match["before"] or match["after"]).lower()
    key = _CITIES[city]
    zone = _zone_info(key)
    if zone is None:
        return None
    offsets = tuple(sorted({zone.utcoffset(_JANUARY) or timedelta(0), zone.utcoffset(_JULY) or timedelta(0)}))
    return NamedZone(name, key, f"{city.title()} time", offsets[0], offsets)


PARENTHESES = re.compile(r"[(（]([^()（）\n]{1,60})[)）]")  # also the full-width brackets of CJK text


def zone_in_words(text: str) -> tzinfo | None:
    """A zone written in words anywhere in ``text``: a city's clock ("heure de Paris", "Madrid time"), or a
    zone's name in parentheses ("(Eastern)", "(Pacific time)"); ``None`` when it names none."""
    text = text[:2000]
    for inside in itertools.islice(PARENTHESES.findall(text), 10):
        inside = inside.strip()
        if inside.lower() in ABBREVIATIONS and not inside.isupper():
            continue  # "(cat)", "(west)": words, not East Africa or Western European summer time
        if (zone := zone_named(inside)) is not None:
            return zone
    if (match := _CITY_PHRASE.search(text)) is not None:
        return zone_named(match.group(0))
    for match in itertools.islice(_REGION_TIME.finditer(text), 10):
        if (zone := zone_named(match.group(0))) is not None:
            return zone
    return None


# "Eastern time", "Pacific Time", "Central European time": a zone's name with "time" after it names itself.
# (Four words: "West Central Africa Standard Time" is not Central Africa's; "Timezone" as some write it.)
_REGION_TIME = re.compile(r"\b[A-Z][a-z]{2,12}(?:[ \t][A-Z][a-z]{2,12}){0,3}[ \t]+[Tt]ime(?:[ \t]?[Zz]one)?\b")


# Abbreviations that name a place's clock whatever the season ("PT"), unlike "PST" and "PDT".
_SEASONLESS = frozenset({"pt", "mt", "ct", "et"})


def zone_note(zone: tzinfo, moment: datetime) -> str | None:
    """What a reader should know about how ``zone`` was read on ``moment`` (naive, local), if anything."""
    if not isinstance(zone, NamedZone):
        return None
    written = zone.written
    offset = zone.utcoffset(moment)
    where = f"“{written}” as {zone.label} ({offset_label(offset)})"
    ambiguous = _AMBIGUOUS.get(written.lower())
    if ambiguous:
        return f"read {where}; {ambiguous}"
    seasonal = written.lower() not in _SEASONLESS  # "ET" is the clock on the wall, summer or winter
    if len(zone.offsets) > 1 and seasonal and written.isupper() and len(written) <= 5 and offset != zone.literal:
        actual = zone.tzname(moment)
        return f"read {where}: on {moment:%B} {moment.day}, {moment.year} that clock is on {actual}, not {written}"
    return None


def literal_offset(name: str) -> timedelta | None:
    """The offset an abbreviation stands for by itself (PDT: -7 h), or ``None`` for a name not in the table."""
    entry = _TABLE.get(name.lower())
    return entry[2] if entry is not None else None
