"""Timelines and windows as students and small teams type them, that a reader dates and finds.

- "07/Jun/2023 9:05 AM (GMT)": the day, the month's short name and the year between slashes (as a web
  server's log writes the day), then a clock; the entries' bare clocks are that day's.
- "* Start-time:" with its value on the line below, and "End-time:" right after the start's "(GMT)".
- Section names set in from the margin by tabs in a plain-text report ("\t\tTimeline").
- A date in the title written month-day-year with hyphens and a short year ("Outage 7-14-22").
- The window's end told in words: "bringing the outage to an end", "orders being processed again".
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import PostMortem

FORM = """\
# Postmortem
----------------------------------
### Issue Summary:
* Start-time:
07/Jun/2023 9:05 AM (GMT) End-time: 07/Jun/2023 9:50 AM (GMT)

* what was the impact:
the booking page showed a blank screen to every visitor.

-----------------------------------
### Timeline
* how was the issue detected

\t9:07 AM (GMT) an alert fired for the booking page

* actions taken

\t9:20 AM (GMT) the cache service was restarted

\t9:50 AM (GMT) the booking page loads again
"""


def _texts(doc: PostMortem) -> list[str]:
    return [event.text for event in doc.timeline]


def test_a_day_with_the_month_named_between_slashes_dates_the_window_and_the_entries() -> None:
    doc = from_markdown(FORM)
    assert doc.summary.start == datetime(2023, 6, 7, 9, 5, tzinfo=UTC)
    assert doc.summary.end == datetime(2023, 6, 7, 9, 50, tzinfo=UTC)
    times = {event.text: event.time for event in doc.timeline}
    assert times["an alert fired for the booking page"] == datetime(2023, 6, 7, 9, 7, tzinfo=UTC)
    assert times["the cache service was restarted"] == datetime(2023, 6, 7, 9, 20, tzinfo=UTC)


def test_hyphenated_start_and_end_labels_on_one_line_give_both_ends() -> None:
    report = """\
# Mail relay outage

## Summary
- Start-time: 07/Jun/2023 9:05 AM (GMT) End-time: 07/Jun/2023 9:50 AM (GMT)
- The relay refused every message.
"""
    summary = from_markdown(report).summary
    assert summary.start == datetime(2023, 6, 7, 9, 5, tzinfo=UTC)
    assert summary.end == datetime(2023, 6, 7, 9, 50, tzinfo=UTC)


def test_a_start_label_over_its_value_gives_the_start() -> None:
    report = """\
# Mail relay outage

## Issue Summary
* Start time:
  12 March 2024 14:10 UTC

* Impact:
  no mail went out.
"""
    summary = from_markdown(report).summary
    assert summary.start == datetime(2024, 3, 12, 14, 10, tzinfo=UTC)
    assert summary.end is None


PLAIN = """\
This note looks back at an outage of our ticket shop.
\t\tIssue Summary
From 8:10 AM to 8:55 AM the shop returned errors to every buyer.
\t\tTimeline
8:10 AM: A new build goes out
8:12 AM: Buyers report errors at checkout
8:30 AM: The build is rolled back
8:55 AM: Checkout works again for everyone
\t\tRoot Cause
The new build pointed at a retired payment endpoint.
"""


def test_section_names_set_in_by_tabs_in_plain_text_still_head_their_sections() -> None:
    doc = from_markdown(PLAIN)
    texts = _texts(doc)
    assert len(texts) == 4
    assert "A new build goes out" in texts[0]
    assert "Checkout works again for everyone" in texts[-1]
    assert "8:12 AM" not in doc.summary.impact


def test_a_title_dated_month_day_short_year_with_hyphens_dates_the_clocks() -> None:
    report = """\
# Shop outage 7-14-22

## Timeline
- 03:10 PM UTC The checkout began to fail
- 03:40 PM UTC Checkout is fully recovered
"""
    doc = from_markdown(report)
    assert [event.time for event in doc.timeline] == [
        datetime(2022, 7, 14, 15, 10, tzinfo=UTC),
        datetime(2022, 7, 14, 15, 40, tzinfo=UTC),
    ]


def test_numbers_joined_by_hyphens_in_a_sentence_date_nothing() -> None:
    report = """\
# Shop outage

The team won the quiz 5-26-21 on the day.

## Timeline
- 03:10 PM UTC The checkout began to fail
"""
    assert [event.time for event in from_markdown(report).timeline] == [None]


def test_the_window_ends_where_an_entry_says_the_outage_came_to_an_end() -> None:
    report = """\
# Login outage

## Timeline

All times in PST

### Jan 9 2024 10:02
A config change is deployed; logins start to fail.

### 10:40
The config is reverted and deployed, bringing the outage to an end.
"""
    pacific = timezone(timedelta(hours=-8))
    assert from_markdown(report).summary.end == datetime(2024, 1, 9, 10, 40, tzinfo=pacific)


def test_the_window_ends_when_the_work_is_being_processed_again() -> None:
    report = """\
# Queue stall

## Timeline (all times UTC)

2024-01-09

- 10:00 - The queue stalled.
- 10:04 - The stuck worker was restarted by hand.
- 10:09 - Orders being processed again after the restart.
"""
    assert from_markdown(report).summary.end == datetime(2024, 1, 9, 10, 9, tzinfo=UTC)
