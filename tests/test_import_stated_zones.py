"""The zone a document states once, wherever it states it, is the zone of every time written without one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.formats.markdown_import import read_markdown as from_markdown_with_notes

PLUS_3 = timezone(timedelta(hours=3))
EASTERN_WINTER = timedelta(hours=-5)

# One long opening paragraph on one line (well over 300 characters), as editors that wrap softly save it,
# naming the zone once, in parentheses.
STUDENT = """# When the Load Balancer Flipped a Coin

## Issue Summary

On Saturday, 5 October 2024, from 14:30 until 16:10 (East Africa Time, UTC+3), about half of the requests \
to our site returned a 504 Gateway Timeout, because one of the two backend servers behind the load balancer \
had lost its application workers while the balancer, which had no health check configured, kept sending it \
traffic. Users got the page on one reload and an error on the next, which made the fault look random.

## Timeline

- 14:30 - A friend reports that the site works every other time.
- 15:20 - Found no workers running on web-02.
- 16:10 - Every request answers 200 again.
"""


def test_a_zone_named_once_in_a_long_paragraph_beside_the_window_is_every_time_s_zone() -> None:
    draft, notes = from_markdown_with_notes(STUDENT)
    assert draft.summary.start == datetime(2024, 10, 5, 14, 30, tzinfo=PLUS_3)
    assert draft.summary.end == datetime(2024, 10, 5, 16, 10, tzinfo=PLUS_3)
    assert [event.time for event in draft.timeline] == [
        datetime(2024, 10, 5, hour, minute, tzinfo=PLUS_3) for hour, minute in ((14, 30), (15, 20), (16, 10))
    ]
    assert not any("names no time zone" in note for note in notes)


# The window is written with a twelve-hour clock and the zone in parentheses after the date; the
# timeline's heading states the same zone again.
BLOG = """# Disk Full on the Blog's Database

## Issue Summary

From 10:45 PM, March 3 to 1:20 AM, March 4, 2025 (EST), our blog served database errors on most page \
loads. Readers saw an error page instead of posts, and nobody could comment or publish. The primary \
database server had run out of disk space because its binary logs were never purged.

## Timeline (EST)

