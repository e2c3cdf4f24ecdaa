"""Event times as the pane shows and reads them.

Formatting and parsing belong to ``app.timefmt`` (the Markdown export's
readable form, "March 3, 2025, 11:12 UTC"); this module adapts it to the pane:
conversion into the document's display zone, a short time-only input
("11:20" keeps the event's date), and a fallback while ``app.timefmt`` is
missing so the pane never depends on another module's progress.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo

from app.errors import DocumentError

_TIME_ONLY = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")


def zone_name(zone: tzinfo | None) -> str:
    offset = (zone or UTC).utcoffset(None) or timedelta(0)
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def _fallback_format(value: datetime) -> str:
    clock = f"{value:%H:%M}" if not value.second else f"{value:%H:%M:%S}"
    return f"{value:%B} {value.day}, {value.year}, {clock} {zone_name(value.tzinfo)}"


def format_time(value: datetime, zone: tzinfo | None) -> str:
    """``value`` in ``zone`` (its own zone when None), readable, zone shown."""
    shown = value.astimezone(zone) if zone is not None else value
    try:
        from app.timefmt import format_timestamp
    except ImportError:
        return _fallback_format(shown)
    return format_timestamp(shown)


_FALLBACK_FORMATS = (
    "%B %d, %Y, %H:%M:%S",
    "%B %d, %Y, %H:%M",
    "%b %d, %Y, %H:%M:%S",
    "%b %d, %Y, %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
)
_ZONE_SUFFIX = re.compile(r"\s*(?:UTC|GMT|Z)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?\s*$", re.IGNORECASE)


def _fallback_parse(text: str) -> datetime:
    zone: tzinfo | None = None
    match = _ZONE_SUFFIX.search(text)
    if match:
        text = text[: match.start()]
        sign, hours, minutes = match.groups()
        offset = timedelta(hours=int(hours or 0), minutes=int(minutes or 0))
        zone = UTC if not offset else _fixed(-offset if sign == "-" else offset)
    for pattern in _FALLBACK_FORMATS:
        try:
            parsed = datetime.strptime(text.strip(), pattern)
        except ValueError:
            continue
        return parsed.replace(tzinfo=zone) if zone else parsed
    raise DocumentError(f"cannot read {text.strip()!r} as a time")


def _fixed(offset: timedelta) -> tzinfo:
    from datetime import timezone

    return timezone(offset)


def parse_time(text: str, zone: tzinfo | None, base: datetime | None) -> datetime | None:
    """A typed time; empty text means no time.

    A time without a zone is read in the display zone (the one the pane
    shows), and a bare clock time ("11:20") keeps the date of ``base``. Raises
    ``DocumentError`` with a one-line message for text that is not a time.
    """
    if not text.strip():
        return None
    zone = zone or UTC
    clock = _TIME_ONLY.match(text)
    if clock:
        hour, minute, second = (int(part or 0) for part in clock.groups())
        if hour > 23 or minute > 59 or second > 59:
            raise DocumentError(f"{text.strip()!r} is not a time of day")
        day = (base.astimezone(zone) if base else datetime.now(zone)).date()
        return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)
    try:
        from app.timefmt import parse_timestamp
    except ImportError:
        parsed = _fallback_parse(text)
    else:
        try:
            parsed = parse_timestamp(text)
        except DocumentError:
            raise
        except (ValueError, OverflowError) as error:
            raise DocumentError(f"cannot read {text.strip()!r} as a time") from error
    if parsed is None:
        raise DocumentError(f"cannot read {text.strip()!r} as a time")
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        parsed = parsed.replace(tzinfo=zone)
    return parsed.replace(microsecond=0)
