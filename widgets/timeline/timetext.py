"""Event times as the pane shows and reads them.

Formatting and parsing are ``app.timefmt``'s (the readable form of the
Markdown export, "March 3, 2025, 11:12 UTC"); this module adds what the pane
needs on top: conversion into the document's display zone, and typed times
read in that zone, with a bare clock time ("11:20") taking the event's date,
else the date of the timed event above it, else the incident's start.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from app.errors import DocumentError
from app.time_input import TimeInput, read_time_input
from app.timefmt import format_timestamp


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


def read_time(
    text: str,
    zone: tzinfo | None,
    base: datetime | None,
    *,
    after_base: bool = False,
    counted_from: datetime | None = None,
) -> TimeInput:
    """A typed time and how it was read; empty text means no time.

    A time without a zone is read in the display zone (the one the pane
    shows next to every time). A clock time alone takes the date of ``base``
    in that zone (the event's own time, else the timed event above it, else
    the incident's start). With ``after_base`` (``base`` is an earlier event,
    not the event's own time) a clock time more than twelve hours before it
    is on the next day: "00:10" after 23:50 passed midnight. ``counted_from`` (the event above) is what
    "+15 min" counts from.
    """
    base_shown = in_zone(base, zone) if base is not None else None
    day = (base_shown or base).date() if base is not None else None
    previous = base if after_base else None
    return read_time_input(
        text,
        default_date=day,
        default_zone=zone,
        previous=previous,
        zone_source="the timeline's zone",
        counted_from=counted_from,
    )


def parse_time(
    text: str,
    zone: tzinfo | None,
    base: datetime | None,
    *,
    after_base: bool = False,
    counted_from: datetime | None = None,
) -> datetime | None:
    """A typed time (see ``read_time``); raises ``DocumentError`` with a one-line message when unreadable."""
    reading = read_time(text, zone, base, after_base=after_base, counted_from=counted_from)
    if reading.problem:
        raise DocumentError(reading.problem[:1].upper() + reading.problem[1:])
    return reading.value
