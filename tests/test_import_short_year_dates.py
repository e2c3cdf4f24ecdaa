"""A date typed with its year cut to two digits ("4/6/19", "on 27/10/21") dates the times written alone, as the
same date with four digits would; a path or a run of numbers ("/data/4/6/19/") dates nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

EASTERN_SUMMER = timezone(timedelta(hours=-4))

US_STUDENT = """\
Postmortem

Summary

It was the evening of 4/6/19. The shop's checkout hung from around 7:40pm to 8:25pm (EDT) because a cron job
filled the disk with logs.

Timeline:
7:40 pm - An alert mail says checkout takes over 30 seconds.
8:02 pm - df shows the root partition at 100%.
8:25 pm - Old logs deleted and rotation fixed; checkout answers at once.
"""

DAY_FIRST = """\
Postmortem

On 27/10/21 the wiki answered 502 from 10:05 to 10:40 (UTC).

Timeline:
10:05 - Users report 502 errors.
10:40 - The upstream pool is restarted and pages load.
"""

A_PATH = """\
Postmortem

The backups under /data/4/6/19/ were unreadable.

Timeline:
10:05 - Restore fails.
10:40 - Restore from the mirror succeeds.
"""


def test_a_us_date_with_a_two_digit_year_dates_the_timeline_in_the_stated_zone() -> None:
    doc = from_markdown(US_STUDENT)
    assert (doc.summary.start, doc.summary.end) == (
        datetime(2019, 4, 6, 19, 40, tzinfo=EASTERN_SUMMER),
        datetime(2019, 4, 6, 20, 25, tzinfo=EASTERN_SUMMER),
    )
    assert [event.time for event in doc.timeline] == [
        datetime(2019, 4, 6, hour, minute, tzinfo=EASTERN_SUMMER) for hour, minute in ((19, 40), (20, 2), (20, 25))
    ]


def test_a_day_first_date_with_a_two_digit_year_is_read_day_first() -> None:
    doc = from_markdown(DAY_FIRST)
    assert [event.time for event in doc.timeline] == [
        datetime(2021, 10, 27, 10, 5, tzinfo=UTC),
        datetime(2021, 10, 27, 10, 40, tzinfo=UTC),
    ]


def test_numbers_in_a_path_are_no_date() -> None:
    doc = from_markdown(A_PATH)
    assert all(event.time is None for event in doc.timeline)
