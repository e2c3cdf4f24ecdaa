"""A form's timeline table whose time column writes four-digit clocks ("| 0915 |"), under a details table
whose "Time" row gives the window as "0900 - 1140 (UTC)": each row is at its clock, the window is the range."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

REPORT = """\
# Incident Report - March 12th, 2024

| Date | March 12th, 2024 |
| --- | ---: |
| Time | 0900 - 1140 (UTC) |

## Timeline

| Time | Source | Description |
| ---- | ------ | ----------- |
| 0900 | `deploy` | A new ingress chart is rolled out. |
| 0925 | `alert` | Health checks fail on every node. |
| 1140 | `operator` | The chart is rolled back and traffic flows. |
"""

ONE_YEAR = """\
# Office move

## Timeline

| When | What |
| --- | --- |
| 2019 | The team moved to the new building. |
| 14:05 | The network was switched over. |
"""


def _at(hour: int, minute: int) -> datetime:
    return datetime(2024, 3, 12, hour, minute, tzinfo=UTC)


def test_each_row_of_a_four_digit_clock_column_is_at_its_clock() -> None:
    doc = from_markdown(REPORT)
    assert [event.time for event in doc.timeline] == [_at(9, 0), _at(9, 25), _at(11, 40)]


def test_a_range_of_four_digit_clocks_followed_by_a_zone_is_the_window() -> None:
    summary = from_markdown(REPORT).summary
    assert (summary.start, summary.end) == (_at(9, 0), _at(11, 40))


def test_a_lone_four_digit_number_in_a_time_column_is_not_made_a_clock() -> None:
    events = from_markdown(ONE_YEAR).timeline
    assert events[0].time is None or events[0].time.hour != 20
