"""A day heading in a timeline whose entries write no time keeps its day: "### 21 December 2016" over untimed
bullets stays as a note before them, and over a paragraph kept as written it stays above that paragraph."""

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


def test_a_day_heading_over_a_paragraph_kept_as_written_stays_above_it() -> None:
    document = from_markdown(_DAY_OVER_PROSE)
    kept = "\n".join(section.body for section in document.extra_sections)
    assert "### 2016-10-24\n\nA change to the argument parser is committed" in kept
    assert [event.text for event in document.timeline] == ["the new tag is cut"]
    assert document.timeline[0].time == datetime(2016, 11, 7, 16, 27, tzinfo=UTC)


def test_a_day_heading_its_entries_take_is_no_note() -> None:
    events = from_markdown(_TIMED_DAYS).timeline
    assert [event.text for event in events] == ["The mail server stopped answering", "We restarted it"]
    assert events[0].time == datetime(2016, 12, 21, 10, 0, tzinfo=UTC)
