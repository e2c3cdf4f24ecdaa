"""A timeline entry told as "On Saturday 11:05pm CET 21/09/2024, …": the weekday, the clock, then the date. A
reader puts the entry at that clock on that date (the date, not the weekday, says which day)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

_CET = timezone(timedelta(hours=2))  # Central European summer time, as September keeps it


def test_an_entry_led_by_a_weekday_a_clock_and_a_date_is_at_that_moment() -> None:
    text = """# Backup stall

## Timeline

On Saturday 11:05pm CEST 21/09/2024, the nightly backup stopped writing.

On Sunday 7:30am CEST 22/09/2024, the storage team freed the volume.
"""
    document = from_markdown(text)
    assert [event.time for event in document.timeline] == [
        datetime(2024, 9, 21, 23, 5, tzinfo=_CET),
        datetime(2024, 9, 22, 7, 30, tzinfo=_CET),
    ]


def test_the_written_date_wins_over_a_weekday_that_does_not_match_it() -> None:
    # 21/09/2024 was a Saturday: the writer's "Friday" is a slip, the date is what they looked up.
    text = "# Backup stall\n\n## Timeline\n\nOn Friday 11:05pm CEST 21/09/2024, the nightly backup stopped.\n"
    assert from_markdown(text).timeline[0].time == datetime(2024, 9, 21, 23, 5, tzinfo=_CET)
