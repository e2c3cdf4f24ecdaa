"""The opening sentence says on which day the incident occurred ("… outage that occurred on June 2<sup>nd</sup>,
2024"): that is the day of the times written alone, even when a timeline entry names another date beside its
clock ("restored from the June 1st, 2024 snapshot")."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

REPORT = """\
# Storage Outage Report

This is the report of the storage outage that occurred on June 2<sup>nd</sup>, 2024.

## Timeline (all times UTC)
* 09:40 AM: Writes to the volume fail.
* 10:15 AM: Data restored from the June 1<sup>st</sup>, 2024 snapshot.
* 10:50 AM: Writes succeed again.
"""


def test_the_day_the_opening_sentence_says_it_occurred_on_dates_the_timeline() -> None:
    times = [event.time for event in from_markdown(REPORT).timeline]
    assert times == [
        datetime(2024, 6, 2, 9, 40, tzinfo=UTC),
        datetime(2024, 6, 2, 10, 15, tzinfo=UTC),
        datetime(2024, 6, 2, 10, 50, tzinfo=UTC),
    ]
