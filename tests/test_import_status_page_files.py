"""A status page's incident file kept in git: front matter naming the incident over the updates posted.

A reader takes the front matter's "date:" as the start (the page posts the incident when it begins), its
"resolvedWhen:" (or "resolved_on:") as the end, and each update as an event at its time: cState's
"::: update Resolved | 2021-03-19T10:01:00Z" blocks, or one heading per update ("## 2025-01-21T18:00:00").
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown
from app.model import EventKind

CSTATE = """---
title: Builds are slow in the EU
date: '2024-04-02T07:15:00.000Z'
severity: degraded-performance
affectedsystems:
  - builds
resolved: true
---
Builds in the EU region take three times longer than usual.

::: update Monitoring | 2024-04-02T08:40:00.000Z
A fix is deployed and build times are recovering.
:::

::: update Resolved | 2024-04-02T09:05:00.000Z
Build times are back to normal.
:::
"""


def test_cstate_updates_are_the_timeline_and_the_front_matter_the_window() -> None:
    document = from_markdown(CSTATE)
    assert document.summary.start == datetime(2024, 4, 2, 7, 15, tzinfo=UTC)
    assert document.summary.end == datetime(2024, 4, 2, 9, 5, tzinfo=UTC)
    assert [(event.time, event.kind) for event in document.timeline] == [
        (datetime(2024, 4, 2, 8, 40, tzinfo=UTC), EventKind.ACTION),
        (datetime(2024, 4, 2, 9, 5, tzinfo=UTC), EventKind.RESOLUTION),
    ]
    assert "back to normal" in document.timeline[1].text
    assert "three times longer" in document.introduction


TIMED_HEADINGS = """---
title: "File storage: outage"
date: 2025-01-21T09:30:00
resolved: true
resolvedWhen: 2025-01-21T19:00:00
severity: down
---

## 2025-01-21T18:00:00 - Storage is reachable again

* A faulty plugin was found and disabled.

## 2025-01-21T09:30:00

* File storage cannot be reached. We are working on it.
"""


def test_updates_headed_by_their_time_are_the_timeline_in_the_order_written() -> None:
    document = from_markdown(TIMED_HEADINGS)
    assert document.summary.start == datetime(2025, 1, 21, 9, 30, tzinfo=UTC)
    assert document.summary.end == datetime(2025, 1, 21, 19, 0, tzinfo=UTC)
    assert [event.time for event in document.timeline] == [
        datetime(2025, 1, 21, 18, 0, tzinfo=UTC),
        datetime(2025, 1, 21, 9, 30, tzinfo=UTC),
    ]
    assert "faulty plugin" in document.timeline[0].text
    assert [section.heading for section in document.extra_sections] == ["Front matter"]


def test_a_blogs_front_matter_date_is_not_an_incident_start() -> None:
    document = from_markdown("---\ntitle: Our week\ndate: 2024-05-01\n---\n\nWe shipped three things.\n")
    assert document.summary.start is None
