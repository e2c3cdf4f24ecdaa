"""A header's "Date:" line that writes a clock beside its day says when the incident began: the start, when no
line states one; a date alone stays the day of the times, no start."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

_REPORT = """\
# Ledger node halt

* **Network:** `staging-ledger`
* **Date:** {date}
* **Tracking issue:** https://example.org/issues/12

## What happened

A governance vote changed a fee parameter to a value the nodes could not apply, and every node stopped.
"""


def test_a_date_line_with_its_clock_gives_the_start() -> None:
    document = from_markdown(_REPORT.format(date="21/04/2026 4am UTC"))
    assert document.summary.start == datetime(2026, 4, 21, 4, 0, tzinfo=UTC)


def test_a_date_line_with_only_the_day_gives_no_start() -> None:
    document = from_markdown(_REPORT.format(date="21/04/2026"))
    assert document.summary.start is None


def test_a_range_the_summary_states_wins_over_the_date_lines_clock() -> None:
    text = _REPORT.format(date="2026-04-21 04:00 UTC").replace(
        "A governance vote", "Between 03:40 and 05:10 UTC a governance vote"
    )
    document = from_markdown(text)
    assert document.summary.start == datetime(2026, 4, 21, 3, 40, tzinfo=UTC)
    assert document.summary.end == datetime(2026, 4, 21, 5, 10, tzinfo=UTC)
