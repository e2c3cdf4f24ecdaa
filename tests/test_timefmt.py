"""Readable times: what the editor shows and what it accepts when a person types a time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given

from app.timefmt import (
    format_date,
    format_timestamp,
    parse_date,
    parse_leading_timestamp,
    parse_time_of_day,
    parse_timestamp,
)
from tests.strategies import timestamps

PLUS_TWO = timezone(timedelta(hours=2))
MINUS_FIVE_THIRTY = timezone(timedelta(hours=-5, minutes=-30))


def test_reference_form_in_utc():
    assert format_timestamp(datetime(2025, 3, 3, 11, 12, tzinfo=UTC)) == "March 3, 2025, 11:12 UTC"


def test_seconds_only_when_not_zero():
    assert format_timestamp(datetime(2025, 3, 3, 11, 12, 5, tzinfo=UTC)) == "March 3, 2025, 11:12:05 UTC"


def test_offsets_are_shown_with_the_zone():
    assert format_timestamp(datetime(2025, 3, 3, 13, 12, tzinfo=PLUS_TWO)) == "March 3, 2025, 13:12 UTC+02:00"
    assert format_timestamp(datetime(2025, 3, 3, 5, 42, tzinfo=MINUS_FIVE_THIRTY)) == "March 3, 2025, 05:42 UTC-05:30"


def test_naive_time_is_shown_as_utc():
    assert format_timestamp(datetime(2025, 3, 3, 11, 12)) == "March 3, 2025, 11:12 UTC"


def test_dates():
    assert format_date(date(2025, 4, 1)) == "April 1, 2025"
    assert parse_date("April 1, 2025") == date(2025, 4, 1)
    assert parse_date("2025-04-01") == date(2025, 4, 1)
    assert parse_date("1 Apr 2025") == date(2025, 4, 1)
    assert parse_date("April 31, 2025") is None
    assert parse_date("soon") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3, 2025, 11:12 UTC", datetime(2025, 3, 3, 11, 12, tzinfo=UTC)),
        ("March 3, 2025, 11:12:05 UTC+02:00", datetime(2025, 3, 3, 11, 12, 5, tzinfo=PLUS_TWO)),
        ("2025-03-03T11:12:00-05:30", datetime(2025, 3, 3, 11, 12, tzinfo=MINUS_FIVE_THIRTY)),
        ("2025-03-03 11:12", datetime(2025, 3, 3, 11, 12, tzinfo=UTC)),
        ("2025-03-03T11:12Z", datetime(2025, 3, 3, 11, 12, tzinfo=UTC)),
        ("Mar 3 2025 11:12 UTC", datetime(2025, 3, 3, 11, 12, tzinfo=UTC)),
        ("3 March 2025 11:12 GMT", datetime(2025, 3, 3, 11, 12, tzinfo=UTC)),
        ("march 3, 2025 11:12 +0200", datetime(2025, 3, 3, 11, 12, tzinfo=PLUS_TWO)),
        ("Monday, March 3, 2025 2:51 PM PST", datetime(2025, 3, 3, 14, 51, tzinfo=timezone(timedelta(hours=-8)))),
        ("  March 3, 2025, 11:12 UTC  ", datetime(2025, 3, 3, 11, 12, tzinfo=UTC)),
    ],
)
def test_parses_what_people_write(text, expected):
    parsed = parse_timestamp(text)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()


def test_naive_input_is_utc_never_local():
    assert parse_timestamp("2025-03-03 11:12").utcoffset() == timedelta(0)


def test_time_alone_needs_a_day():
    assert parse_timestamp("11:12") is None
    assert parse_timestamp("11:12", default_date=date(2025, 3, 3)) == datetime(2025, 3, 3, 11, 12, tzinfo=UTC)
    in_zone = parse_timestamp("11:12", default_date=date(2025, 3, 3), default_zone=PLUS_TWO)
    assert in_zone.utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    "text", ["", "March 3, 2025", "soon", "25:00", "2025-03-03 11:61", "11:12 text", "11:12 XYZ", "x" * 500]
)
def test_not_a_time(text):
    assert parse_timestamp(text, default_date=date(2025, 3, 3)) is None


def test_time_at_the_start_of_a_line():
    moment, end = parse_leading_timestamp("14:51 News reports the outage", default_date=date(2015, 10, 21))
    assert moment == datetime(2015, 10, 21, 14, 51, tzinfo=UTC)
    assert "14:51 News reports the outage"[end:].strip() == "News reports the outage"
    assert parse_leading_timestamp("14:5123 nope", default_date=date(2015, 10, 21)) is None
    assert parse_time_of_day("2:51 PM PST: x")[0].hour == 14


@given(timestamps())
def test_every_formatted_time_reads_back_exactly(moment):
    parsed = parse_timestamp(format_timestamp(moment))
    assert parsed == moment
    assert parsed.utcoffset() == moment.utcoffset()


def test_only_a_weekday_may_come_before_a_date_and_no_other_word_is_swallowed():
    from app.timefmt import parse_leading_timestamp

    assert parse_leading_timestamp("DNS March 3, 2025, 11:12 UTC was down") is None
    assert parse_leading_timestamp("Monitor March 3, 2025, 11:12 UTC") is None
    moment, end = parse_leading_timestamp("Monday, March 3, 2025, 11:12 UTC was down")
    assert moment.day == 3 and "Monday, March 3, 2025, 11:12 UTC was down"[end:] == " was down"
