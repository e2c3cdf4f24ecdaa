"""Key timestamps written name first: "Alert raised: 12 Feb 2025, 14:02 CET", one to a line.

A reader sees the incident's course in such a block: each line a moment, its name saying what happened
then (an alert is the detection, a declaration the escalation, "Mitigated" a step taken, "Resolved" the
end). Under a timeline heading, or above the sections of a report that has no timeline, they are its
events; a header's "Date:" or "Last updated:" line, or a value with words besides its time, is none.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind

CET = timezone(timedelta(hours=1))

ABOVE_THE_SECTIONS = """# Incident report: checkout latency

Date: 12 Feb 2025, 09:00 CET
Alert raised: 12 Feb 2025, 14:02 CET
Incident declared: 12 Feb 2025, 14:10 CET
Mitigated: 12 Feb 2025, 14:55 CET
Resolved: 12 Feb 2025, 15:20 CET

## What happened

Checkout requests slowed to eight seconds after a config push halved the payment client's pool.
"""


def test_key_timestamps_above_the_sections_are_the_timeline() -> None:
    imported = from_markdown(ABOVE_THE_SECTIONS)
    assert [(event.kind, event.time, event.text) for event in imported.timeline] == [
        (EventKind.DETECTION, datetime(2025, 2, 12, 14, 2, tzinfo=CET), "Alert raised"),
        (EventKind.ESCALATION, datetime(2025, 2, 12, 14, 10, tzinfo=CET), "Incident declared"),
        (EventKind.ACTION, datetime(2025, 2, 12, 14, 55, tzinfo=CET), "Mitigated"),
        (EventKind.RESOLUTION, datetime(2025, 2, 12, 15, 20, tzinfo=CET), "Resolved"),
    ]
    assert imported.summary.start == datetime(2025, 2, 12, 14, 2, tzinfo=CET)
    assert imported.summary.end == datetime(2025, 2, 12, 15, 20, tzinfo=CET)
    assert "slowed to eight seconds" in imported.summary.impact
    assert "Date: 12 Feb 2025" in imported.introduction  # the header's own data stays where it was written


UNDER_A_HEADING = """# Search index rebuild stall

## Key timestamps

- **First customer report:** 2024-09-03 08:41 UTC
- **On-call paged:** 2024-09-03 08:47 UTC
- **Root cause identified:** 2024-09-03 09:30 UTC
- **All clear:** 2024-09-03 10:05 UTC

## Root Cause

The rebuild job held a lock the search nodes waited on.
"""


def test_key_timestamps_under_their_own_heading_name_their_kinds() -> None:
    imported = from_markdown(UNDER_A_HEADING)
    assert [(event.kind, event.text) for event in imported.timeline] == [
        (EventKind.DETECTION, "First customer report"),
        (EventKind.ESCALATION, "On-call paged"),
        (EventKind.ACTION, "Root cause identified"),
        (EventKind.RESOLUTION, "All clear"),
    ]
    assert imported.timeline[0].time == datetime(2024, 9, 3, 8, 41, tzinfo=UTC)
    assert not imported.extra_sections


TWO_LABELS_ARE_A_WINDOW = """# Mail delays

Detected: 3 March 2024, 10:00 UTC
Resolved: 3 March 2024, 11:00 UTC

## Summary

Outgoing mail queued for an hour.
"""


def test_two_labels_in_a_header_stay_its_window() -> None:
    imported = from_markdown(TWO_LABELS_ARE_A_WINDOW)
    assert imported.timeline == []
    assert imported.summary.end == datetime(2024, 3, 3, 11, 0, tzinfo=UTC)


WORDS_BESIDE_THE_TIME = """# Disk full on the build host

## Timeline

