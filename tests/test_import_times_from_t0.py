"""Times written relative to a moment the report states once ("**T0** is 9 May 2024, 06:10 UTC"), often in the Issue
Summary above the timeline: the timeline's "T−12m", "T+1h20m" and a window "T−12m to T+1h20m" are that moment
plus or minus the offset. Each test opens a small report and checks the times a careful reader would take.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.formats.markdown_import import from_markdown

TIMELINE = (
    "## Timeline\n\n- **T−12m** — Config push reaches the edge.\n- **T+0** — First alert on 5xx rate.\n"
    "- **T+9m** — On-call rolls the push back.\n- **T+1h20m** — Error rate normal; incident closed.\n"
)
EXPECTED = [
    datetime(2024, 5, 9, 5, 58, tzinfo=UTC),
    datetime(2024, 5, 9, 6, 10, tzinfo=UTC),
    datetime(2024, 5, 9, 6, 19, tzinfo=UTC),
    datetime(2024, 5, 9, 7, 30, tzinfo=UTC),
]


@pytest.mark.parametrize(
    "anchor",
    [
        "**T0** is 9 May 2024, 06:10 UTC: the first alert. Times below count from T0.",
        "T0 = 2024-05-09 06:10 UTC (first alert).",
        "**T+0:** 9 May 2024 06:10 UTC",
        "_T0_ was at 06:10 UTC on 9 May 2024, when the first alert fired.",
        "T0 is 06:10 UTC on 9 May 2024.",
    ],
)
def test_offsets_count_from_the_t0_the_issue_summary_states(anchor: str) -> None:
    summary = f"## Issue Summary\n\n{anchor}\n\n**Impact:** 4% of requests failed.\n\n"
    document = from_markdown(f"# Edge errors\n\n{summary}{TIMELINE}")
    assert [event.time for event in document.timeline] == EXPECTED
    assert document.timeline[0].text == "Config push reaches the edge."
    assert document.summary.impact == "4% of requests failed."


@pytest.mark.parametrize(
    "window",
    [
        "**Impact window:** T−12m to T+1h20m.",
        "Duration: T-12m – T+1h20m",
        "**Impact window:** T-0:12 to T+1:20",
    ],
)
def test_a_window_written_in_offsets_from_t0_is_the_incidents_start_and_end(window: str) -> None:
    document = from_markdown(
        f"# Edge errors\n\n## Issue Summary\n\n**T0** is 9 May 2024, 06:10 UTC.\n\n{window}\n\n{TIMELINE}"
    )
    assert (document.summary.start, document.summary.end) == (EXPECTED[0], EXPECTED[-1])
    kept = "\n".join(extra.body for extra in document.extra_sections)
    assert "T+1" not in kept  # the window line was read whole
    assert "**T0** is 9 May 2024, 06:10 UTC." in kept or "**T0** is 9 May" in (document.introduction or "")


def test_a_window_told_in_prose_in_offsets_from_t0_is_read() -> None:
    document = from_markdown(
        "# Edge errors\n\nT0 is 9 May 2024, 06:10 UTC. Requests failed from T-12m until T+1h20m.\n\n" + TIMELINE
    )
    assert (document.summary.start, document.summary.end) == (EXPECTED[0], EXPECTED[-1])


def test_offsets_with_no_t0_stated_anywhere_stay_in_the_entries_text() -> None:
    document = from_markdown("# Edge errors\n\nDate: 2024-05-09\n\n" + TIMELINE)
    assert document.timeline[0].text.startswith("**T−12m**")
    assert document.timeline[0].time is None
