"""A start stated with a remark in brackets after it ("**Start:** 30 Nov 2026, 23:58 UTC (first errors logged at
00:00:02 on 1 Dec)") is that moment: the remark's own time is not the start, and the remark stays as written.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown


def _start(value: str) -> datetime | None:
    text = f"# Billing run failed\n\n## Issue summary\n\n- **Start:** {value}\n- **Impact:** invoices late\n"
    return from_markdown(text).summary.start


def test_the_stated_moment_wins_over_the_time_in_its_remark() -> None:
    assert _start("30 Nov 2026, 23:58 UTC (first errors logged at 00:00:02 on 1 Dec)") == datetime(
        2026, 11, 30, 23, 58, tzinfo=UTC
    )


def test_a_remark_without_a_time_still_leaves_the_stated_moment() -> None:
    assert _start("30 Nov 2026, 23:58 UTC (from the scheduler's log)") == datetime(2026, 11, 30, 23, 58, tzinfo=UTC)
