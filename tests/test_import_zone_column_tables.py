"""A timeline table whose time columns are headed by their zones ("| UTC | CET | What happened |") is the
report's timeline: one event a row, at the first column's clock in that column's zone, the other clock kept in
the entry's text."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

REPORT = """# Checkout outage on launch day

**Date:** 2026-03-02

## Timeline

| UTC | CET | What happened |
|---|---|---|
| 03-02 09:00 | 03-02 10:00 | Launch banner goes live |
| 09:04 | 10:04 | Checkout error rate climbs past 20% |
| 09:20 | 10:20 | Rolled back the pricing service |
| 09:31 | 10:31 | Errors back to baseline; incident closed |
"""


def test_each_row_is_one_event_at_the_first_zone_columns_clock() -> None:
    timeline = from_markdown(REPORT).timeline

    assert len(timeline) == 4
    assert [event.time for event in timeline] == [
        datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        datetime(2026, 3, 2, 9, 4, tzinfo=UTC),
        datetime(2026, 3, 2, 9, 20, tzinfo=UTC),
        datetime(2026, 3, 2, 9, 31, tzinfo=UTC),
    ]
    assert timeline[0].text.startswith("Launch banner goes live")
    assert "10:04" in timeline[1].text  # the other zone's clock is not lost


def test_a_column_named_for_a_zone_but_holding_no_clocks_is_not_a_time_column() -> None:
    report = """# Regions

## Timeline

| UTC | Region | Note |
|---|---|---|
| yes | eu-west | affected |
| no | us-east | fine |
"""
    assert all(event.time is None for event in from_markdown(report).timeline)
