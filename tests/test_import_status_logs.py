"""Incident logs whose updates are not under a Timeline heading: a status page's front matter list, a diary's
clock headings.

A Jekyll status page may keep the whole incident in its front matter ("date:", "resolvedDate:", an
"incident_states:" list of status and content) with no body; a personal status log names its day in its title
and heads each update with its time ("### 11:28 UTC"). A reader takes either as the incident's timeline.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind

YAML_STATES = """---
layout: post
title: Login failures in Frankfurt
status: resolved
date: 2024-02-11 08:05 UTC
resolvedDate: 2024-02-11 09:40 UTC
incident_states:
- status: investigating
  content: 'Some customers cannot log in to the dashboard. We''re looking into it.'
- status: update
  content: ''
  date:
- status: resolved
  content: 'Logins work again for everyone.'
---
"""


def test_a_status_pages_front_matter_states_are_its_timeline_and_its_dates_the_window() -> None:
    document = from_markdown(YAML_STATES)
    assert document.summary.start == datetime(2024, 2, 11, 8, 5, tzinfo=UTC)
    assert document.summary.end == datetime(2024, 2, 11, 9, 40, tzinfo=UTC)
    texts = [event.text for event in document.timeline]
    assert len(texts) == 2  # the empty update posts nothing
    assert "We're looking into it" in texts[0]
    assert "Logins work again" in texts[1]
    assert document.timeline[1].kind is EventKind.RESOLUTION


DATED_STATES = """---
title: API errors
date: 2023-09-04 13:00 +0200
resolvedDate: 2023-09-04 14:30 +0200
incident_states:
  - status: identified
    content: "A bad deploy returns errors on the orders API."
    date: 2023-09-04 13:20 +0200
  - status: resolved
    content: "The deploy was rolled back; the API answers normally."
    date: 2023-09-04 14:30 +0200
services: [api]
---
"""


def test_a_front_matter_state_with_its_own_date_is_at_that_time() -> None:
    document = from_markdown(DATED_STATES)
    plus_two = timezone(timedelta(hours=2))
    assert [event.time for event in document.timeline] == [
        datetime(2023, 9, 4, 13, 20, tzinfo=plus_two),
        datetime(2023, 9, 4, 14, 30, tzinfo=plus_two),
    ]
    assert "rolled back" in document.timeline[1].text


CLOCK_HEADINGS = """2022-03-14
==========

My mail provider had an outage; some of my mail was bounced.

### 09:10 UTC

Mail to my domain is bounced with a DNS error.

### 09:45 UTC

Host says they found a broken resolver and are replacing it.

### 10:05 UTC

Provider reports service has been restored.

Test mails arrive again.
"""


def test_clock_headings_under_a_dated_title_are_the_timeline_on_that_day() -> None:
    document = from_markdown(CLOCK_HEADINGS)
    assert [event.time for event in document.timeline] == [
        datetime(2022, 3, 14, 9, 10, tzinfo=UTC),
        datetime(2022, 3, 14, 9, 45, tzinfo=UTC),
        datetime(2022, 3, 14, 10, 5, tzinfo=UTC),
    ]
    assert "bounced" in document.timeline[0].text
    assert document.timeline[2].kind is EventKind.RESOLUTION
    assert document.summary.end == datetime(2022, 3, 14, 10, 5, tzinfo=UTC)
    assert not document.extra_sections


CLOCK_HEADINGS_12H = """# Printer server outage, Tuesday 5 March 2024

All times in UTC.

## 2:05 PM

Print jobs stopped reaching the printers.

## 2:40 PM

Restarted the spooler; jobs flow again and the service is back online.
"""


def test_twelve_hour_clock_headings_are_the_timeline() -> None:
    document = from_markdown(CLOCK_HEADINGS_12H)
    assert [event.time for event in document.timeline] == [
        datetime(2024, 3, 5, 14, 5, tzinfo=UTC),
        datetime(2024, 3, 5, 14, 40, tzinfo=UTC),
    ]
