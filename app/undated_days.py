"""Give the undated events of a document one day: their written clocks become their times.

A document that writes no date (or no year) is imported with each event's time empty and the clock it
wrote put back in front of its words ("09:41 AM (EAT): Pager fired", "10:15 — restarted nginx"; see
``app.formats.markdown_read.undated_times``). Once the user knows the day, every such event can take it
at once: its time becomes that day at its written clock, in the zone the clock names (else the
document's), and the lead leaves its words. Clocks that pass midnight in a run that was in order
(23:50, then 00:10) fall on the next day, as the importer reads a stand-in day.

A lead that looks like a clock but cannot be read ("25:61 —", "10.15 -") is left as written and
counted, so the user is told which events still need a hand. When the incident's window is empty too (the
importer leaves it empty for such a document), it is set from the events dated: from the first to the last
resolution (else the last event). Qt-free: the window shows the plan and makes it one undo step.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from app.model import EventKind, TimelineEvent
from app.time_input import after_previous
from app.timeparse import MAX_PARSE_LENGTH, Reading, read

# What a written clock looks like at the start of an event's words, markup allowed ("[10:02 PM]",
# "**10:15**", "9am:"): the cheap test that picks the events worth reading, and what makes a lead
# that cannot be read worth counting (rather than words that merely begin with a number).
_CLOCK_LEAD = re.compile(r"[ \t]*(?:\*\*|__|[*_`\[(]){0,2}\d{1,2}(?:[:.h]\d{2}(?!\d)|[ \t]?[AaPp]\.?[Mm]\b)")
# A date written before the clock ("[Oct 22, 11:02 PM]"): read only when the words start with a digit
# within their first few letters, so a timeline of plain sentences costs no reading at all.
_DIGIT_NEAR_START = 12
# Between the clock and the words: ": ", " — ", " - " (and the en dash some editors put for a hyphen).
_SEPARATOR = re.compile(r"[ \t]*(?:[:\-–—][ \t]*)?")


@dataclass(frozen=True)
class DatedEvent:
    row: int
    time: datetime
    text: str
    """The event's words without the written lead and its separator."""


@dataclass
class DayPlan:
    """What giving a day would do: the events that take it, and those whose lead cannot be read."""

    dated: list[DatedEvent] = field(default_factory=list)
    unreadable: list[int] = field(default_factory=list)
    window: tuple[datetime, datetime | None] | None = None
    """The incident's start and end to set, when the document has neither (``None``: left as it is)."""


def _reading(text: str, day: date, zone: tzinfo | None) -> Reading | None:
    """The moment a lead at the start of ``text`` writes on ``day`` (in ``zone`` unless it names one)."""
    found = read(text[: MAX_PARSE_LENGTH * 2], default_date=day, default_zone=zone, default_year=day.year)
    if found is None or not found.has_time or found.open_markup:
        return None
    return found


def _may_have_lead(event: TimelineEvent) -> bool:
    return event.time is None and any(character.isdigit() for character in event.text[:_DIGIT_NEAR_START])


def has_undated_leads(events: Sequence[TimelineEvent], day: date | None = None) -> bool:
    """Whether some event has no time and its words start with a clock that can be read."""
    anchor = day or date.today()
    return any(_may_have_lead(event) and _reading(event.text, anchor, None) is not None for event in events)


class UndatedLeadsSeen:
    """``has_undated_leads``, read again only when the timeline's revision changed: the menus and the
    tool row ask after every edit, and a keystroke elsewhere must not walk 10,000 events."""

    def __init__(self) -> None:
        self._seen: tuple[int, bool] | None = None

    def present(self, revision: int, events: Sequence[TimelineEvent]) -> bool:
        if self._seen is None or self._seen[0] != revision:
            self._seen = (revision, has_undated_leads(events))
        return self._seen[1]


def plan_day(events: Sequence[TimelineEvent], day: date, zone: tzinfo | None, *, window_empty: bool = False) -> DayPlan:
    """Each undated event with a written lead, dated on ``day`` at its clock (``zone`` unless the lead names one);
    with ``window_empty``, the incident's window those times give."""
    plan = DayPlan()
    readings: list[tuple[int, Reading]] = []
    for row, event in enumerate(events):
        if not _may_have_lead(event):
            continue
        found = _reading(event.text, day, None)
        if found is None:
            if _CLOCK_LEAD.match(event.text):
                plan.unreadable.append(row)
            continue
        readings.append((row, found))
    # The one zone the leads name ("**09:41 AM (EAT)**" over "**09:50 AM**") is the others' too, as the
    # importer reads a document that names one zone; else the document's.
    named = {found.moment.utcoffset(): found.moment.tzinfo for _, found in readings if found.has_zone}
    default = next(iter(named.values())) if len(named) == 1 else zone
    previous: datetime | None = None
    for row, found in readings:
        moment = found.moment if found.has_zone or default is None else found.moment.replace(tzinfo=default)
        if not found.has_date:
            moment = after_previous(moment, previous)
        previous = moment
        text = events[row].text
        words = text[_SEPARATOR.match(text, found.end).end() :]  # type: ignore[union-attr]  # always matches
        plan.dated.append(DatedEvent(row, moment, words))
    if window_empty and plan.dated:
        plan.window = _window(plan.dated, events)
    return plan


def _window(dated: Sequence[DatedEvent], events: Sequence[TimelineEvent]) -> tuple[datetime, datetime | None]:
    """From the earliest time to the last resolution's (else the latest time); no end when it is the start."""
    times = [event.time for event in dated]
    resolved = [event.time for event in dated if events[event.row].kind is EventKind.RESOLUTION]
    start = min(times)
    end = max(resolved) if resolved else max(times)
    return start, end if end > start else None


def plan_summary(plan: DayPlan) -> str:
    """ "12 events whose text starts with a time will get this day", and the ones left alone."""
    count = len(plan.dated)
    if count == 1:
        said = "1 event whose text starts with a time will get this day."
    else:
        said = f"{count:,} events whose text starts with a time will get this day."
    if plan.window is not None:
        said += " The incident's start and end, empty now, will be set from them."
    return f"{said} {unreadable_summary(plan)}".rstrip()


def unreadable_summary(plan: DayPlan) -> str:
    """How many leads cannot be read, and that they stay as written ("" when none)."""
    count = len(plan.unreadable)
    if not count:
        return ""
    events = "1 event starts" if count == 1 else f"{count:,} events start"
    return f"{events} with a time that cannot be read; {'it stays' if count == 1 else 'they stay'} as written."
