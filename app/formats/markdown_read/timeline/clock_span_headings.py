"""A heading that only spans the clocks of the timed entries under it: "### 09:10-09:30 UTC" over "- 09:10: …".

A long timeline is often cut into windows of time, each a heading naming its span (or its first clock), with
the entries of that window as timed bullets below. A careful reader takes the bullets as the events and the
heading as their grouping, its zone as theirs; read as an event of its own, the heading swallowed every bullet
under it into one entry. The heading says nothing the bullets do not (its clocks are theirs), so it is not
kept; a heading with words beside its clocks ("### 09:40 — Detection") is an event as before (``blocks``).
"""

from __future__ import annotations

import re

from app.formats.markdown_read.timeline.context import TimelineContext
from app.formats.markdown_read.timeline.day_zone_lines import zone_or_statement
from app.formats.markdown_read.timeline.lines import Entries
from app.formats.markdown_read.tokens import TIME_LED, Item, heading_of

_CLOCK = r"\d{1,2}(?:[:.h]\d{2})?(?:[ \t]?[ap]\.?m\.?)?"
_SPAN = re.compile(
    rf"[*_]{{0,2}}(?P<start>{_CLOCK})(?:[ \t]*(?:[-–—]|to|until|till)[ \t]*(?P<end>{_CLOCK}))?"
    r"(?:[ \t]*\(?(?P<zone>[A-Za-z][A-Za-z0-9+:/ \t-]{0,24}?)\)?)?[*_]{0,2}[ \t]*:?",
    re.IGNORECASE,
)
_TIMED_BELOW = 2
"""Timed entries under the heading that make it a window of them, not an event with a list in its text."""
_LOOK_AHEAD = 400
"""Entries looked at under the heading: enough to count two timed ones, never a whole huge timeline."""


def clock_span_heading(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """A heading that is only a clock or a span of clocks (and its zone) over two or more timed entries."""
    entry = entries[index]
    heading = heading_of(entry) if isinstance(entry, str) else None
    if heading is None:
        return None
    level, title = heading
    match = _SPAN.fullmatch(title.strip())
    if match is None or not any(ch in match["start"] for ch in ":.hHaApP"):
        return None  # "### 2024": a year or a number, not a clock
    zone = None
    if match["zone"]:
        zone = zone_or_statement(match["zone"].strip())
        if zone is None:
            return None  # "### 09:10 Outage" names no zone: a heading with words, an event
    if _timed_entries_under(entries, index + 1, level) < _TIMED_BELOW:
        return None
    if zone is not None:
        ctx.zone = ctx.draft.stated_zone(zone)
    return index + 1


def _timed_entries_under(entries: Entries, start: int, level: int) -> int:
    timed = 0
    for entry in entries[start : start + _LOOK_AHEAD]:
        if isinstance(entry, str):
            inner = heading_of(entry)
            if inner is not None and inner[0] <= level:
                break
            head = entry
        else:
            head = entry.head if isinstance(entry, Item) else ""
            head = f"- {head}"
        if TIME_LED.match(head):
            timed += 1
            if timed >= _TIMED_BELOW:
                break
    return timed
