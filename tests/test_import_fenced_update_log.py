"""A log of dated updates pasted in a plain code fence, in a report with no timeline, is read as its timeline:
each update an event at its stamped moment, its later paragraphs part of its text; the window the closing
update states ("Between 09:10 UTC & 10:45 UTC today") is the incident's."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown
from app.model import EventKind

_LOG_NEWEST_FIRST = """# Object storage uploads failing

## Observed behaviour

```text
[2025-11-03 11:20:41 UTC] Storage team (Resolved): Between 09:10 UTC & 10:45 UTC today, uploads to one region failed.

Uploads have been working normally since the rollback.
[2025-11-03 10:58:02 UTC] Storage team (Monitoring): A rollback of the gateway was completed.
[2025-11-03 10:31:15 UTC] Storage team (Investigating): We are looking into failed uploads.
```

## Follow-up

- [ ] Alert on upload error rate
"""

_LOG_WITHOUT_ZONE_OR_SECONDS = """# Login outage

~~~
[2024-02-14 08:05] Identity on-call: Logins are failing for some users.
[2024-02-14 08:40] Identity on-call: The expired certificate was replaced; logins work again.
~~~
"""

_CODE_WITH_STAMPS = """# Cron drift

## Logs

```python
[2024-02-14 08:05] = "start"
[2024-02-14 08:40] = "end"
```
"""


def test_a_fenced_update_log_is_the_timeline_with_each_updates_paragraphs() -> None:
    document = from_markdown(_LOG_NEWEST_FIRST)
    by_time = {event.time: event for event in document.timeline}
    assert len(document.timeline) == 3
    resolved = by_time[datetime(2025, 11, 3, 11, 20, 41, tzinfo=UTC)]
    assert "working normally since the rollback" in resolved.text
    assert resolved.kind is EventKind.RESOLUTION
    assert "```" not in "\n".join(section.body for section in document.extra_sections)


def test_the_window_the_closing_update_states_is_the_incidents() -> None:
    summary = from_markdown(_LOG_NEWEST_FIRST).summary
    assert (summary.start, summary.end) == (
        datetime(2025, 11, 3, 9, 10, tzinfo=UTC),
        datetime(2025, 11, 3, 10, 45, tzinfo=UTC),
    )


def test_a_tilde_fence_of_dated_lines_is_read_too() -> None:
    events = from_markdown(_LOG_WITHOUT_ZONE_OR_SECONDS).timeline
    assert [event.text for event in events][-1].endswith("logins work again.")
    assert len(events) == 2


def test_a_fence_naming_a_language_stays_code() -> None:
    document = from_markdown(_CODE_WITH_STAMPS)
    assert document.timeline == []
