"""Event times as the pane shows and reads them.

Formatting and parsing are ``app.timefmt``'s (the readable form of the
Markdown export, "March 3, 2025, 11:12 UTC"); this module adds what the pane
needs on top: conversion into the document's display zone, and typed times
read in that zone, with a bare clock time ("11:20") keeping the event's date.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from app.errors import DocumentError
from app.timefmt import format_timestamp, parse_timestamp


def in_zone(value: datetime, zone: tzinfo | None) -> datetime | None:
    """``value`` in ``zone`` (its own zone when None); None when the calendar ends there.

    January 1 of year 1 at UTC+00:01 is still December 31 of year 0 in UTC, and
    December 31 of 9999 at UTC-00:01 is already year 10,000: ``astimezone``
    raises ``OverflowError`` for both.
    """
    if zone is None:
        return value
    try:
        return value.astimezone(zone)
    except OverflowError:
        return None


def format_time(value: datetime, zone: tzinfo | None) -> str:
    """``value`` in ``zone``, readable, zone shown; as written when ``zone`` cannot show it."""
    shown = in_zone(value, zone)
    return format_timestamp(shown if shown is not None else value)


def zone_problem(value: datetime | None, zone: tzinfo | None) -> str:
    """Why ``value`` is shown as written rather than in ``zone`` ("" when it is not)."""
    if value is None or in_zone(value, zone) is not None:
        return ""
    return "This time falls outside the calendar in the timeline's zone, so it is shown as written."


def parse_time(text: str, zone: tzinfo | None, base: datetime | None) -> datetime | None:
    """A typed time; empty text means no time.

    A time without a zone is read in the display zone (the one the pane
    shows next to every time), and a clock time alone takes the date of
    ``base`` in that zone. Raises ``DocumentError`` with a one-line message
    for text that is not a time.
    """
    if not text.strip():
        return None
    base_shown = in_zone(base, zone) if base is not None else None
    day = (base_shown or base).date() if base is not None else None
    parsed = parse_timestamp(text, default_date=day, default_zone=zone)
    if parsed is None:
        shown = text.strip()
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        hint = "a time such as 11:20 or March 3, 2025, 11:20 UTC"
        raise DocumentError(f"cannot read {shown!r} as a time; type {hint}")
    return parsed.replace(microsecond=0)
