"""Times typed as people say or jot them: read, with every guess said next to the reading."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app import time_input
from app.time_input import read_time_input

INCIDENT_DAY = date(2024, 3, 2)  # a Saturday
ABOVE = datetime(2024, 3, 2, 13, 50, tzinfo=UTC)  # the event above the one being typed
CET = timezone(timedelta(hours=1))


def read(text: str, previous: datetime | None = ABOVE) -> time_input.TimeInput:
    return read_time_input(text, default_date=INCIDENT_DAY, default_zone=UTC, previous=previous)


@pytest.mark.parametrize(
    ("typed", "clock"),
    [
        ("14h05", (14, 5)),  # the European hour mark
        ("9h", (9, 0)),
        ("14H30", (14, 30)),
        ("14:05 hrs", (14, 5)),
        ("14:05h", (14, 5)),
        ("2340 hrs", (23, 40)),
        ("14.05", (14, 5)),
        ("ten to three am", (2, 50)),
        ("twenty-five past eleven at night", (23, 25)),
        ("9 o'clock in the evening", (21, 0)),
        ("quarter to ten pm", (21, 45)),
        ("five past nine in the morning", (9, 5)),
        # The part of the day belongs to the hour named: ten before noon, ten before midnight.
        ("ten to twelve pm", (11, 50)),
        ("ten to one pm", (12, 50)),
        ("five to one in the afternoon", (12, 55)),
        # Noon and midnight name their hour and its half of the day: nothing is guessed.
        ("half past noon", (12, 30)),
        ("five to noon", (11, 55)),
        ("ten to midnight", (23, 50)),
    ],
)
def test_clock_times_said_or_jotted_are_read(typed, clock):
    reading = read(typed)
    assert not reading.problem, reading.problem
    assert reading.value == datetime(2024, 3, 2, *clock, tzinfo=UTC)


def test_minutes_past_midnight_are_after_the_event_above_with_no_guess_said():
    reading = read("quarter past midnight")
    assert reading.value == datetime(2024, 3, 3, 0, 15, tzinfo=UTC)
    assert not reading.notes


def test_twelve_at_night_is_midnight_after_the_event_above():
    assert read("twelve o'clock at night").value == datetime(2024, 3, 3, 0, 0, tzinfo=UTC)
    assert read("half past twelve at night").value == datetime(2024, 3, 3, 0, 30, tzinfo=UTC)


def test_military_time_with_z_is_utc_whatever_the_timeline_zone():
    reading = read_time_input("0915Z", default_date=INCIDENT_DAY, default_zone=CET)
    assert reading.value == datetime(2024, 3, 2, 9, 15, tzinfo=UTC)


def test_four_digits_alone_are_a_clock_time_and_the_reading_says_so():
    reading = read("1405")
    assert reading.value == datetime(2024, 3, 2, 14, 5, tzinfo=UTC)
    assert "1405 read as the clock time 14:05" in reading.hint


def test_a_said_hour_without_am_or_pm_is_the_first_one_after_the_event_above_and_says_it_guessed():
    reading = read("quarter past two")  # the event above is at 13:50
    assert reading.value == datetime(2024, 3, 2, 14, 15, tzinfo=UTC)
    assert "“quarter past two” read as 14:15; add am or pm" in reading.hint
    late = read("ten past one", previous=datetime(2024, 3, 2, 23, 40, tzinfo=UTC))
    assert late.value == datetime(2024, 3, 3, 1, 10, tzinfo=UTC)  # after midnight, the next day
    working_day = read("half past nine", previous=None)
    assert working_day.value == datetime(2024, 3, 2, 9, 30, tzinfo=UTC)


def test_a_zone_said_after_the_words_is_kept():
    reading = read("quarter past two CET")
    assert reading.value == datetime(2024, 3, 2, 14, 15, tzinfo=CET)


def test_relative_times_count_from_the_event_above():
    assert read("+15 min").value == ABOVE + timedelta(minutes=15)
    assert read("+15m").value == ABOVE + timedelta(minutes=15)
    assert read("+1h30").value == ABOVE + timedelta(hours=1, minutes=30)
    assert read("20 minutes later").value == ABOVE + timedelta(minutes=20)
    assert read("an hour later").value == ABOVE + timedelta(hours=1)
    assert read("half an hour later").value == ABOVE + timedelta(minutes=30)
    assert "Counted from 13:50" in read("+15 min").hint


def test_a_relative_time_with_nothing_above_is_refused_with_the_reason():
    reading = read("+15 min", previous=None)
    assert reading.value is None
    assert "no earlier time to count from" in reading.problem


def test_day_words_count_from_today_and_weekdays_from_the_incident(monkeypatch):
    monkeypatch.setattr(time_input, "current_time", lambda zone: datetime(2024, 3, 6, 8, 0, tzinfo=zone or UTC))
    assert read("yesterday 22:40").value == datetime(2024, 3, 5, 22, 40, tzinfo=UTC)
    assert read("today at 9am").value == datetime(2024, 3, 6, 9, 0, tzinfo=UTC)
    friday = read("Fri 23:10")  # the Friday nearest the incident's Saturday, not a week later
    assert friday.value == datetime(2024, 3, 1, 23, 10, tzinfo=UTC)
    assert "Fri read as Fri 1 Mar 2024" in friday.hint
    assert read("Monday 09:00").value == datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    assert read("last Tuesday 9:00").value == datetime(2024, 3, 5, 9, 0, tzinfo=UTC)


def test_now_is_the_current_minute_in_the_timeline_zone(monkeypatch):
    monkeypatch.setattr(time_input, "current_time", lambda zone: datetime(2024, 3, 6, 8, 7, 41, 5, tzinfo=zone))
    reading = read_time_input("now", default_date=INCIDENT_DAY, default_zone=CET)
    assert reading.value == datetime(2024, 3, 6, 8, 7, tzinfo=CET)


@pytest.mark.parametrize("typed", ["14:05", "2:14 PM", "2024-03-02 14:05 CET", "March 3, 2025, 11:05 UTC", "noon"])
def test_what_was_read_before_reads_the_same(typed):
    reading = read(typed)
    assert reading.value is not None and reading.notes == ()


@pytest.mark.parametrize(
    "typed",
    [
        *("ten past quarter", "forty past two", "2500", "14.05.2024", "half past", "+15", "quarter past 25", "x" * 300),
        *("5 to 10%", "two to three replicas", "five to six people"),  # counts, not clocks
    ],
)
def test_what_still_cannot_be_read_is_refused(typed):
    reading = read(typed)
    assert reading.value is None and reading.problem


@pytest.mark.parametrize(
    ("typed", "day", "previous"),
    [
        ("Mon 10:00", date(9999, 12, 31), None),  # a Friday: the nearest Monday is in year 10,000
        ("+99999999999999999999 h", None, ABOVE),
        ("+" + "9" * 150 + " min", None, ABOVE),
        ("+1 h", None, datetime(9999, 12, 31, 23, 30, tzinfo=UTC)),
        ("Tue 10:00", date(1, 1, 1), None),
    ],
)
def test_a_said_time_past_the_ends_of_the_calendar_is_refused_not_raised(typed, day, previous):
    reading = read_time_input(typed, default_date=day, default_zone=UTC, previous=previous)
    if typed == "Tue 10:00":
        assert reading.value == datetime(1, 1, 2, 10, 0, tzinfo=UTC)  # the Tuesday after Monday 1 January 1
    else:
        assert reading.value is None and "calendar" in reading.problem


def test_relative_times_are_counted_and_shown_in_the_timelines_zone():
    reading = read_time_input("+15 min", default_date=INCIDENT_DAY, default_zone=CET, previous=ABOVE)
    assert reading.value == ABOVE + timedelta(minutes=15)
    assert reading.value.utcoffset() == timedelta(hours=1) and type(reading.value.tzinfo) is timezone
    assert "Counted from 14:50" in reading.hint  # the event above, as the timeline shows it (13:50 UTC)


def test_now_is_a_fixed_offset_like_every_other_reading(monkeypatch):
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    monkeypatch.setattr(time_input, "current_time", lambda zone: datetime(2024, 7, 1, 8, 7, tzinfo=berlin))
    reading = read_time_input("now", default_date=INCIDENT_DAY, default_zone=berlin)
    assert type(reading.value.tzinfo) is timezone and reading.value.utcoffset() == timedelta(hours=2)


def test_spaces_between_the_words_of_a_relative_time_do_not_matter():
    reading = read("+1 h and 2" + " " * 60 + "min")
    assert reading.value == ABOVE + timedelta(hours=1, minutes=2)


def test_a_time_that_cannot_be_read_is_quoted_with_its_controls_and_bidi_overrides_visible():
    # U+202E would make the rest of the message read right to left; an ESC would reach a terminal.
    problem = read("14:\u202e05 \x1b[2J tomorrow-ish").problem
    assert problem and "\u202e" not in problem and "\x1b" not in problem
    assert "\\u202e" in problem and "\\x1b" in problem
