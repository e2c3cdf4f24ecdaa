"""Times as students write them in their post-mortems, read as a careful reader reads them.

Dates typed in a blog editor that set their hyphens as dashes with the year last, a window hedged ("from at
least …"), clocks in the other bold mark ("__0300hrs__"), the window set down as "Start Time:" and "End Time:"
lines under the Timeline heading, a clock over a month with no day, a start told inside a sentence.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.dashed_dates import plain_hyphens
from app.formats.markdown_import import from_markdown

NAIROBI = timezone(timedelta(hours=3))
LAGOS = timezone(timedelta(hours=1))

DASHED_DAYS = """### Summary:

Every page of the shop answered 500 after a release.

### Timeline:

* 03–14–2022, 9:00 PM PDT: Release pushed
* 03–15–2022, 8:10 AM PDT: Errors noticed in the logs
* 03–15–2022, 9:30 AM PDT: Config typo fixed, pages load again

### Impact:
Shoppers could not load any page from at least 9:00 PM 03–14–2022 to 9:30 AM 03–15–2022.

### Root Cause:

A typo in a config file.
"""


def test_dates_with_dashes_and_the_year_last_time_the_entries() -> None:
    events = from_markdown(DASHED_DAYS).timeline
    pacific = timezone(timedelta(hours=-7))  # PDT as written, on a date the Pacific clock had moved
    assert [event.time for event in events] == [
        datetime(2022, 3, 14, 21, 0, tzinfo=pacific),
        datetime(2022, 3, 15, 8, 10, tzinfo=pacific),
        datetime(2022, 3, 15, 9, 30, tzinfo=pacific),
    ]
    assert events[0].text == "Release pushed"


def test_a_window_hedged_with_at_least_is_still_the_window() -> None:
    summary = from_markdown(DASHED_DAYS).summary
    pacific = timezone(timedelta(hours=-7))
    assert summary.start == datetime(2022, 3, 14, 21, 0, tzinfo=pacific)
    assert summary.end == datetime(2022, 3, 15, 9, 30, tzinfo=pacific)
    summary = from_markdown(
        "# Summary\n\nThe mail relay rejected every message from at least 10:20 UTC to 11:05 UTC on "
        "6 May 2024.\n\n# Timeline\n\n- 10:40 UTC bounce reports came in\n- 11:05 UTC relay restarted\n"
    ).summary
    assert summary.start == datetime(2024, 5, 6, 10, 20, tzinfo=UTC)


def test_only_a_whole_dashed_date_with_its_year_last_loses_its_dashes() -> None:
    assert plain_hyphens("on 12–01–2021 at noon") == "on 12-01-2021 at noon"
    assert plain_hyphens("pages 10–12 of 2021–2022") == "pages 10–12 of 2021–2022"
    assert plain_hyphens("build 1–2–3456") == "build 1–2–3456"


def test_a_window_in_underscore_bold_is_read() -> None:
    summary = from_markdown(
        "# Issue Summary\n\nThe shop was down on **Friday 3rd March, 2023** from __0200hrs (EAT)__ to "
        "__0245hrs (EAT)__ after a disk filled up.\n\n# Timeline\n\n"
        "* We were paged at 0215hrs (EAT) by the uptime checker.\n* Space was freed by __0245hrs (EAT)__.\n"
    ).summary
    assert (summary.start, summary.end) == (
        datetime(2023, 3, 3, 2, 0, tzinfo=NAIROBI),
        datetime(2023, 3, 3, 2, 45, tzinfo=NAIROBI),
    )


WINDOW_LINES_ONLY = """# Queue stuck

## Issue Summary

Jobs piled up in the queue.

## Timeline

Start Time: March 4, 2024, 07:15 (WAT)

End Time: March 5, 2024, 18:40 (WAT)

Nothing was processed in between.

## Root Cause

A worker lost its credentials.
"""


def test_start_and_end_lines_alone_in_the_timeline_are_its_entries_and_the_window() -> None:
    imported = from_markdown(WINDOW_LINES_ONLY)
    assert [(event.time, event.text) for event in imported.timeline] == [
        (datetime(2024, 3, 4, 7, 15, tzinfo=LAGOS), "Start Time"),
        (datetime(2024, 3, 5, 18, 40, tzinfo=LAGOS), "End Time"),
        (None, "Nothing was processed in between."),
    ]
    assert imported.summary.start == datetime(2024, 3, 4, 7, 15, tzinfo=LAGOS)
    assert imported.summary.end == datetime(2024, 3, 5, 18, 40, tzinfo=LAGOS)


def test_start_and_end_lines_over_timed_entries_give_the_window_they_state() -> None:
    imported = from_markdown(
        "# Disk full\n\n## Timeline\n\nStart: 2024-06-02 10:05 UTC\nEnd: 2024-06-02 11:30 UTC\n\n"
        "- 10:12 UTC disk alert fired\n- 11:30 UTC old logs removed, writes resumed\n"
    )
    assert imported.summary.start == datetime(2024, 6, 2, 10, 5, tzinfo=UTC)
    assert [event.text for event in imported.timeline] == ["disk alert fired", "old logs removed, writes resumed"]


def test_a_clock_over_a_month_with_no_day_gives_no_day() -> None:
    imported = from_markdown(
        "Outage report\n\nSummary\n\nThe pages stopped loading.\n\nTIMELINE\n\nDetection:\n> Seen while testing\n\n"
        "Resolution: 17:20 Mar 2024\n> The proxy config was fixed.\n"
    )
    assert all(event.time is None or event.time.day != 20 for event in imported.timeline)
    assert imported.summary.end is None


def test_a_start_told_inside_a_summary_sentence_with_its_whole_date() -> None:
    imported = from_markdown(
        "Shop down\n\nSUMMARY\nWe were moving the shop to a new host and at Feb 9, 2023 4:30 PM an internal "
        "server error occured\nThe shop could not be reached.\n\nTIMELINE\nNoticed at Feb 9, 2023 4:30 PM\n"
    )
    assert imported.summary.start == datetime(2023, 2, 9, 16, 30, tzinfo=UTC)
    assert imported.timeline[0].time == datetime(2023, 2, 9, 16, 30, tzinfo=UTC)


def test_a_resolution_at_the_start_itself_ends_no_window() -> None:
    # One dated entry that tells both the finding and the fix: no stretch of time, so no end.
    summary = from_markdown(
        "Shop down\n\nSUMMARY\nWe were moving the shop to a new host and at Feb 9, 2023 4:30 PM an internal "
        "server error occured\n\nTIMELINE\nNoticed at Feb 9, 2023 4:30 PM\nIt was resolved by fixing the host name\n"
    ).summary
    assert summary.start == datetime(2023, 2, 9, 16, 30, tzinfo=UTC)
    assert summary.end is None
