"""The incident's window as a summary states it, in the ways people type it: it beats any guess from the timeline.

Start and End as bullets under a plain "## Summary"; both labels on one line ("Start: …, End: …"), the zone
in parentheses after the end; a duration line telling its length before the range; a start stated one line
above a timeline whose first entry is a customer's report.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from app.formats.markdown_read.reader import read_markdown

PLUS_2 = timezone(timedelta(hours=2))
PLUS_3 = timezone(timedelta(hours=3))
MINUS_4 = timezone(timedelta(hours=-4))
SAVED_LATER = date(2026, 1, 20)

BULLETS_UNDER_SUMMARY = """\
# Review: the importer stalled

## Summary

Our CSV importer stopped picking up files; customers' uploads waited in the queue.

- Start: 2024-06-11 08:05 EDT
- End: 2024-06-11 09:50 EDT

## Timeline

- 2024-06-11 07:55 — Worker deploy finishes.
- 2024-06-11 08:20 — A customer asks why the upload is stuck.
- 2024-06-11 09:50 — Queue empty again.
"""


def test_start_and_end_bullets_under_a_plain_summary_are_the_window():
    document, _ = read_markdown(BULLETS_UNDER_SUMMARY, file_day=SAVED_LATER)
    assert document.summary.start == datetime(2024, 6, 11, 8, 5, tzinfo=MINUS_4)
    assert document.summary.end == datetime(2024, 6, 11, 9, 50, tzinfo=MINUS_4)
    assert "Start:" not in document.introduction  # read, not kept a second time
    assert "uploads waited" in document.introduction


ONE_LINE = """\
WEB-02 RAN OUT OF INODES

Issue Summary
-------------
Length: 50 minutes. Start: 4 Feb 2025 at 3:20 PM, End: 4:10 PM (Kampala time, EAT)

Timeline
--------
3:25 PM  Uploads fail with "No space left on device".
4:10 PM  Uploads work again.
"""


def test_start_and_end_on_one_line_with_the_zone_after_the_end_both_count():
    document, _ = read_markdown(ONE_LINE, file_day=SAVED_LATER)
    assert document.summary.start == datetime(2025, 2, 4, 15, 20, tzinfo=PLUS_3)
    assert document.summary.end == datetime(2025, 2, 4, 16, 10, tzinfo=PLUS_3)


def test_a_duration_that_agrees_with_the_start_and_end_on_its_line_is_not_kept_again():
    document, _ = read_markdown(ONE_LINE.replace("Length:", "Duration:"), file_day=SAVED_LATER)
    assert document.summary.end == datetime(2025, 2, 4, 16, 10, tzinfo=PLUS_3)
    kept = [document.introduction, *(section.body for section in document.extra_sections)]
    assert not any("Start:" in text for text in kept)


DURATION_FIRST = """\
# Postmortem: the mail queue froze

## Issue Summary

**Duration:** 2 hours and 15 minutes — Tuesday 8 April 2025, 13:10 to 15:25 (CEST)

**Impact:** no mail left the building.

## Timeline

- 13:30 - Sales say their mail is not arriving.
- 15:25 - Queue drained.
"""


def test_a_duration_telling_its_length_before_the_range_gives_the_range():
    document, _ = read_markdown(DURATION_FIRST, file_day=SAVED_LATER)
    assert document.summary.start == datetime(2025, 4, 8, 13, 10, tzinfo=PLUS_2)
    assert document.summary.end == datetime(2025, 4, 8, 15, 25, tzinfo=PLUS_2)


STATED_ABOVE_A_LATER_REPORT = """\
# Stale prices in the shop

## Summary

Prices shown in the shop lagged behind the catalogue overnight.

Start: 9 July 2024, 21:40 CEST. End: 10 July 2024, 06:15 CEST.

## Timeline

- 21:30 — Catalogue sync starts.
- 22:10 — A customer writes in: a price is wrong.
- 06:15 — Sync caught up.
"""


def test_a_start_stated_in_the_summary_beats_the_first_report_in_the_timeline():
    document, _ = read_markdown(STATED_ABOVE_A_LATER_REPORT, file_day=SAVED_LATER)
    assert document.summary.start == datetime(2024, 7, 9, 21, 40, tzinfo=PLUS_2)
    assert document.summary.end == datetime(2024, 7, 10, 6, 15, tzinfo=PLUS_2)
