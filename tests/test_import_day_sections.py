"""Days of the timeline written at the timeline's own heading level: "## Timeline", then "## July 22".

A reader takes the times under "## July 22" as that day's, not the day the title names: the heading is only a
date, it follows the timeline, and times stand under it. A date heading with no times under it
stays a section of its own.
"""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown

_SIBLING_DAY = """\
# Incident report March 3 2024 - search index stuck

## Timeline

_All times in UTC_

## March 4
2:10
Indexer alert fires

6:45 AM
On-call engineer restarts the indexer
"""

_TWO_DAYS = """\
# Queue outage, 10 May 2023

## Summary

The queue stopped for a night.

## Timeline

## Thursday, 11 May 2023
- 23:40 consumers stop acking
## Friday, 12 May 2023
- 00:20 broker restarted, queue drains

## Root cause

A full disk on the broker.
"""

_NOT_A_DAY = """\
# Incident report March 3 2024 - search index stuck

## Timeline

- 09:00 alert fires
- 09:30 index rebuilt

## March 4

We met the next morning and agreed the rebuild should be automatic.
"""


def test_times_under_a_sibling_date_heading_take_its_day() -> None:
    doc = from_markdown(_SIBLING_DAY)
    days = [event.time.date() for event in doc.timeline if event.time is not None]
    assert days == [date(2024, 3, 4), date(2024, 3, 4)]
    assert doc.timeline[0].text.startswith("Indexer alert fires")
    assert not doc.extra_sections


def test_each_sibling_day_heading_dates_the_entries_under_it() -> None:
    doc = from_markdown(_TWO_DAYS)
    days = [event.time.date() for event in doc.timeline if event.time is not None]
    assert days == [date(2023, 5, 11), date(2023, 5, 12)]
    assert "full disk" in doc.root_cause.cause


def test_a_date_heading_with_no_times_under_it_stays_a_section() -> None:
    doc = from_markdown(_NOT_A_DAY)
    assert [section.heading for section in doc.extra_sections] == ["March 4"]
    assert len(doc.timeline) == 2
