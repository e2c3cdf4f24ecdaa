"""A timeline cut into windows of time: "### 21:00-21:40 CET" headings, each over the timed bullets of that window.

The bullets are the events (each at its own clock, in the heading's zone); the heading groups them and is not an
event holding them all. A heading with words beside its clock is still an event, as is a clock heading over a
paragraph.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind

REPORT = """\
# Search cluster slowdown

## Summary
On 8 October 2025 searches on the help centre timed out for about an hour.

## Timeline

### 21:00-21:40 CET
- 21:02: Latency alert for the search cluster reached the on-call phone.
- 21:09: Lena restarted the query nodes, unfortunately without success.
- 21:31: Storage team called in.

### 21:40 - 22:05 CET
- 21:48: A runaway reindex job was found holding every shard.
- 22:03: The job was stopped and search latency went back to normal.

## Root cause
A reindex job started without a rate limit.
"""

CENTRAL_EUROPE_SUMMER = timezone(timedelta(hours=2))  # 8 October is still summer time in Europe


def test_each_bullet_under_a_window_heading_is_an_event_at_its_own_clock() -> None:
    timeline = from_markdown(REPORT).timeline
    assert [event.text for event in timeline] == [
        "Latency alert for the search cluster reached the on-call phone.",
        "Lena restarted the query nodes, unfortunately without success.",
        "Storage team called in.",
        "A runaway reindex job was found holding every shard.",
        "The job was stopped and search latency went back to normal.",
    ]
    assert timeline[0].time == datetime(2025, 10, 8, 21, 2, tzinfo=CENTRAL_EUROPE_SUMMER)
    assert timeline[-1].time == datetime(2025, 10, 8, 22, 3, tzinfo=CENTRAL_EUROPE_SUMMER)
    assert timeline[0].kind is EventKind.DETECTION
    assert timeline[-1].kind is EventKind.RESOLUTION


def test_a_step_that_did_not_work_is_a_misleading_path() -> None:
    timeline = from_markdown(REPORT).timeline
    assert timeline[1].kind is EventKind.MISLEADING
    to_no_avail = REPORT.replace("unfortunately without success", "to no avail")
    assert from_markdown(to_no_avail).timeline[1].kind is EventKind.MISLEADING


def test_a_single_clock_heading_over_timed_bullets_groups_them_too() -> None:
    hourly = REPORT.replace("### 21:00-21:40 CET", "### 21:00 CET").replace("### 21:40 - 22:05 CET", "### 21:45")
    assert len(from_markdown(hourly).timeline) == 5


def test_a_clock_heading_over_a_paragraph_stays_an_event() -> None:
    titled = """\
# Search cluster slowdown, 8 October 2025

## Timeline

### 21:02 CET
The latency alert reached the on-call phone; Lena acknowledged it at 21:03.

### 21:48 CET - Found it
A runaway reindex job was holding every shard.
"""
    timeline = from_markdown(titled).timeline
    assert len(timeline) == 2
    assert timeline[0].text.startswith("The latency alert")
    assert timeline[0].time == datetime(2025, 10, 8, 21, 2, tzinfo=CENTRAL_EUROPE_SUMMER)
    assert timeline[1].text.startswith("Found it")
