"""A zone written with the word for one after it ("(GMT+2 timezone)", "(EAT time zone)"), or as a region of a
country in words ("Arabia Standard Time", "West Saudi Arabia Time"): the document's zone, as a reader takes it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.timezones import zone_named


def test_a_bracketed_offset_followed_by_timezone_gives_the_window_and_the_events_their_offset() -> None:
    text = (
        "Postmortem: Checkout outage\n"
        "Issue Summary:\n"
        "Duration: The outage ran from 09:00 AM to 11:30 AM (GMT+2 timezone) on [3rd Mar 2023].\n"
        "Timeline:\n"
        "09:00 AM: Alerts fired for the checkout service.\n"
        "11:30 AM: The payment gateway was reconnected and checkout recovered.\n"
    )
    document = from_markdown(text)
    plus_two = timezone(timedelta(hours=2))
    assert document.summary.start == datetime(2023, 3, 3, 9, 0, tzinfo=plus_two)
    assert document.summary.end == datetime(2023, 3, 3, 11, 30, tzinfo=plus_two)
    assert [event.time for event in document.timeline] == [
        datetime(2023, 3, 3, 9, 0, tzinfo=plus_two),
        datetime(2023, 3, 3, 11, 30, tzinfo=plus_two),
    ]


def test_an_abbreviation_or_an_offset_with_time_zone_after_it_names_that_zone() -> None:
    moment = datetime(2024, 1, 10, 12, 0)
    assert zone_named("UTC-4 time zone").utcoffset(moment) == timedelta(hours=-4)  # type: ignore[union-attr]
    assert zone_named("EAT timezone").utcoffset(moment) == timedelta(hours=3)  # type: ignore[union-attr]
    assert zone_named("timezone") is None
    assert zone_named("the zone") is None


def test_arabia_time_and_a_region_of_saudi_arabia_are_utc_plus_three() -> None:
    moment = datetime(2024, 7, 10, 12, 0)
    for said in ("Arabia Standard Time", "West Saudi Arabia Time", "eastern saudi arabia time"):
        assert zone_named(said).utcoffset(moment) == timedelta(hours=3), said  # type: ignore[union-attr]
    assert zone_named("Northern Pacific Time") is None  # a region of a country with several clocks: not one


def test_a_timeline_heading_naming_west_central_africa_standard_timezone_gives_its_clocks_lagos_offset() -> None:
    text = (
        "# Grading service outage\n\n"
        "The outage began on June 2nd 2023.\n\n"
        "### Timeline (24-hour clock, West Central Africa Standard Timezone)\n\n"
        "- 16:00: A settings push starts.\n"
        "- 16:40: The grading queue stops.\n"
    )
    plus_one = timezone(timedelta(hours=1))
    assert [event.time for event in from_markdown(text).timeline] == [
        datetime(2023, 6, 2, 16, 0, tzinfo=plus_one),
        datetime(2023, 6, 2, 16, 40, tzinfo=plus_one),
    ]


def test_african_zones_written_out_as_windows_names_them() -> None:
    on = datetime(2024, 1, 10, 12, 0)
    for name, hours in (
        ("West Central Africa Standard Time", 1),
        ("West Africa Standard Timezone", 1),
        ("Central Africa Standard Time", 2),
        ("East Africa Standard Time", 3),
    ):
        zone = zone_named(name)
        assert zone is not None, name
        assert zone.utcoffset(on) == timedelta(hours=hours), name
