"""A timeline told in paragraphs over more than one day.

"The backup job failed on Friday June 7 at 22:15 …", then "On Saturday June 8 at 10:05, our classmate Tomas
opened the dashboard and saw …", then "At 10:20 we …": a careful reader puts 10:05 and 10:20 on Saturday,
the day the paragraph names, until another day is named; and the first person to see the problem is its
detection when the story before said nobody noticed.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.formats.markdown_read import read_markdown
from app.model import EventKind


def _story(second_day_opening: str, later: str = "At 10:20 we restarted the backup runner.") -> str:
    return (
        "# Backups missing for a weekend\n\n## Summary\n\nThe nightly backup of the grades database failed.\n\n"
        "## Timeline\n\n"
        "The backup job failed on Friday June 7, 2024 at 22:15 because the disk was full. It was the weekend "
        "and nobody noticed that night. Two users complained in the class group chat, "
        "but the messages were not read.\n\n"
        f"{second_day_opening} our classmate Tomas opened the storage dashboard and saw the red backup panel. "
        "He posted it in the group chat.\n\n"
        f"{later} It ran for a few minutes. He confirmed the runner was healthy at 10:40.\n\n"
        "At 11:05 the backup finished and the panel was green again.\n\n"
        "## Root cause\n\nThe disk was full.\n"
    )


_OPENINGS = {
    "weekday and date": "On Saturday June 8 at 10:05,",
    "next morning": "The next morning at 10:05,",
    "day of the month": "On the 8th at 10:05,",
    "weekday, time": "On Saturday, 10:05,",
    "weekday the nth": "On Saturday the 8th at 10:05,",
}


def _at(hour: int, minute: int, day: int = 8) -> datetime:
    return datetime(2024, 6, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize("opening", _OPENINGS.values(), ids=_OPENINGS.keys())
def test_a_paragraph_naming_its_day_puts_its_times_and_the_next_ones_on_that_day(opening: str) -> None:
    document, _ = read_markdown(_story(opening))
    assert [event.time for event in document.timeline] == [
        _at(22, 15, day=7),
        _at(10, 5),
        _at(10, 20),
        _at(10, 40),
        _at(11, 5),
    ]


def test_the_first_to_see_the_problem_is_the_detection_when_nobody_noticed_before() -> None:
    document, _ = read_markdown(_story(_OPENINGS["weekday and date"]))
    kinds = [event.kind for event in document.timeline]
    assert kinds[0] is not EventKind.DETECTION
    assert kinds[1] is EventKind.DETECTION
    assert kinds.count(EventKind.DETECTION) == 1


def test_a_time_hours_before_the_last_after_a_late_night_is_past_midnight() -> None:
    text = (
        "# Backups\n\n## Timeline\n\n"
        "On Friday June 7, 2024 at 21:30 the backup job started.\n\n"
        "Later that night, at 23:10, Tomas saw that the disk was almost full.\n\n"
        "At 00:20 we moved old archives to cold storage and the job went on.\n"
    )
    document, _ = read_markdown(text)
    assert [event.time for event in document.timeline] == [_at(21, 30, 7), _at(23, 10, 7), _at(0, 20, 8)]


def test_a_day_said_in_an_untimed_sentence_of_a_later_paragraph_moves_nothing() -> None:
    text = _story("On Saturday June 8 at 10:05,", later="At 10:20 we restarted the runner, due on Monday.")
    document, _ = read_markdown(text)
    assert [event.time for event in document.timeline][2:] == [_at(10, 20), _at(10, 40), _at(11, 5)]
