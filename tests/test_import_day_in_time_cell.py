"""A timeline table dated once, whose time cells name a row's day relative to it: "~23:29 (previous day)",
"(ngày hôm trước)" in Vietnamese, "06:10 (next day)". The row goes on that day, the rows after it follow."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

PREVIOUS_EVENING = """\
---
date: "2026-04-14"
---
# Queue outage

## Timeline

| Time (UTC) | Event |
|---|---|
| 22:40 (the day before) | A config change to the queue's retention was merged. |
| 08:05 | Consumers began to fall behind. |
| 08:30 | Retention reverted; consumers caught up. |
"""

VIETNAMESE = """\
---
date: "2026-07-03"
---
# Sự cố hàng đợi

## Dòng thời gian

| Thời gian (UTC) | Sự kiện |
|---|---|
| ~21:15 (tối hôm trước) | Cron dọn dẹp được triển khai với cấu hình mới. |
| 07:50 | Báo cáo ngày trống, khách hàng phản ánh. |
| — | Kiểm tra log của cron. |
"""

INTO_THE_NEXT_DAY = """\
**Date:** 2026-11-20

## Timeline

| Time | Event |
|---|---|
| 21:00 | Maintenance window opened. |
| 23:30 | Migration started. |
| 06:10 (next day) | Migration finished; service back. |
"""


def _at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


def test_a_row_told_on_the_previous_day_goes_before_the_table_s_day() -> None:
    times = [event.time for event in from_markdown(PREVIOUS_EVENING).timeline]
    assert times == [_at("2026-04-13T22:40"), _at("2026-04-14T08:05"), _at("2026-04-14T08:30")]


def test_the_vietnamese_words_for_the_evening_before_are_read_the_same() -> None:
    events = from_markdown(VIETNAMESE).timeline
    assert [event.time for event in events] == [_at("2026-07-02T21:15"), _at("2026-07-03T07:50"), None]
    assert "tối hôm trước" in events[0].text  # the approximate clock is kept as written


def test_a_row_told_on_the_next_day_goes_after_midnight() -> None:
    events = from_markdown(INTO_THE_NEXT_DAY).timeline
    assert events[2].time is not None and events[2].time.date().isoformat() == "2026-11-21"
    assert events[2].time.hour == 6 and events[2].time.minute == 10


# The day words before the clock, and an evening that ends less than half a day before the next row's clock.
WORDS_FIRST = """\
**Date:** 2026-02-09

## Timeline

| Time (UTC) | Event |
|---|---|
| Day before, 17:20 | A feature flag was switched on for every tenant. |
| 19:45 | The nightly export ran with the flag on. |
| 09:05 | Support saw the first tickets about empty exports. |
| 09:40 | The flag was switched off. |
"""


def test_day_words_before_the_clock_place_that_row_on_the_evening_before_and_the_next_morning_comes_back() -> None:
    times = [event.time for event in from_markdown(WORDS_FIRST).timeline]
    assert times == [
        _at("2026-02-08T17:20"),
        _at("2026-02-08T19:45"),  # still that evening: its clock goes on from the row above
        _at("2026-02-09T09:05"),  # the clock goes back: the table's own day
        _at("2026-02-09T09:40"),
    ]
