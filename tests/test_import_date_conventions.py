"""Dates and clocks written as teams in other countries write them, in reports otherwise in English.

"2. März 2024, 14:05 Uhr" (German), "7 h 48" and "5 mars 2024" (Québec), "9.45am" (British informal),
"09-04-2024" (day first with dashes, as Indian reports write it). Each test opens a small file and checks
the times a careful reader would take from it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.timeparse import read

CET = timezone(timedelta(hours=1))
BST = timezone(timedelta(hours=1))
EST = timezone(timedelta(hours=-5))
IST = timezone(timedelta(hours=5, minutes=30))


def _times(text: str) -> list[tuple[datetime | None, str]]:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document
    return [(event.time, event.text) for event in document.timeline]


def test_german_dates_and_uhr_clocks() -> None:
    times = _times(
        "# Orders sent twice\n\n**Date of incident:** Saturday, 2. März 2024\n\n## Timeline\n\n"
        "All times are German time (CET).\n\n- 13:58 Uhr – Release 7.14 deployed\n- 15:40 Uhr – No new duplicates\n\n"
        "## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Remove the old call | Lukas | 08.03.2024 |\n"
    )
    assert times == [
        (datetime(2024, 3, 2, 13, 58, tzinfo=CET), "Release 7.14 deployed"),
        (datetime(2024, 3, 2, 15, 40, tzinfo=CET), "No new duplicates"),
    ]


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2. März 2024", date(2024, 3, 2)),
        ("5 mars 2024", date(2024, 3, 5)),
        ("3 de mayo de 2024", date(2024, 5, 3)),
        ("12 dicembre 2023", date(2023, 12, 12)),
        ("1. Oktober 2024", date(2024, 10, 1)),
        ("19-04-2024", date(2024, 4, 19)),
    ],
)
def test_a_date_in_another_languages_convention_dates_the_timeline(written: str, day: date) -> None:
    times = _times(f"# T\n\nDate: {written}\n\n## Timeline\n\n- 10:00 Deploy\n")
    assert times == [(datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC), "Deploy")]


def test_a_numbered_item_is_not_a_german_date_without_its_year() -> None:
    assert read("2. March the team met", date_only_ok=True) is None


def test_quebec_clocks_with_spaces_round_the_h() -> None:
    times = _times(
        "# Frozen times\n\nDate: 5 mars 2024\n\n## Timeline (Eastern time)\n\n"
        "- 7 h 48 – The feed changes its format\n- 8 h 37 – Fresh arrival times are back\n"
    )
    assert times == [
        (datetime(2024, 3, 5, 7, 48, tzinfo=EST), "The feed changes its format"),
        (datetime(2024, 3, 5, 8, 37, tzinfo=EST), "Fresh arrival times are back"),
    ]


def test_dotted_twelve_hour_clocks_on_plain_lines() -> None:
    times = _times(
        "# Sales page down\n\nDate: Tuesday 14th May 2024\n\n## Timeline (all times BST)\n\n"
        "9.45am – Queue configuration published\n10.00am – Sales open\n12.05pm – Sales page stable\n"
    )
    assert times == [
        (datetime(2024, 5, 14, 9, 45, tzinfo=BST), "Queue configuration published"),
        (datetime(2024, 5, 14, 10, 0, tzinfo=BST), "Sales open"),
        (datetime(2024, 5, 14, 12, 5, tzinfo=BST), "Sales page stable"),
    ]


def test_a_dotted_number_without_am_or_pm_is_no_clock_in_prose() -> None:
    assert read("2.14 release notes") is None


def test_dates_day_first_with_dashes_in_a_date_column() -> None:
    times = _times(
        "# UPI timeouts\n\n## Sequence of events\n\n| Date | Time (IST) | Event |\n|---|---|---|\n"
        "| 09-04-2024 | 6:50 PM | Pool size reduced |\n| 09-04-2024 | 8:15 PM | Success rate back to normal |\n\n"
        "## Actions\n\n| Action | Owner | Target date |\n|---|---|---|\n| Split the config | Vikram | 19-04-2024 |\n"
    )
    assert [time for time, _text in times] == [
        datetime(2024, 4, 9, 18, 50, tzinfo=IST),
        datetime(2024, 4, 9, 20, 15, tzinfo=IST),
    ]


@pytest.mark.parametrize(
    ("written", "moment"),
    [
        ("14:05 MEZ", datetime(2024, 3, 2, 14, 5, tzinfo=CET)),
        ("14:05 MESZ", datetime(2024, 3, 2, 14, 5, tzinfo=CET)),
        ("14:05 h", datetime(2024, 3, 2, 14, 5, tzinfo=UTC)),
        ("14:05hs", datetime(2024, 3, 2, 14, 5, tzinfo=UTC)),
    ],
)
def test_clocks_and_zones_as_german_and_spanish_teams_write_them(written: str, moment: datetime) -> None:
    times = _times(f"# T\n\nDate: 2024-03-02\n\n## Timeline\n\n- {written} – Deploy\n")
    assert times == [(moment, "Deploy")]


def test_a_table_row_holding_only_a_day_dates_the_rows_under_it_and_is_no_event() -> None:
    text = (
        "# Billing export duplicates\n\n## Timeline\n\n| Time (UTC) | Event |\n|:--|:--|\n"
        "| **Mon 6 April 2026** | |\n| 22:10 | Nightly export runs twice |\n"
        "| **Tue 7 April** | |\n| 07:40 | First customer ticket |\n| 09:05 | Export job fixed |\n"
    )
    document = from_markdown(text)
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2026, 4, 6, 22, 10, tzinfo=UTC), "Nightly export runs twice"),
        (datetime(2026, 4, 7, 7, 40, tzinfo=UTC), "First customer ticket"),
        (datetime(2026, 4, 7, 9, 5, tzinfo=UTC), "Export job fixed"),
    ]
