"""A Teams channel copied as text, a timeline split in two sections, an author's role, a service desk's report."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind, Status

EDT = timezone(timedelta(hours=-4))

TEAMS_COPY = """Checkout search outage  >  Posts

Mara Quint
5/5 10:05 PM
Opening this channel for alert SEARCH-EMPTY: zero results on every query. I'm IC.
👍 2

    Theo Park
    5/5 10:09 PM
    looking. the cluster is green, so probably not the nodes

Theo Park
5/5 11:40 PM
found it, the alias points at the empty index (edited)

Theo Park
5/6 12:20 AM
Starting replay of the indexing queue into the old index

Mara Quint
5/6 1:15 AM
results are back to normal. Calling it resolved.
🎉 4

Mara Quint
5/6 9:30 AM
📌 Pinned
Title: Empty search results after an alias swap
Severity: Sev 3
Summary author: Mara Quint (IC)
Status: Final

When: Tuesday May 5, 2026 10:01 PM ET to Wednesday May 6, 2026 1:15 AM ET. All times here are Eastern (EDT).

Impact: about 4,000 searches returned nothing.

Root cause: the alias was pointed at an index that had not been filled yet.

Resolution: pointed the alias back and replayed the queue.

Follow-ups:
1. Check the document count before any alias swap - Owner: Theo Park - Due 5/20
2. Write to the affected sellers - Owner: Mara Quint - Done
👍 5
"""


def test_a_teams_channel_gives_a_timeline_of_its_messages_and_its_pinned_summary_gives_the_fields():
    document = from_markdown(TEAMS_COPY)
    meta, summary = document.metadata, document.summary
    assert meta.title == "Empty search results after an alias swap"
    assert meta.severity == "SEV3"
    assert meta.status is Status.FINAL
    assert meta.authors and meta.authors[0].startswith("Mara Quint")
    assert summary.start == datetime(2026, 5, 5, 22, 1, tzinfo=EDT)
    assert summary.end == datetime(2026, 5, 6, 1, 15, tzinfo=EDT)
    assert "4,000 searches" in summary.impact
    assert "not been filled" in summary.root_cause
    events = [(event.time, event.kind, event.text) for event in document.timeline]
    assert events[0][:2] == (datetime(2026, 5, 5, 22, 5, tzinfo=EDT), EventKind.DETECTION)
    assert events[0][2].startswith("Mara Quint: Opening this channel")
    assert [time for time, _, _ in events] == [
        datetime(2026, 5, 5, 22, 5, tzinfo=EDT),
        datetime(2026, 5, 5, 22, 9, tzinfo=EDT),
        datetime(2026, 5, 5, 23, 40, tzinfo=EDT),
        datetime(2026, 5, 6, 0, 20, tzinfo=EDT),
        datetime(2026, 5, 6, 1, 15, tzinfo=EDT),
    ]
    assert events[3][1] is EventKind.ACTION  # "Starting replay of …"
    assert events[4][1] is EventKind.RESOLUTION
    tasks = document.measures.tasks
    assert [(task.owner, task.due) for task in tasks] == [("Theo Park", date(2026, 5, 20)), ("Mara Quint", None)]
    assert tasks[1].status.value == "done"


def test_a_chat_message_calling_the_incident_resolved_after_the_impact_ended_is_the_resolution():
    document = from_markdown(TEAMS_COPY.replace("results are back to normal. Calling", "ok. Calling"))
    assert document.timeline[-1].kind is EventKind.RESOLUTION


SPLIT_TIMELINE = """# Postmortem: Stale prices after a cache key change

**Severity:** SEV-3

## Summary

Prices shown in the shop were a day old from Monday, June 1, 2026 at 18:10 UTC to Tuesday afternoon.

## Timeline — Day 1 (Monday)

- **18:10 UTC** — Cache key change deployed.
- **21:30 UTC** — First customer email about old prices.

## What we considered

We thought about flushing the whole cache at night but waited for the morning.

## Timeline — Day 2 (Tuesday)

- **08:15 UTC** — Cache flushed region by region.
- **14:40 UTC** — Prices current everywhere. Incident resolved.
"""


def test_a_timeline_split_in_two_sections_with_another_between_gives_all_its_events_in_order():
    document = from_markdown(SPLIT_TIMELINE)
    timed = [(event.time, event.text) for event in document.timeline if event.time is not None]
    assert [text for _, text in timed] == [
        "Cache key change deployed.",
        "First customer email about old prices.",
        "Cache flushed region by region.",
        "Prices current everywhere. Incident resolved.",
    ]
    assert timed[2][0] - timed[1][0] == timedelta(hours=10, minutes=45)  # the next morning
    assert [section.heading for section in document.extra_sections] == ["What we considered"]


def test_an_author_with_a_role_after_a_comma_is_the_person_and_the_role_is_kept():
    document = from_markdown("Outage report\n\nPrepared by: Ifeoma Nwosu, Change Manager\n\nThe VPN was down.\n")
    assert document.metadata.authors == ["Ifeoma Nwosu"]
    assert "Change Manager" in document.introduction


def test_the_service_desk_raising_an_incident_is_its_detection():
    document = from_markdown(
        "# T\n\n**Date:** 2026-04-02\n\n## Timeline\n\n- 08:41 — Print spooler update applied\n"
        "- 08:50 — Service desk raises a P3 incident after calls about slow printing\n"
    )
    assert document.timeline[1].kind is EventKind.DETECTION
