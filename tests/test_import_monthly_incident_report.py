"""A monthly report of several incidents, each under a heading that dates it and says how long it lasted.

"### June 3 09:12 UTC (lasting 48 minutes)" over paragraphs telling the window, impact and cause, then a second
such part: a reader takes the first incident as the one the form is about (its window, impact and cause, not
the report's preamble) and keeps the second as written.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

REPORT = """# Reliability report: June 2026

*By Ilse Brandt, Head of Operations · July 6, 2026*

In June we had two incidents that made parts of Quillpad slow or unavailable. We publish this
report every month.

### June 3 09:12 UTC (lasting 48 minutes)

On June 3, between 09:12 and 10:00 UTC, about 30% of note saves failed for web users. Mobile
apps kept saving offline and synced later.

The incident was caused by a schema migration that locked the notes table longer than expected.

### June 21 22:40 UTC (lasting 2 hours and 5 minutes)

On June 21, between 22:40 and 00:45 UTC, search results were up to two hours stale.

The indexer had run out of disk after a log rotation job stopped.
"""


def test_the_first_incident_gives_the_window_impact_and_cause() -> None:
    document = from_markdown(REPORT)
    assert document.summary.start == datetime(2026, 6, 3, 9, 12, tzinfo=UTC)
    assert document.summary.end == datetime(2026, 6, 3, 10, 0, tzinfo=UTC)
    assert "about 30% of note saves failed" in " ".join(document.summary.impact.split())
    assert "By Ilse Brandt" not in document.summary.impact
    assert "schema migration that locked the notes table" in document.summary.root_cause


def test_the_second_incident_is_kept_as_written() -> None:
    document = from_markdown(REPORT)
    headings = [section.heading for section in document.extra_sections]
    assert "June 21 22:40 UTC (lasting 2 hours and 5 minutes)" in headings


def test_the_first_incidents_heading_keeps_its_words() -> None:
    """Its heading is no heading of the form's, but it says which incident and how long: no word of it is lost."""
    document = from_markdown(REPORT)
    assert "June 3 09:12 UTC (lasting 48 minutes)" in document.introduction
    assert "June 3 09:12 UTC (lasting 48 minutes)" not in document.summary.impact