- Alert raised: 2024-05-01 14:05 UTC
- Last updated: 2024-05-01 18:00 UTC
- Disk cleaned: about 15:00, after the nightly job
"""


def test_a_label_with_words_besides_its_time_or_of_the_report_is_no_milestone() -> None:
    events = from_markdown(WORDS_BESIDE_THE_TIME).timeline
    assert (events[0].text, events[0].time) == ("Alert raised", datetime(2024, 5, 1, 14, 5, tzinfo=UTC))
    texts = [event.text for event in events]
    assert "Last updated" not in texts
    assert any("about 15:00, after the nightly job" in text for text in texts)  # its words kept whole


AFTER_THE_END = """# Checkout latency

Alert raised: 12 Feb 2025, 14:02 CET
Mitigated: 12 Feb 2025, 14:55 CET
Resolved: 12 Feb 2025, 15:20 CET
Review held: 14 Feb 2025, 10:00 CET

## What happened

Checkout slowed after a config push.
"""


def test_a_milestone_after_the_resolution_is_its_own_event_not_the_resolutions_words() -> None:
    imported = from_markdown(AFTER_THE_END)
    assert [(event.kind, event.text) for event in imported.timeline] == [
        (EventKind.DETECTION, "Alert raised"),
        (EventKind.ACTION, "Mitigated"),
        (EventKind.RESOLUTION, "Resolved"),
        (EventKind.NOTE, "Review held"),
    ]
    assert imported.summary.end == datetime(2025, 2, 12, 15, 20, tzinfo=CET)


STATUS_UPDATES = """# Elevated API errors

## Timeline

Investigating: 3 Mar 2024, 09:58 UTC
We are looking into elevated error rates.

Resolved: 3 Mar 2024, 11:42 UTC
All requests are served normally.
"""


def test_a_status_over_its_own_words_keeps_them() -> None:
    texts = [event.text for event in from_markdown(STATUS_UPDATES).timeline]
    assert any("looking into elevated error rates" in text for text in texts)
    assert any("served normally" in text for text in texts)


STARTING_WITH_THE_START = """# Queue backlog on the ingest cluster

## Timeline

- **Started:**            2024-11-05 21:40 UTC
- **Pager fired:**        2024-11-05 21:44 UTC
- **Consumers scaled:**   2024-11-05 22:10 UTC
- **Backlog drained:**    2024-11-05 23:05 UTC

## Why it happened

A deploy halved the consumers.
"""


def test_a_start_among_milestones_is_the_first_event_at_its_time() -> None:
    events = from_markdown(STARTING_WITH_THE_START).timeline
    assert [(event.text, event.time) for event in events[:2]] == [
        ("Started", datetime(2024, 11, 5, 21, 40, tzinfo=UTC)),
        ("Pager fired", datetime(2024, 11, 5, 21, 44, tzinfo=UTC)),
    ]
    assert len(events) == 4


def test_a_start_and_an_end_alone_over_timed_entries_are_no_events() -> None:
    imported = from_markdown(
        "# Queue backlog\n\n## Timeline\n\nStart: 2024-11-05 21:40 UTC\nEnd: 2024-11-05 23:05 UTC\n\n"
        "- 21:44 UTC pager fired\n- 23:05 UTC backlog drained\n"
    )
    assert [event.text for event in imported.timeline] == ["pager fired", "backlog drained"]


def test_a_milestone_told_as_a_stretch_of_time_is_at_its_start_its_value_kept() -> None:
    events = from_markdown(
        "# Slow replicas\n\n## Timeline\n\n- **Lag alert:**      2024-02-14 06:10 UTC\n"
        "- **Lag persisted:**   2024-02-14 06:20-07:05 UTC\n- **Replicas healthy:** 2024-02-14 07:15 UTC onwards\n"
    ).timeline
    assert [(event.text, event.time) for event in events[1:]] == [
        ("Lag persisted (2024-02-14 06:20-07:05 UTC)", datetime(2024, 2, 14, 6, 20, tzinfo=UTC)),
        ("Replicas healthy (2024-02-14 07:15 UTC onwards)", datetime(2024, 2, 14, 7, 15, tzinfo=UTC)),
    ]
