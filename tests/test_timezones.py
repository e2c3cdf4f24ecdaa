"""Zones as post-mortems name them: abbreviations and names resolve through IANA zones with daylight saving."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from app.timefmt import parse_timestamp, zone_named, zone_statement

WINTER = date(2024, 1, 15)
SUMMER = date(2024, 7, 15)


def offset_of(text: str, day: date) -> timedelta:
    moment = parse_timestamp(f"12:00 {text}", default_date=day)
    assert moment is not None, text
    return moment.utcoffset()


@pytest.mark.parametrize(
    ("names", "winter", "summer"),
    [
        (["PST", "PDT", "PT", "Pacific", "Pacific Time", "Pacific Standard Time"], -8, -7),
        (["MST", "MDT", "Mountain", "Mountain Time"], -7, -6),
        (["CST", "CDT", "CT", "Central", "Central Time"], -6, -5),
        (["EST", "EDT", "ET", "Eastern", "Eastern Time", "Eastern Standard Time"], -5, -4),
        (["AKST", "AKDT"], -9, -8),
        (["HST"], -10, -10),
        (["CET", "CEST", "Central European Time"], 1, 2),
        (["EET", "EEST"], 2, 3),
        (["WET", "WEST"], 0, 1),
        (["BST"], 0, 1),
        (["IST"], 5.5, 5.5),
        (["JST"], 9, 9),
        (["KST"], 9, 9),
        (["SGT", "HKT"], 8, 8),
        # Spelled out, as a sentence states the zone of a whole report.
        (["Eastern Daylight Time"], -5, -4),
        (["Central Daylight Time", "Central Standard Time"], -6, -5),
        (["Mountain Daylight Time", "Mountain Standard Time"], -7, -6),
        (["British Summer Time", "British time"], 0, 1),
        (["Central European Summer Time", "Central European Standard Time"], 1, 2),
        (["Eastern European Time", "Eastern European Summer Time"], 2, 3),
        (["India Standard Time", "Indian Standard Time"], 5.5, 5.5),
        (["Japan Standard Time", "Korea Standard Time"], 9, 9),
        (["Australian Eastern Standard Time", "Australian Eastern Daylight Time"], 11, 10),
        (["New Zealand Standard Time", "New Zealand Daylight Time"], 13, 12),
        (["China Standard Time", "Singapore Time", "Hong Kong Time"], 8, 8),
        (["MSK"], 3, 3),
        (["BRT"], -3, -3),
        (["AEST", "AEDT"], 11, 10),  # southern hemisphere: January is summer
        (["NZST", "NZDT"], 13, 12),
        (["UTC", "GMT", "Z", "Zulu"], 0, 0),
    ],
)
def test_names_follow_their_zones_clock_on_the_date_written(names, winter, summer):
    for name in names:
        assert offset_of(name, WINTER) == timedelta(hours=winter), name
        assert offset_of(name, SUMMER) == timedelta(hours=summer), name
        assert offset_of(name.lower(), SUMMER) == timedelta(hours=summer), name


def test_pst_on_a_july_date_is_pacific_daylight_time_and_says_so():
    notes: list[str] = []
    moment = parse_timestamp("July 4, 2024, 14:00 PST", notes=notes)
    assert moment.utcoffset() == timedelta(hours=-7)
    assert notes == ["read “PST” as Pacific time (UTC-07:00): on July 4, 2024 that clock is on PDT, not PST"]


def test_a_written_offset_beside_the_name_wins():
    assert parse_timestamp("July 4, 2024, 14:00 PST (UTC-8)").utcoffset() == timedelta(hours=-8)


def test_before_a_zones_first_rule_the_abbreviation_means_its_own_offset():
    assert parse_timestamp("January 1, 1, 12:00 PST").utcoffset() == timedelta(hours=-8)
    assert parse_timestamp("March 1, 1850, 12:00 CET").utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    ("name", "offset"),
    [("UTC+2", 2), ("GMT-5", -5), ("+05:30", 5.5), ("UTC-03:30", -3.5), ("utc", 0), ("UTC+00:00:30", 30 / 3600)],
)
def test_offsets_are_fixed_zones(name, offset):
    zone = zone_named(name)
    assert isinstance(zone, timezone)
    assert zone.utcoffset(None) == timedelta(hours=offset)


def test_named_zones_and_iana_keys():
    assert zone_named("Europe/Berlin") == ZoneInfo("Europe/Berlin")
    pacific = zone_named("Pacific Time")
    assert pacific.utcoffset(datetime(2024, 7, 1, 12)) == timedelta(hours=-7)
    assert pacific.utcoffset(datetime(2024, 1, 1, 12)) == timedelta(hours=-8)
    assert zone_named("PST").tzname(datetime(2024, 7, 1, 12)) == "PDT"
    for nothing in ["", "Mars", "XYZ", "Europe/Nowhere", "../../etc/passwd", "UTC+25", "x" * 500]:
        assert zone_named(nothing) is None, nothing


@pytest.mark.parametrize(
    ("text", "offset_in_july"),
    [
        ("All times in CET", 2),
        ("All times are UTC", 0),
        ("Timeline (times in BST)", 1),
        ("Time (PDT)", -7),
        ("2024-09-12 (all times PDT)", -7),
        ("times are in Pacific time", -7),
        ("(UTC)", 0),
        ("Date and Time in CET", 2),
        ("Timestamp (UTC)", 0),
        ("All times shown in Eastern Time.", -4),
        ("Times are UTC+2", 2),
    ],
)
def test_zone_stated_in_a_phrase(text, offset_in_july):
    zone = zone_statement(text)
    assert zone is not None, text
    assert zone.utcoffset(datetime(2024, 7, 1, 12)) == timedelta(hours=offset_in_july)


@pytest.mark.parametrize("text", ["Timeline", "Time in the office was short", "Summary (draft)", "", "(x)" * 200])
def test_no_zone_stated(text):
    assert zone_statement(text) is None


def test_a_stated_zone_as_default_takes_the_offset_of_each_date():
    zone = zone_statement("All times in Pacific time")
    assert parse_timestamp("14:00", default_date=WINTER, default_zone=zone).utcoffset() == timedelta(hours=-8)
    assert parse_timestamp("14:00", default_date=SUMMER, default_zone=zone).utcoffset() == timedelta(hours=-7)
    assert parse_timestamp("14:00", default_date=SUMMER, default_zone=UTC).tzinfo is UTC


def test_a_seasonless_abbreviation_gets_no_wrong_season_note():
    from app.timeparse import read

    notes: list[str] = []
    reading = read("2024-07-04 10:00 ET", notes=notes)
    assert reading is not None and reading.moment.utcoffset() == timedelta(hours=-4)
    assert notes == []
