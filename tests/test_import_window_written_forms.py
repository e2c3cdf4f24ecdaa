"""The incident's window and its entries' times in forms people write them in: ISO's time alone with its "T"
("T07:41:12+0100"), a start label with its words turned round ("Time of Start:"), a range in brackets whose
first clock names its zone too, a day written with a two-digit number after it that is no year the editor
writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.timeparse import read

_PLUS_ONE = timezone(timedelta(hours=1))

_ISO_PIECES = """# Postmortem: locked out of the box

## Issue Summary

Window of the outage:
- Date: 2022-03-09
- Time of Start: T07:41:12+0100
- End Time: T11:05:40+0100

## Timeline

- 07:41: ssh refused my key
- 08:30: found the key missing from the file
- 09:10: added the key, login works
"""


def test_a_time_written_alone_with_its_iso_mark_is_read_with_its_offset() -> None:
    reading = read("T07:41:12+0100 is when it began", default_date=datetime(2022, 3, 9).date())
    assert reading is not None and reading.moment.utcoffset() == timedelta(hours=1)
    assert (reading.moment.hour, reading.moment.minute, reading.moment.second) == (7, 41, 12)


def test_window_labels_with_iso_time_pieces_give_the_window_and_its_zone() -> None:
    doc = from_markdown(_ISO_PIECES)
    assert doc.summary.start == datetime(2022, 3, 9, 7, 41, 12, tzinfo=_PLUS_ONE)
    assert doc.summary.end == datetime(2022, 3, 9, 11, 5, 40, tzinfo=_PLUS_ONE)
    # The one zone the document names is its entries' too.
    assert doc.timeline[0].time == datetime(2022, 3, 9, 7, 41, tzinfo=_PLUS_ONE)


def test_a_letter_t_before_a_number_that_is_no_clock_is_no_time() -> None:
    day = datetime(2022, 3, 9).date()
    assert read("T5 went down", default_date=day) is None
    assert read("T7:41", default_date=day) is None  # no hour of two digits: not ISO's form


def test_a_range_in_brackets_with_a_zone_after_each_clock_is_the_window() -> None:
    doc = from_markdown(
        "# Peering loss (2025-03-02/03)\n\n## Summary\n\nA router change cut our transit links. The outage lasted\n"
        "about 80 minutes (23:40 UTC to 01:00 UTC) and delayed payouts.\n\n## Timeline\n\n"
        "- 23:41 UTC: links dropped, alert fired\n- 01:00 UTC: rollback done, service restored\n"
    )
    utc = UTC
    assert (doc.summary.start, doc.summary.end) == (
        datetime(2025, 3, 2, 23, 40, tzinfo=utc),
        datetime(2025, 3, 3, 1, 0, tzinfo=utc),
    )


def test_an_issue_that_occurred_at_a_moment_and_lasted_until_another_gives_both_ends() -> None:
    doc = from_markdown(
        "# Printer queue stuck\n\n**Issue Summary:**\n\n- **Duration:** The problem occurred on May 4th, 2023, at"
        " 9:15 AM UTC and lasted until 10:05 AM UTC, so nobody could print.\n\n**Timeline:**\n\n"
        "- **Detection:** seen at 9:15 AM UTC when the queue stopped moving.\n- **Fix:** restarted the spooler.\n"
    )
    utc = UTC
    assert (doc.summary.start, doc.summary.end) == (
        datetime(2023, 5, 4, 9, 15, tzinfo=utc),
        datetime(2023, 5, 4, 10, 5, tzinfo=utc),
    )


def test_a_day_with_a_stray_two_digit_number_after_it_is_not_dated_in_the_first_century() -> None:
    doc = from_markdown(
        "Issue Summary:\nFrom 8:05 PM (WAT) on March 3rd, 17, to 9:10 PM (WAT) the blog served errors.\n"
        "Timeline:\nMarch 3rd, 17, 8:05 PM (WAT): readers reported errors.\n"
        "March 3rd, 17, 9:10 PM (WAT): a typo fixed, the blog back.\n"
    )
    assert doc.timeline and all(event.time is None or event.time.year > 1900 for event in doc.timeline)
    assert doc.summary.start is None or doc.summary.start.year > 1900
    assert "8:05 PM" in doc.timeline[0].text  # the clock, undated, kept in the words


def test_the_editors_own_date_of_the_first_year_is_still_read() -> None:
    reading = read("January 1, 1, 00:00 UTC")
    assert reading is not None and reading.moment.year == 1


def test_the_summary_gives_its_seconds_to_a_start_the_timeline_writes_to_the_minute() -> None:
    doc = from_markdown(
        "# Postmortem\n\n## Issue Summary\nOn Tuesday, 7 Nov 2023 at 14:05:41 GMT the shop went down and every"
        " page answered 502.\n\n## Timeline\n- **14:05 GMT** => pages answer 502\n"
        "- **14:20 GMT** => found the bad upstream name\n- **14:31 GMT** => fixed it, shop back up\n"
    )
    assert doc.summary.start == datetime(2023, 11, 7, 14, 5, 41, tzinfo=UTC)
    assert doc.timeline[0].time == datetime(2023, 11, 7, 14, 5, tzinfo=UTC)  # the entry as written
