"""Post-mortems written in English by teams whose first language is French (or another European one).

They write the clock the French way ("9h05 - …"), one entry a line without bullets, the zone as "All the
hours are in CET", the start as "Beginning:", the fix under "How we fixed", the service as "Service
concerned:", the due date column as "For when" and a wrong path as "We have thinked it was … Lost 20
minutes with this". A reader takes each where a native speaker's words would have gone.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind

CET = timezone(timedelta(hours=1))

REPORT = """# Post-mortem : Ticket machines refusing cards in Nantes

Written by: Hugo Lefebvre
Date of incident: 05/02/2026
Service concerned: ticket-payments

This document explains what did happen with the machines. All the hours are in CET (Paris hour, UTC+1).

## Resume of the incident

- Beginning: 05/02/2026 at 9h05
- End: 05/02/2026 at 11h40
- Impact: around 300 machines refused the bank cards.

## What happened (timeline)

9h05 - The new payment terminal configuration is pushed to the machines.
9h20 - First complaints from the station agents in Nantes.
9h35 - We have thinked it was a problem of the bank acquirer so we called them. Lost 20 minutes with this.
10h10 - Decision to restore the old configuration (valid until 28/02/2026).
11h40 - All machines accept the cards again. We close the incident.

## How we fixed

We restored the old terminal configuration on all the machines.

## Actions to do

| Action | Who | For when | State |
|---|---|---|---|
| Test the configuration on one machine first | Hugo Lefebvre | 19/02/2026 | To do |
"""


def test_unbulleted_lines_led_by_french_clocks_are_one_event_each_in_the_stated_zone() -> None:
    document = from_markdown(REPORT)

    assert [event.time for event in document.timeline] == [
        datetime(2026, 2, 5, 9, 5, tzinfo=CET),
        datetime(2026, 2, 5, 9, 20, tzinfo=CET),
        datetime(2026, 2, 5, 9, 35, tzinfo=CET),
        datetime(2026, 2, 5, 10, 10, tzinfo=CET),
        datetime(2026, 2, 5, 11, 40, tzinfo=CET),
    ]
    assert document.timeline[2].kind is EventKind.MISLEADING
    assert document.timeline[-1].kind is EventKind.RESOLUTION


def test_the_window_service_fix_and_due_column_are_read_from_their_non_native_names() -> None:
    document = from_markdown(REPORT)

    assert document.summary.start == datetime(2026, 2, 5, 9, 5, tzinfo=CET)
    assert document.summary.end == datetime(2026, 2, 5, 11, 40, tzinfo=CET)
    assert document.metadata.service == "ticket-payments"
    assert document.root_cause.resolution.startswith("We restored the old terminal configuration")
    assert [task.due for task in document.measures.tasks] == [date(2026, 2, 19)]
