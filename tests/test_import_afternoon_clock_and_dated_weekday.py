"""Two clock slips a careful reader reads through.

"13:00 PM", "14:50PM": a 24-hour clock with "PM" added says the same afternoon hour twice ("13:00 AM" says
two different things and stays unread). "from 00:25 to 00:55 EST Saturday 05-24-2020": the date written after
the weekday is the day meant, even when the weekday does not fit it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.timeparse import read


def test_a_twenty_four_hour_clock_with_pm_is_that_afternoon_hour() -> None:
    document = from_markdown(
        "# Firewall blocked the site\n\n## Timeline\nMarch 4, 2024\n\n"
        "- 13:00 PM UTC: The grader found the site unresponsive\n"
        "- 14:50PM UTC: Rules were changed and the site was back online\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2024, 3, 4, 13, 0, tzinfo=UTC),
        datetime(2024, 3, 4, 14, 50, tzinfo=UTC),
    ]


def test_a_twenty_four_hour_clock_with_am_stays_unread() -> None:
    assert read("13:00 AM", default_date=datetime(2024, 3, 4).date(), default_zone=UTC) is None


def test_a_date_after_the_weekday_is_the_windows_day() -> None:
    document = from_markdown(
        "# Web server down\n\n## Issue Summary\n\n"
        "The site was down for half an hour, from 00:25 to 00:55 EST Saturday 05-24-2020.\n\n"
        "## Timeline\n\n"
        "* 00:25 the engineer saw that the server was down.\n"
        "* 00:55 the engineer checked the page and it loaded again.\n"
    )
    eastern = timezone(timedelta(hours=-4))
    assert document.summary.start == datetime(2020, 5, 24, 0, 25, tzinfo=eastern)
    assert document.summary.end == datetime(2020, 5, 24, 0, 55, tzinfo=eastern)
    assert [event.time for event in document.timeline][-1] == datetime(2020, 5, 24, 0, 55, tzinfo=eastern)
