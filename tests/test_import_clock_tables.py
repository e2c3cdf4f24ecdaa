"""A table of clock times under another heading than the timeline ("Resolution and recovery" / "Immediate
actions") is the report's timeline: its rows are events, not the resolution's text."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_QUEUE = """# Queue backlog in the EU cluster

- **Incident Start:** 2025-05-12 09:10 UTC
- **Incident End:** 2025-05-12 10:05 UTC

## Summary

The EU job queue stopped draining after a config push.

## Root cause

A bad consumer limit was pushed.

## Resolution and recovery

### Immediate actions

| Time (UTC) | Action |
|------------|--------|
| 09:20 | On-call engineer paused the scheduler |
| 09:34 | Rolled back the consumer limit |
| ~09:50 | Backlog drained and queue healthy again |

### Resolution

The queue was restored by rolling back the consumer limit.
"""


def test_clock_table_under_the_resolution_gives_the_timeline() -> None:
    document = from_markdown(_QUEUE)
    assert [event.time.strftime("%H:%M") for event in document.timeline if event.time] == ["09:20", "09:34", "09:50"]
    assert "paused the scheduler" in document.timeline[0].text
    assert "|" not in document.root_cause.resolution
    assert "restored by rolling back the consumer limit" in document.root_cause.resolution


def test_clock_table_in_an_unnamed_section_is_the_timeline() -> None:
    text = """# Disk full on the build host

Date: 3 March 2024, times in CET.

## What we did

| When | Step |
|---|---|
| 8:05 am | Build jobs start failing |
| 8:40 am | Old artifacts removed by the on-call |
"""
    document = from_markdown(text)
    assert [event.time.strftime("%H:%M") for event in document.timeline if event.time] == ["08:05", "08:40"]


def test_a_table_of_owners_and_due_dates_stays_where_it_is() -> None:
    text = """# Login errors

## Timeline

- 2024-06-01 10:00 UTC errors start

## Action items

| Owner | Due | Task |
|---|---|---|
| Ana | 2024-06-10 | Add a login alert |
| Bo | 2024-06-12 | Retry the token refresh |
"""
    document = from_markdown(text)
    assert len(document.timeline) == 1
    assert len(document.measures.tasks) == 2


def test_a_second_clock_table_does_not_replace_the_timeline_section() -> None:
    text = """# Cache wipe

## Timeline

- 2024-06-01 10:00 UTC cache wiped

## Resolution

| Time | Action |
|---|---|
| 10:20 | Worker scaled to zero |
| 10:30 | Cache refilling |
"""
    document = from_markdown(text)
    assert [event.text for event in document.timeline] == ["cache wiped"]
    assert "Worker scaled to zero" in document.root_cause.resolution
