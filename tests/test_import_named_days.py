"""Days a timeline names in words rather than dates: "The next morning at 08:15 …", "09:00 the next day: …".

A careful reader puts such an entry on the day after the entries above it (the
day before, for "the previous evening"), counts a night's small hours with the
day before them, and keeps entries that each say "Next day" on that one day.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.formats.markdown_read import read_markdown

BST = timezone(timedelta(hours=1))


def _events(*bullets: str, intro: str = "On 4 June 2024 the nightly export hung. All times BST.") -> list:
    lines = "\n".join(f"- {bullet}" for bullet in bullets)
    document, _ = read_markdown(f"# Nightly export stuck\n\n{intro}\n\n## Timeline\n\n{lines}\n")
    return [(event.time, event.text) for event in document.timeline]


def at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2024, 6, day, hour, minute, tzinfo=BST)


@pytest.mark.parametrize(
    "entry",
    [
        "Next day, 10:30: the review is booked",
        "The next day at 10:30 the review is booked",
        "**The following day** — 10:30 the review is booked",
        "On the day after, at 10:30, the review is booked",
    ],
)
def test_an_entry_naming_the_next_day_is_on_the_day_after_the_one_above(entry: str) -> None:
    events = _events("16:40 export job starts", "17:55 alert fires", entry)
    assert events[2][0] == at(5, 10, 30)
    assert "review is booked" in events[2][1]
    assert "next" not in events[2][1].lower() and "following" not in events[2][1].lower()


@pytest.mark.parametrize(
    "entry", ["10:30 the next day: the review is booked", "10:30 on the following day - the review is booked"]
)
def test_the_next_day_written_after_the_time_moves_the_entry_and_leaves_its_text(entry: str) -> None:
    events = _events("16:40 export job starts", entry)
    assert events[1] == (at(5, 10, 30), "the review is booked")


def test_after_the_small_hours_the_next_morning_is_the_same_date() -> None:
    events = _events(
        "22:40 export job starts",
        "01:20 on-call kills the job",
        "The next morning at 08:15 the data team confirms the files",
        "Next day 14:00 review meeting",
    )
    assert [time for time, _ in events] == [at(4, 22, 40), at(5, 1, 20), at(5, 8, 15), at(5, 14, 0)]


def test_entries_that_each_say_next_day_share_that_day() -> None:
    events = _events(
        "21:00 deploy", "Next day 09:00 errors noticed", "Next day 09:40 rollback", "Next day 11:00 all clear"
    )
    assert [time for time, _ in events][1:] == [at(5, 9, 0), at(5, 9, 40), at(5, 11, 0)]


def test_a_second_next_day_earlier_than_the_entry_above_is_a_day_later_again() -> None:
    events = _events("21:00 deploy", "noon the next day: backlog drained", "The following morning at 09:30 review held")
    assert [time for time, _ in events] == [at(4, 21, 0), at(5, 12, 0), at(6, 9, 30)]


def test_the_previous_evening_is_the_day_before() -> None:
    events = _events("The previous evening at 21:40 a config change was pushed", "09:10 first errors")
    assert events[0] == (at(3, 21, 40), "A config change was pushed")


def test_a_said_time_after_the_day_words_keeps_the_whole_sentence() -> None:
    events = _events(
        "22:40 export job starts",
        "01:20 on-call restarts it",
        "The next morning, around half past nine, the data team confirms the files are complete",
    )
    assert events[2] == (
        at(5, 9, 30),
        "The next morning, around half past nine, the data team confirms the files are complete",
    )


def test_said_times_around_midnight_cross_into_the_next_day() -> None:
    events = _events(
        "23:10 rollback starts", "ten to midnight: rollback finished", "quarter past midnight: second spike"
    )
    assert [time for time, _ in events] == [at(4, 23, 10), at(4, 23, 50), at(5, 0, 15)]


@pytest.mark.parametrize("entry", ["Next day the team met to review", "The following morning nobody was paged"])
def test_day_words_without_a_time_leave_the_entry_as_written(entry: str) -> None:
    events = _events("16:40 export job starts", entry)
    assert events[1] == (None, entry)


def test_a_date_written_after_the_day_words_wins() -> None:
    events = _events("16:40 export job starts", "The next day, 2024-06-09 10:00, the review is booked")
    assert events[1][0] == datetime(2024, 6, 9, 10, 0, tzinfo=BST)


@pytest.mark.parametrize(
    ("first", "small_hours"),
    [
        ("**Day 1, 23:20 BST** — The export started.", "**Day 2, just after midnight** — The disk filled up."),
        ("Day 1, 23:20 — The export started.", "Day 2, just after midnight — The disk filled up."),
        ("**Day 1, 23:20** — The export started.", "**Day 2, shortly after midnight**: The disk filled up."),
        ("Day 1 23:20: The export started.", "Day 2, around midnight: The disk filled up."),
    ],
)
def test_a_numbered_day_with_its_time_in_bold_or_said_keeps_only_the_entrys_words(first: str, small_hours: str):
    assert _events(first, small_hours, "Day 2, 07:40 — Mina restarted the export.") == [
        (at(4, 23, 20), "The export started."),
        (at(5, 0, 0), "The disk filled up."),  # the hour said, as "just after three" is three
        (at(5, 7, 40), "Mina restarted the export."),
    ]


def test_a_numbered_day_said_in_words_after_the_quarter_hour():
    assert _events("Day 1, 22:50 — The export started.", "Day 2, quarter past midnight — The disk filled up.")[1] == (
        at(5, 0, 15),
        "The disk filled up.",
    )