- 10:45 PM, March 3 – A reader tells us the blog is broken.
- 12:41 AM, March 4 – The database accepts connections again.
- 1:20 AM, March 4 – Error rates are back to zero.
"""


def test_a_zone_in_parentheses_after_the_window_dates_both_ends_in_it() -> None:
    draft, notes = from_markdown_with_notes(BLOG)
    assert draft.summary.start is not None and draft.summary.end is not None
    assert draft.summary.start.utcoffset() == EASTERN_WINTER
    assert (draft.summary.start.hour, draft.summary.end.hour, draft.summary.end.minute) == (22, 1, 20)
    assert all(event.time is not None and event.time.utcoffset() == EASTERN_WINTER for event in draft.timeline)
    assert not any("names no time zone" in note for note in notes)


def test_a_zone_stated_by_the_timeline_heading_alone_is_every_time_s_zone() -> None:
    text = BLOG.replace(" (EST), our blog", ", our blog")
    draft, notes = from_markdown_with_notes(text)
    assert draft.summary.start is not None and draft.summary.start.utcoffset() == EASTERN_WINTER
    assert all(event.time is not None and event.time.utcoffset() == EASTERN_WINTER for event in draft.timeline)
    assert not any("names no time zone" in note for note in notes)


def test_a_word_in_parentheses_that_is_no_zone_leaves_the_times_in_utc_and_says_so() -> None:
    text = STUDENT.replace("(East Africa Time, UTC+3)", "(a Saturday, of all days)")
    draft, notes = from_markdown_with_notes(text)
    assert draft.summary.start is not None and draft.summary.start.utcoffset() == timedelta(0)
    assert any("names no time zone" in note for note in notes)


def test_a_zone_in_parentheses_on_a_line_without_any_time_is_not_a_statement_about_the_times() -> None:
    # "(PST)" here names where a colleague sits, not the clock of the timeline.
    text = STUDENT.replace("## Timeline", "Our mentor (PST) reviewed this report a week later.\n\n## Timeline").replace(
        " (East Africa Time, UTC+3)", ""
    )
    draft, _ = from_markdown_with_notes(text)
    assert draft.summary.start is not None and draft.summary.start.utcoffset() == timedelta(0)


PLUS_1 = timezone(timedelta(hours=1))


def _window_line(line: str) -> str:
    return f"# Mail bounced\n\n## Issue Summary\n\nOn 3 June 2024 {line}\n\n## Timeline\n\n- 09:10 - mail bounces\n"


@pytest.mark.parametrize(
    "line",
    [
        "mail bounced (from 09:10 to 10:40 , UTC+1).",  # the times and the zone share the parentheses
        "mail bounced (from 09:10 to 10:40, GMT+1).",
        "mail bounced from 09:10 to 10:40 , UTC+1.",  # the zone closes the sentence after a comma
    ],
)
def test_a_zone_after_a_comma_closing_the_window_is_every_time_s_zone(line: str) -> None:
    draft, notes = from_markdown_with_notes(_window_line(line))
    assert draft.summary.start == datetime(2024, 6, 3, 9, 10, tzinfo=PLUS_1)
    assert draft.summary.end == datetime(2024, 6, 3, 10, 40, tzinfo=PLUS_1)
    assert draft.timeline[0].time == datetime(2024, 6, 3, 9, 10, tzinfo=PLUS_1)
    assert not any("names no time zone" in note for note in notes)


def test_a_word_after_a_comma_that_is_no_zone_leaves_the_times_in_utc() -> None:
    draft, notes = from_markdown_with_notes(_window_line("mail bounced from 09:10 to 10:40, Monday."))
    assert draft.summary.start == datetime(2024, 6, 3, 9, 10, tzinfo=UTC)
    assert any("names no time zone" in note for note in notes)


# A sentence of an ordinary paragraph states the zone, with words between "times" and the zone's
# spelled-out name; the paragraph is one long line, as a word processor saves it.
def _statement_doc(statement: str) -> str:
    return (
        "Riverside Library: catalogue search outage\n\n"
        "On Tuesday 14 May 2024 the catalogue search returned no results from 9:12 am until 10:40 am, so "
        "patrons at the desks and online could not find any book, and staff had to look titles up on the "
        "old printed shelf list while the search index was rebuilt from the nightly copy of the database. "
        f"{statement}\n\n"
        "Timeline\n\n"
        "9:12 am - A patron tells the desk that search finds nothing.\n"
        "10:40 am - Search returns results again.\n"
    )


@pytest.mark.parametrize(
    ("statement", "offset"),
    [
        ("All times in this report are Eastern Daylight Time.", -4),
        ("Times below are in Pacific time.", -7),
        ("All timestamps: CET.", 2),
        ("(all times Central European Summer Time)", 2),
        ("Times are given in IST (UTC+5:30).", 5.5),
        ("Every time in this note is Japan Standard Time.", 9),
        ("All times shown are Australian Eastern Standard Time.", 10),
        ("The times we quote are British Summer Time.", 1),
        ("Timestamps are in India Standard Time.", 5.5),
        ("All times here are Mountain Daylight Time.", -6),
    ],
)
def test_a_zone_stated_in_a_sentence_of_a_paragraph_is_the_zone_of_every_time(statement: str, offset: float) -> None:
    draft, notes = from_markdown_with_notes(_statement_doc(statement))
    zone = timezone(timedelta(hours=offset))
    assert [event.time for event in draft.timeline] == [
        datetime(2024, 5, 14, 9, 12, tzinfo=zone),
        datetime(2024, 5, 14, 10, 40, tzinfo=zone),
    ]
    assert not any("names no time zone" in note for note in notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "We retried the rebuild three times at 9:30 before it worked.",
        "Response times for patrons in the reading room rose tenfold.",
        "Most times we eat lunch at the desk anyway.",
    ],
)
def test_a_sentence_about_times_that_names_no_zone_leaves_the_times_unzoned(sentence: str) -> None:
    draft, notes = from_markdown_with_notes(_statement_doc(sentence))
    assert draft.timeline[0].time == datetime(2024, 5, 14, 9, 12, tzinfo=UTC)
    assert any("names no time zone" in note for note in notes)


# The statement follows an earlier mention of times in the same sentence, more than a few words before it
# (the zone); the times are twelve-hour, on a day just after the US changed to summer time.
NOTE_ON_TIMES = """# Why uploads stalled on Wednesday

Uploads hung for about an hour on Wednesday, March 11th, 2026.

_About times: our on-call rota changes weekly and people work from home, so every time in this write-up is US/Central._

## Timeline

- **8:05 AM** — upload queue depth starts climbing.
- **8:40 AM** — Rosa restarts the upload workers.
- **9:02 AM** — uploads flow again.
"""


def test_a_zone_stated_after_an_earlier_mention_of_times_is_every_time_s_zone_with_summer_offset() -> None:
    draft, _ = from_markdown_with_notes(NOTE_ON_TIMES)
    central_summer = timezone(timedelta(hours=-5))
    assert [event.time for event in draft.timeline] == [
        datetime(2026, 3, 11, hour, minute, tzinfo=central_summer) for hour, minute in ((8, 5), (8, 40), (9, 2))
    ]
    assert all(event.time.utcoffset() == timedelta(hours=-5) for event in draft.timeline)


TABLE_ZONE = """# Laporan: Pembayaran gagal

| | |
|---|---|
| Tanggal kejadian | Selasa, 9 Juni 2026 |

Ringkas.

## Kronologi

| Waktu (WIB) | Kejadian |
|---|---|
| 10:20 | Tingkat gagal mulai naik |
| 12:45 | Normal kembali |
"""


def test_times_read_in_the_zone_their_column_names_are_not_said_to_be_utc() -> None:
    """Only the time column's header names the zone (WIB): every time is read in it, so a note that the times
    were read as UTC would be false."""
    draft, notes = from_markdown_with_notes(TABLE_ZONE)
    assert draft.timeline and all(
        event.time is not None and event.time.utcoffset() == timedelta(hours=7) for event in draft.timeline
    )
    assert not any("names no time zone" in note for note in notes)
