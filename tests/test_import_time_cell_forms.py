"""Time cells as people type them in a timeline table: the entry's colon left in the cell ("| 9:05 AM: |"), and
a span of minutes ("| 10:12-10:14 |"). Each row is at its clock (a span's start); a span stays in the text."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

REPORT = """\
# Checkout outage, 8 April 2025

### Timeline (all times UTC)
| Time | Actions |
| ---- | ------- |
|9:05 AM: | New payment library deployed |
|9:20 AM: | Checkout starts failing |
| 10:12-10:14 | Library rolled back on every node |
|10:30 AM: | Checkout works again |
"""


def test_each_row_is_at_its_cell_s_clock_and_a_span_at_its_start() -> None:
    events = from_markdown(REPORT).timeline
    assert [event.time for event in events] == [
        datetime(2025, 4, 8, 9, 5, tzinfo=UTC),
        datetime(2025, 4, 8, 9, 20, tzinfo=UTC),
        datetime(2025, 4, 8, 10, 12, tzinfo=UTC),
        datetime(2025, 4, 8, 10, 30, tzinfo=UTC),
    ]
    assert "10:12-10:14" in events[2].text
