"""A "Response" or "Recovery" part after a timed timeline, told in prose, is a part of the report of its own: its
sentences retell the timeline's steps and are no extra events. A list under such a heading is still a group of
the timeline's entries, each of the heading's kind."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind

_RESPONSE_IN_PROSE = """# Checkout outage

## Timeline

All times are UTC.

- 07:40 - Alerts fire for failed payments
- 07:52 - The payments deploy is rolled back
- 08:05 - Payments succeed again

## Response

After the page at 07:40, Mina Okafor joined the bridge at 07:45 and looked at the payment dashboards.

## Root cause

A typo in the gateway's address.
"""

_INCIDENT_RESPONSE_IN_PROSE = """# Search outage

## Timeline

- 2024-03-02 14:02 UTC Search requests start timing out
- 2024-03-02 14:30 UTC The index is rebuilt

## Incident response:

The on-call engineer was paged at 14:05 and opened the incident channel at 14:08.
"""

_RESPONSE_AS_A_LIST = """# Queue backlog

## Timeline

- 10:00 UTC The queue depth alarm fires

## Response

- 10:10 UTC Workers scaled from 4 to 12
"""


def test_a_response_told_in_prose_adds_no_events_and_stays_a_part() -> None:
    document = from_markdown(_RESPONSE_IN_PROSE)
    assert len(document.timeline) == 3
    kept = {section.heading: section.body for section in document.extra_sections}
    assert "Mina Okafor joined the bridge" in kept["Response"]


def test_an_incident_response_told_in_prose_adds_no_events() -> None:
    document = from_markdown(_INCIDENT_RESPONSE_IN_PROSE)
    assert [event.text for event in document.timeline] == [
        "Search requests start timing out",
        "The index is rebuilt",
    ]


def test_a_response_listing_entries_is_still_read_as_the_timelines() -> None:
    events = from_markdown(_RESPONSE_AS_A_LIST).timeline
    assert len(events) == 2
    assert events[1].kind is EventKind.ACTION
