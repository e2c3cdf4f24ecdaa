"""Times as people write them in post-mortems: every accepted form, and what is refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model import IssueSummary, PostMortem
from app.timefmt import (
    format_date,
    format_timestamp,
    parse_date,
    parse_leading,
    parse_leading_date,
    parse_leading_timestamp,
    parse_timestamp,
)

DAY = date(2024, 5, 1)
PLUS_TWO = timezone(timedelta(hours=2))


def at(*fields: int, zone: timezone = UTC) -> datetime:
    return datetime(*fields, tzinfo=zone)


def hours(value: float) -> timezone:
    return timezone(timedelta(hours=value))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01 14:03", at(2024, 5, 1, 14, 3)),
        ("2024-05-01T14:03:07+02:00", at(2024, 5, 1, 14, 3, 7, zone=PLUS_TWO)),
        ("2024-05-01T14:03:07.250Z", at(2024, 5, 1, 14, 3, 7)),
        ("2024/05/01 14:03", at(2024, 5, 1, 14, 3)),
        ("14:03", at(2024, 5, 1, 14, 3)),
        ("14:03:07", at(2024, 5, 1, 14, 3, 7)),
        ("2:03 PM", at(2024, 5, 1, 14, 3)),
        ("7:09 AM", at(2024, 5, 1, 7, 9)),
        ("9:00am", at(2024, 5, 1, 9, 0)),
        ("9am", at(2024, 5, 1, 9, 0)),
        ("9 p.m.", at(2024, 5, 1, 21, 0)),
        ("12:30 AM", at(2024, 5, 1, 0, 30)),
        ("12:30 PM", at(2024, 5, 1, 12, 30)),
        ("May 1 14:03", at(2024, 5, 1, 14, 3)),
        ("1 May 2024 14:03", at(2024, 5, 1, 14, 3)),
        ("May 1, 2024 at 14:03", at(2024, 5, 1, 14, 3)),
        ("Tue 14 Feb 2023 09:33", at(2023, 2, 14, 9, 33)),
        ("Tuesday, February 14, 2023 9:33 AM PST", at(2023, 2, 14, 9, 33, zone=hours(-8))),
        ("March 3, 2025, 11:12 UTC", at(2025, 3, 3, 11, 12)),
        ("`07:35`", at(2024, 5, 1, 7, 35)),
        ("**9:00 AM**", at(2024, 5, 1, 9, 0)),
        ("**15:00 UTC**", at(2024, 5, 1, 15, 0)),
        ("_14:03_", at(2024, 5, 1, 14, 3)),
        ("[14:03]", at(2024, 5, 1, 14, 3)),
        ("14:03 UTC+2", at(2024, 5, 1, 14, 3, zone=PLUS_TWO)),
        ("14:03 GMT-5", at(2024, 5, 1, 14, 3, zone=hours(-5))),
        ("14:03 +05:30", at(2024, 5, 1, 14, 3, zone=hours(5.5))),
        ("14:03 Z", at(2024, 5, 1, 14, 3)),
        ("14:03 (PDT)", at(2024, 5, 1, 14, 3, zone=hours(-7))),
        ("14:03 Europe/Berlin", at(2024, 5, 1, 14, 3, zone=PLUS_TWO)),
        ("14:03 Pacific Time", at(2024, 5, 1, 14, 3, zone=hours(-7))),
        ("14:03 Eastern Standard Time", at(2024, 5, 1, 14, 3, zone=hours(-4))),
        ("9:33 AM PST (UTC-8)", at(2024, 5, 1, 9, 33, zone=hours(-8))),
        ("noon", at(2024, 5, 1, 12, 0)),
        ("12 noon PDT", at(2024, 5, 1, 12, 0, zone=hours(-7))),
        ("May 1, 2024 at midnight", at(2024, 5, 1, 0, 0)),
        ("Midday UTC", at(2024, 5, 1, 12, 0)),
        ("January 1, 1, 00:00 UTC", at(1, 1, 1, 0, 0)),
        ("December 31, 9999, 23:59:59 UTC-00:01", at(9999, 12, 31, 23, 59, 59, zone=timezone(-timedelta(minutes=1)))),
    ],
)
def test_reads_each_form_people_write(text, expected):
    moment = parse_timestamp(text, default_date=DAY)
    assert moment == expected
    assert moment.utcoffset() == expected.utcoffset()


def test_results_have_a_fixed_offset_utc_for_zero_and_whole_seconds():
    moment = parse_timestamp("2024-05-01T14:03:07.999+00:00")
    assert moment.tzinfo is UTC and moment.microsecond == 0
    in_berlin = parse_timestamp("14:03", default_date=DAY, default_zone=ZoneInfo("Europe/Berlin"))
    assert type(in_berlin.tzinfo) is timezone and in_berlin.utcoffset() == timedelta(hours=2)


def test_compact_times_only_where_the_document_writes_them():
    assert parse_timestamp("1403", default_date=DAY) is None
    assert parse_timestamp("1930", default_date=DAY) is None
    assert parse_timestamp("1403", default_date=DAY, compact=True) == at(2024, 5, 1, 14, 3)
    assert parse_timestamp("1930 UTC", default_date=DAY, compact=True) == at(2024, 5, 1, 19, 30)
    assert parse_timestamp("2460", default_date=DAY, compact=True) is None


def test_a_date_without_a_year_takes_the_default_year_else_the_default_dates():
    assert parse_timestamp("May 1 14:03", default_year=2021) == at(2021, 5, 1, 14, 3)
    assert parse_timestamp("May 1 14:03", default_date=date(2019, 12, 31)) == at(2019, 5, 1, 14, 3)
    assert parse_timestamp("May 1 14:03") is None


def test_a_time_alone_needs_a_day_and_a_date_alone_is_no_moment():
    assert parse_timestamp("14:03") is None
    assert parse_timestamp("2024-05-01") is None


def test_a_24_hour_clock_with_pm_added_is_that_afternoon_hour():
    # "13:00 PM", as people type it: the same afternoon hour said twice, not two moments (AM would contradict it)
    assert parse_timestamp("13:00 PM", default_date=DAY) == parse_timestamp("13:00", default_date=DAY)
    assert parse_timestamp("14:50PM", default_date=DAY) == parse_timestamp("14:50", default_date=DAY)


@pytest.mark.parametrize(
    "text",
    [
        "14:5123",
        "14:03abc",
        "24:00",
        "13:00 AM",
        "0:30 am",
        "14:60",
        "2024-02-30 10:00",
        "2024-05-01 14:03 Mars time",
        "14:03 XYZ",
        "14:03 UTC+24",
        "`14:03",
        "14:03-14:10",
        "x" * 200,
        "",
        "   ",
    ],
)
def test_refuses_what_is_not_one_moment(text):
    assert parse_timestamp(text, default_date=DAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-08-17", date(2021, 8, 17)),
        ("2021/08/17", date(2021, 8, 17)),
        ("March 4", date(2024, 3, 4)),
        ("4 March 2021", date(2021, 3, 4)),
        ("Mar 4th", date(2024, 3, 4)),
        ("Mar. 4, 2021", date(2021, 3, 4)),
        ("Sept 4 2021", date(2021, 9, 4)),
        ("14-Feb-2023", date(2023, 2, 14)),
        ("Thursday, March 4, 2021", date(2021, 3, 4)),
        ("**2021-08-17**", date(2021, 8, 17)),
        ("March 3, 2025.", date(2025, 3, 3)),
    ],
)
def test_reads_dates_alone(text, expected):
    assert parse_date(text, default_year=2024) == expected


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9, 9, 9), date(999, 12, 31), date(2025, 3, 3), date(9999, 12, 31)])
def test_due_dates_read_back_in_the_form_the_editor_writes(day):
    assert parse_date(format_date(day)) == day
    assert parse_date(day.isoformat()) == day


def test_dates_refused():
    assert parse_date("April 31, 2025") is None
    assert parse_date("March 4") is None  # no year, none given
    assert parse_date("soon") is None
    assert parse_date("2025-03-03 11:12") is None


def test_leading_moment_ends_before_the_separator_and_after_closing_markup():
    text = "**15:00 UTC**: Issue detected"
    found = parse_leading(text, default_date=DAY)
    assert found.moment == at(2024, 5, 1, 15, 0)
    assert text[found.end :] == ": Issue detected"
    assert (found.has_date, found.has_time, found.has_zone) == (False, True, True)
    text = "`07:35` - paged"
    assert text[parse_leading(text, default_date=DAY).end :] == " - paged"


def test_leading_moment_reports_markup_that_wraps_more_than_the_time():
    text = "**15:00 UTC: Issue Detection** the alert fired"
    found = parse_leading(text, default_date=DAY)
    assert found.open_markup == "**"
    assert text[found.end :] == ": Issue Detection** the alert fired"


@pytest.mark.parametrize(
    "text",
    ["14:5123 nope", "14:03abc text", "2 amazing things", "DNS March 3, 2025, 11:12 UTC", "1403 no compact", "x 14:03"],
)
def test_leading_refuses_glued_words_and_numbers(text):
    assert parse_leading(text, default_date=DAY) is None
    assert parse_leading_timestamp(text, default_date=DAY) is None


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("14:03 met the team", " met the team"),
        ("14:03 Central team paged", " Central team paged"),
        ("14:03 PST the page", " the page"),
        ("14:03 Central Time: x", ": x"),
        ("14:03-14:10 deploy", "-14:10 deploy"),
        ("14:03 +10 users", " +10 users"),
    ],
)
def test_leading_reads_a_word_as_a_zone_only_when_it_surely_is_one(text, rest):
    found = parse_leading(text, default_date=DAY)
    assert text[found.end :] == rest


def test_leading_date_alone_only_when_asked():
    text = "2021-08-17: the disk filled"
    assert parse_leading(text) is None
    found = parse_leading(text, date_only_ok=True)
    assert found.moment == at(2021, 8, 17, 0, 0) and not found.has_time and found.has_date
    assert text[found.end :] == ": the disk filled"
    assert parse_leading_date("March 4, 10 engineers joined", default_year=2021) == (date(2021, 3, 4), 7)
    assert parse_leading_date("May 1, 2024 14:03 deploy") == (date(2024, 5, 1), 11)


def test_leading_date_refuses_a_broken_time_after_it():
    assert parse_leading("2024-05-01 14:5123 x", date_only_ok=True) is None


def test_old_tuple_form_keeps_working():
    moment, end = parse_leading_timestamp("Monday, March 3, 2025, 11:12 UTC was down")
    assert moment == at(2025, 3, 3, 11, 12) and end == len("Monday, March 3, 2025, 11:12 UTC")


def test_notes_say_how_an_ambiguous_or_odd_reading_was_made():
    notes: list[str] = []
    assert parse_timestamp("14:03 IST", default_date=DAY, notes=notes) == at(2024, 5, 1, 14, 3, zone=hours(5.5))
    assert notes == ["read “IST” as India Standard Time (UTC+05:30); Irish or Israel Standard Time would differ"]
    notes.clear()
    parse_timestamp("Tue 1 May 2024 14:03", notes=notes)
    assert notes == ["“Tue” does not fall on May 1, 2024; the date was kept"]
    notes.clear()
    parse_timestamp("2024-05-01 14:03 UTC", notes=notes)
    assert notes == []


@pytest.mark.parametrize(
    "text",
    ["0001-01-01 00:00 UTC+00:01", "9999-12-31 23:59:59 UTC-00:01", "0001-01-01 00:00 PST", "9999-12-31 23:59 AEDT"],
)
def test_calendar_edges_never_raise(text):
    moment = parse_timestamp(text)
    assert moment is None or moment.tzinfo is not None


def test_text_longer_than_a_timestamp_is_not_read_whole():
    assert parse_timestamp("2024-05-01 14:03" + " " * 100 + "UTC") is None


_ANY_OFFSET = st.builds(
    lambda seconds: timezone(timedelta(seconds=seconds)), st.integers(min_value=-86399, max_value=86399)
)
_ODD_OFFSETS = st.sampled_from([timezone(timedelta(minutes=1)), timezone(-timedelta(minutes=1)), UTC])


@settings(max_examples=500)
@given(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59), timezones=_ANY_OFFSET)
    | st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(1, 1, 2), timezones=_ODD_OFFSETS)
    | st.datetimes(
        min_value=datetime(9999, 12, 30), max_value=datetime(9999, 12, 31, 23, 59, 59), timezones=_ODD_OFFSETS
    )
)
def test_every_time_the_model_accepts_is_written_and_read_back_to_itself(moment):
    moment = PostMortem(summary=IssueSummary(start=moment)).summary.start
    parsed = parse_timestamp(format_timestamp(moment))
    assert parsed == moment
    assert parsed.utcoffset() == moment.utcoffset()
    assert parse_date(format_date(moment.date())) == moment.date()


_PIECES = st.sampled_from(
    [
        *["14:03", "2:03 PM", "May 1", "2024-05-01", "9999-12-31", "0001-01-01", " ", ",", "T", "Z", "PST", "(", ")"],
        *["UTC+23:59", "UTC-23:59", "+14:00", "at", "Tue", "1403", "January 1, 1", "`", "**", "IST", "Europe/Berlin"],
    ]
)


@settings(max_examples=300)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=8).map("".join),
    st.sampled_from([None, date.min, date.max, date(2024, 5, 1)]),
    st.sampled_from([None, UTC, ZoneInfo("Pacific/Kiritimati"), ZoneInfo("America/Los_Angeles")]),
)
def test_no_text_makes_the_reader_raise_and_every_moment_is_fixed_offset_whole_seconds(text, day, zone):
    from app.time_input import read_time_input

    notes: list[str] = []
    for found in (
        parse_leading(text, default_date=day, default_zone=zone, date_only_ok=True, compact=True, notes=notes),
        parse_leading(text, default_date=day, default_zone=zone),
    ):
        if found is not None:
            assert type(found.moment.tzinfo) is timezone and found.moment.microsecond == 0
            assert 0 < found.end <= len(text)
    moment = parse_timestamp(text, default_date=day, default_zone=zone, notes=notes)
    assert moment is None or type(moment.tzinfo) is timezone
    read_time_input(text, default_date=day, default_zone=zone, previous=datetime.max.replace(tzinfo=UTC))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018 October 21 22:52 UTC", at(2018, 10, 21, 22, 52)),  # year first, as some status pages write
        ("31/01/2017 23:27", at(2017, 1, 31, 23, 27)),  # a day over 12 comes first
        ("01/31/2017 23:27", at(2017, 1, 31, 23, 27)),
        ("03/04/2021 09:00", at(2021, 3, 4, 9, 0)),  # both could be months: the US reading, month first
    ],
)
def test_reads_year_first_and_slash_dates(text, expected):
    assert parse_timestamp(text) == expected


def test_a_date_written_after_the_time_is_the_times_day():
    assert parse_timestamp("21:04 UTC on 14 February", default_year=2024) == at(2024, 2, 14, 21, 4)
    assert parse_timestamp("14:03 UTC, May 1, 2023", default_year=2024) == at(2023, 5, 1, 14, 3)
    assert parse_timestamp("9:15am on Tuesday, March 5", default_year=2024) == at(2024, 3, 5, 9, 15)


def test_words_after_a_time_that_are_no_date_are_left_to_the_text():
    from app.timeparse import read

    reading = read("09:00, 12 engineers joined the bridge", default_date=date(2024, 5, 1))
    assert reading is not None and not reading.has_date
    assert reading.moment == at(2024, 5, 1, 9, 0) and reading.end == len("09:00")


def test_words_that_only_start_like_noon_are_not_times():
    assert parse_timestamp("noontime", default_date=DAY) is None
    assert parse_timestamp("midnights", default_date=DAY) is None


@pytest.mark.parametrize(
    ("text", "clock", "rest"),
    [
        ("14:20ish — logs read", (14, 20), " — logs read"),
        ("3pm-ish, paged", (15, 0), ", paged"),
        ("10:45-ISH", (10, 45), ""),
    ],
)
def test_a_clock_said_to_be_about_then_reads_as_that_clock(text, clock, rest):
    found = parse_leading(text, default_date=DAY)
    assert (found.moment.hour, found.moment.minute) == clock
    assert text[found.end :] == rest


def test_ish_only_after_a_clock_and_not_as_a_words_start():
    assert parse_leading("14:20isha", default_date=DAY) is None
    assert parse_leading("14:20 Ishaan paged", default_date=DAY).end == 5
