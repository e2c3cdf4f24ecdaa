"""A timeline written inside a code block (``` or ~~~), as people paste a log or line up their columns: each line
is an event, and the fence marks are neither the last event's words nor a section of their own."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

_CHECKOUT = """# Incident: checkout latency spike (2025-02-11)

**Impact:** p99 checkout latency above 8 s for 35 minutes.

## Timeline (UTC)

```
2025-02-11 13:02  PagerDuty alert: checkout p99 > 5s
2025-02-11 13:24  Found the pool limit lowered in release 812
2025-02-11 13:37  Latency back to normal, incident resolved
```

## Follow-ups

- Alert on pool saturation
"""

_TILDES = """# Queue backlog

On 4 March 2025 the mail queue stalled.

## Timeline

~~~text
09:10 UTC queue depth alarm
09:40 UTC worker pool restarted
~~~
"""

_LOG_AMONG_EVENTS = """# Cache outage

On 9 May 2025 the cache cluster failed.

## Timeline

```
10:00 UTC first errors in the API
10:05 UTC failover started
```

```
ERR cache-3 unreachable (timeout 500ms)
```
"""


def test_the_last_event_of_a_fenced_timeline_ends_with_its_own_words() -> None:
    model = from_markdown(_CHECKOUT)
    texts = [event.text for event in model.timeline]
    assert texts == [
        "PagerDuty alert: checkout p99 > 5s",
        "Found the pool limit lowered in release 812",
        "Latency back to normal, incident resolved",
    ]
    assert model.timeline[-1].time == datetime(2025, 2, 11, 13, 37, tzinfo=UTC)


def test_the_fence_marks_make_no_section_of_their_own() -> None:
    for text in (_CHECKOUT, _TILDES):
        model = from_markdown(text)
        assert all("```" not in section.body and "~~~" not in section.body for section in model.extra_sections)
        assert all("```" not in event.text and "~~~" not in event.text for event in model.timeline)
    model = from_markdown(_TILDES)
    assert [event.text for event in model.timeline] == ["queue depth alarm", "worker pool restarted"]


def test_a_fenced_log_that_is_no_event_stays_as_written() -> None:
    model = from_markdown(_LOG_AMONG_EVENTS)
    assert [event.text for event in model.timeline] == ["first errors in the API", "failover started"]
    kept = "\n".join(section.body for section in model.extra_sections)
    assert "```\nERR cache-3 unreachable (timeout 500ms)\n```" in kept
