"""Approximate clocks written after a day or inside bold ("| 2025-03-02 ~22:10 |", "**~19:30 UTC** - x",
"~22:15 onward"), and a window row explained in brackets ("| Start | 2025-03-02 22:10 JST (from the logs) |"):
the time is read, and the words saying it is approximate stay in the text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

JST = timezone(timedelta(hours=9))


def test_a_table_cell_with_a_day_then_an_approximate_clock_is_timed() -> None:
    text = (
        "# Disk full\n\n## Timeline (all times JST)\n\n| When | What |\n|---|---|\n"
        "| 2025-03-02 ~22:10 | Disk fills up |\n| 2025-03-02 ~22:15 onward | Writes pile up |\n"
        "| 2025-03-03 09:05 | Disk grown |\n"
    )
    events = from_markdown(text).timeline
    assert [event.time for event in events] == [
        datetime(2025, 3, 2, 22, 10, tzinfo=JST),
        datetime(2025, 3, 2, 22, 15, tzinfo=JST),
        datetime(2025, 3, 3, 9, 5, tzinfo=JST),
    ]
    assert "~22:15 onward" in events[1].text


def test_an_approximate_clock_inside_bold_is_timed() -> None:
    text = (
        "# Lost tables\n\n**Date:** 2025-08-01\n\n## Timeline\n\n"
        "1. **04:28 UTC** - Deploy failed\n2. **~19:30 UTC** - Users saw errors\n"
    )
    events = from_markdown(text).timeline
    assert [event.time for event in events] == [
        datetime(2025, 8, 1, 4, 28, tzinfo=UTC),
        datetime(2025, 8, 1, 19, 30, tzinfo=UTC),
    ]
    assert "~19:30" in events[1].text


def test_a_start_row_explained_in_brackets_gives_the_window() -> None:
    text = (
        "# Disk full\n\n| Field | Value |\n|---|---|\n"
        "| Start | 2025-03-02 22:10 JST (reconstructed from the logs) |\n"
        "| End | 2025-03-03 09:05 JST (disk grown) |\n\n"
        "## Timeline (all times JST)\n\n| When | What |\n|---|---|\n| 2025-03-02 22:30 | Pager fires |\n"
    )
    summary = from_markdown(text).summary
    assert summary.start == datetime(2025, 3, 2, 22, 10, tzinfo=JST)
    assert summary.end == datetime(2025, 3, 3, 9, 5, tzinfo=JST)


def test_a_time_cell_with_a_plus_after_its_clock_is_from_then_on() -> None:
    # "| 08:12+ |": from 08:12 onwards, as "onward" says it; the row at the clock, the cell kept in its text.
    text = (
        "# Cache stampede\n\n**Date:** 2025-04-09\n\n## Timeline (JST)\n\n| Time | What |\n|---|---|\n"
        "| 08:05 | Cache node restarted |\n| 08:05:40+ | Origin flooded with misses |\n"
        "| 08:12+ | Hit rate back to normal |\n"
    )
    events = from_markdown(text).timeline
    assert [event.time for event in events] == [
        datetime(2025, 4, 9, 8, 5, tzinfo=JST),
        datetime(2025, 4, 9, 8, 5, 40, tzinfo=JST),
        datetime(2025, 4, 9, 8, 12, tzinfo=JST),
    ]
    assert "08:12+" in events[2].text
