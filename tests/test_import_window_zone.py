"""A zone written once after the incident's window, in prose or in parentheses.

"(14:25 to 16:05 BST)" after a window said in words, "from 08:50 to 10:30
CEST", "between 2:10 and 3:55 pm PT": a careful reader takes both ends in
that zone, and the timeline's times written without a zone too, even when one
entry names another zone (a vendor's "10:30 EDT").
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.formats.markdown_read import read_markdown

CEST = timezone(timedelta(hours=2))
PDT = timezone(timedelta(hours=-7))


def _report(summary: str, zone_elsewhere: str = "16:30 EDT") -> str:
    return (
        "# Card payments declined\n\n## Summary\n\n"
        f"On Friday 12 July 2024 {summary}\n\n"
        "## What happened\n\n"
        "- 09:05 the first shop phoned in about declined cards\n"
        f"- {zone_elsewhere}: the acquirer's desk in Boston confirmed a bad routing table\n"
        "- 10:30 card payments work again\n"
    )


@pytest.mark.parametrize(
    "summary",
    [
        "card payments were declined from roughly ten to nine until about half past ten (08:50 to 10:30 CEST).",
        "card payments were declined for most of the morning (08:50–10:30 CEST).",
        "card payments were declined (from 08:50 until 10:30 CEST) in every shop.",
        "card payments were declined from 08:50 to 10:30 CEST in every shop.",
        "card payments were declined between 08:50 and 10:30 CEST, in every shop.",
    ],
)
def test_the_zone_after_the_window_is_both_ends_and_every_time_written_without_one(summary: str) -> None:
    document, notes = read_markdown(_report(summary))
    assert document.summary.start == datetime(2024, 7, 12, 8, 50, tzinfo=CEST)
    assert document.summary.end == datetime(2024, 7, 12, 10, 30, tzinfo=CEST)
    first, vendor, last = (event.time for event in document.timeline)
    assert first == datetime(2024, 7, 12, 9, 5, tzinfo=CEST)
    assert vendor == datetime(2024, 7, 12, 16, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert last == datetime(2024, 7, 12, 10, 30, tzinfo=CEST)
    assert any("the zone of the incident's window" in note for note in notes)


@pytest.mark.parametrize(
    "summary",
    [
        "the card terminals failed between 2:10 and 3:55 pm PT.",
        "the card terminals failed (2:10 to 3:55 pm PT).",
        "the card terminals failed from 2:10 to 3:55 p.m. PT.",
    ],
)
def test_a_pm_written_once_after_the_window_is_both_ends(summary: str) -> None:
    document, _ = read_markdown(_report(summary, zone_elsewhere="6:30 pm ET"))
    assert document.summary.start == datetime(2024, 7, 12, 14, 10, tzinfo=PDT)
    assert document.summary.end == datetime(2024, 7, 12, 15, 55, tzinfo=PDT)


def test_a_morning_start_before_an_afternoon_end_keeps_its_morning() -> None:
    document, _ = read_markdown(_report("the card terminals failed between 11:50 and 1:10 pm PT."))
    assert document.summary.start == datetime(2024, 7, 12, 11, 50, tzinfo=PDT)
    assert document.summary.end == datetime(2024, 7, 12, 13, 10, tzinfo=PDT)
