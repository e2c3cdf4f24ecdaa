"""A day heading in a timeline whose entries write no time keeps its day: "### 21 December 2016" over untimed
bullets stays as a note before them; a plain paragraph under it, with no clock, is that day's entry."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown
from app.model import EventKind

_UNTIMED_DAYS = """# Mail outage

## Timeline

### 21 December 2016

- The mail server stopped answering
- We restarted it

### 22 December 2016

- Backups checked
"""

_DAY_OVER_PROSE = """# Build breakage

## Timeline

### 2016-10-24

A change to the argument parser is committed that makes run() return nothing.

### 2016-11-07

- 16:27 UTC the new tag is cut
"""

_TIMED_DAYS = """# Mail outage

## Timeline

### 21 December 2016

- 10:00 UTC The mail server stopped answering
- 10:20 UTC We restarted it
"""


def test_day_headings_over_untimed_entries_stay_as_notes_where_they_stood() -> None:
    events = from_markdown(_UNTIMED_DAYS).timeline
    first = events[0]
    assert (first.kind, first.time, first.text) == (EventKind.NOTE, None, "21 December 2016")
    assert [event.text for event in events] == [
        "21 December 2016",
        "The mail server stopped answering",
        "We restarted it",
        "22 December 2016",
        "Backups checked",
    ]


def test_a_day_heading_over_a_paragraph_with_no_clock_makes_it_that_days_entry() -> None:
    document = from_markdown(_DAY_OVER_PROSE)
    texts = [event.text for event in document.timeline]
    assert texts == [
        "A change to the argument parser is committed that makes run() return nothing.",
        "the new tag is cut",
    ]
    assert document.timeline[0].time == datetime(2016, 10, 24, tzinfo=UTC)  # its day, no clock
    assert document.timeline[1].time == datetime(2016, 11, 7, 16, 27, tzinfo=UTC)
    assert document.summary.start != datetime(2016, 10, 24, tzinfo=UTC)  # a day alone starts nothing


def test_a_day_heading_its_entries_take_is_no_note() -> None:
    events = from_markdown(_TIMED_DAYS).timeline
    assert [event.text for event in events] == ["The mail server stopped answering", "We restarted it"]
    assert events[0].time == datetime(2016, 12, 21, 10, 0, tzinfo=UTC)


# A blog's timeline: bold day lines over "HH:MM - …" paragraphs, one day telling its entry without a clock.
_BOLD_DAYS_OVER_PARAGRAPHS = """# Stale records

## Timeline

All times are UTC.

**May 2, 2025**

14:10 - A cleanup script removes the proxy flag from three old records.

**May 5, 2025:**

An outside scanner reports that two of the records point at missing storage.

**May 6, 2025**

09:30 - The records are deleted and the scanner comes back clean.
"""


def test_a_bold_day_line_over_a_paragraph_without_a_clock_is_that_days_entry() -> None:
    events = from_markdown(_BOLD_DAYS_OVER_PARAGRAPHS).timeline
    assert [event.text for event in events] == [
        "A cleanup script removes the proxy flag from three old records.",
        "An outside scanner reports that two of the records point at missing storage.",
        "The records are deleted and the scanner comes back clean.",
    ]
    assert events[1].time == datetime(2025, 5, 5, tzinfo=UTC)
    assert events[2].time == datetime(2025, 5, 6, 9, 30, tzinfo=UTC)


def test_a_paragraph_under_a_day_telling_its_own_times_is_not_one_dated_entry() -> None:
    text = _BOLD_DAYS_OVER_PARAGRAPHS.replace("An outside scanner reports", "At 11:20 an outside scanner reports")
    events = from_markdown(text).timeline
    assert not any(event.time == datetime(2025, 5, 5, tzinfo=UTC) for event in events)
