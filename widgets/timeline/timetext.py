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


def format_time(value: datetime, zone: tzinfo | None) -> str:
    """``value`` in ``zone`` (its own zone when None), readable, zone shown."""
    return format_timestamp(value.astimezone(zone) if zone is not None else value)


def parse_time(text: str, zone: tzinfo | None, base: datetime | None) -> datetime | None:
    """A typed time; empty text means no time.

    A time without a zone is read in the display zone (the one the pane
    shows next to every time), and a clock time alone takes the date of
    ``base`` in that zone. Raises ``DocumentError`` with a one-line message
    for text that is not a time.
    """
    if not text.strip():
        return None
    day = base.astimezone(zone).date() if base is not None and zone is not None else base.date() if base else None
    parsed = parse_timestamp(text, default_date=day, default_zone=zone)
    if parsed is None:
        shown = text.strip()
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        hint = "a time such as 11:20 or March 3, 2025, 11:20 UTC"
        raise DocumentError(f"cannot read {shown!r} as a time; type {hint}")
    return parsed.replace(microsecond=0)
