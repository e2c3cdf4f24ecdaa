"""A report told in sentences, with its times said in words: each timed sentence is an event, as a reader sees it."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown
from app.model import EventKind

STORY = """# The afternoon the login page forgot Safari

*Written on 22 August 2024.*

On 21 August 2024 at around 2pm I merged a change to the session cookie. The deploy went out at about ten past two.

At quarter past two the first support ticket came in. By half past two there were forty of them.

At ten to three Dana opened an incident and paged Viktor. We reverted my change at five past three. Logins worked
again by twenty past three.

## Why it happened

The config loader lowercased every value.
"""


def at(hour: int, minute: int) -> datetime:
    return datetime(2024, 8, 21, hour, minute, tzinfo=UTC)


def test_each_sentence_with_a_said_time_is_an_event_in_the_afternoon_the_story_is_told_in():
    document = from_markdown(STORY)
    assert [event.time for event in document.timeline] == [
        at(14, 0),
        at(14, 10),  # "about ten past two": after 2pm, not ten past two at night
        at(14, 15),
        at(14, 30),
        at(14, 50),  # "ten to three"
        at(15, 5),
        at(15, 20),
    ]
    kinds = {event.time: event.kind for event in document.timeline}
    assert kinds[at(14, 15)] is EventKind.DETECTION
    assert kinds[at(14, 50)] is EventKind.ESCALATION  # "opened an incident and paged Viktor"
    assert kinds[at(15, 5)] is EventKind.ACTION
    assert kinds[at(15, 20)] is EventKind.RESOLUTION  # "worked again"
    assert document.summary.end == at(15, 20)


def test_words_that_only_look_like_a_said_time_make_no_event():
    text = STORY.replace("At ten to three Dana", "Ten to three of us thought Dana").replace(
        "at five past three", "past three gates"
    )
    times = [event.time for event in from_markdown(text).timeline]
    assert at(14, 50) not in times and at(15, 5) not in times


TOLD_UNDER_A_HEADING = """# Checkout errors after the tax-table refresh

Written by Ines on 5 March 2024.

## What happened

On Monday 4 March, at around 9am, the weekly tax-table refresh ran. Nobody watched it.

At twenty past nine the first checkout failed in Portugal. By half past nine about one order in five failed,
and Joana paged the payments on-call.

At ten to ten Marco rolled the tax table back to last week's copy. Checkout recovered by 10:05, and we
went home early.

## Why

The refresh job trusted a file with an empty header row.
"""


def test_a_timeline_section_told_as_a_story_gets_an_event_per_timed_sentence_and_keeps_every_word():
    document = from_markdown(TOLD_UNDER_A_HEADING)
    day = datetime(2024, 3, 4, tzinfo=UTC)
    assert [event.time for event in document.timeline] == [
        day.replace(hour=9),
        day.replace(hour=9, minute=20),
        day.replace(hour=9, minute=30),
        day.replace(hour=9, minute=50),
        day.replace(hour=10, minute=5),
    ]
    told = " ".join(event.text for event in document.timeline)
    section = TOLD_UNDER_A_HEADING.split("## What happened")[1].split("## Why")[0]
    assert told.split() == section.split()  # every word, in order, none left under a second heading
    assert document.timeline[0].text.endswith("Nobody watched it.")  # an untimed sentence stays with its event
    assert document.timeline[-1].kind is EventKind.RESOLUTION
    assert [section.heading for section in document.extra_sections] == []


def test_a_timeline_section_holding_a_list_is_not_read_as_a_story():
    document = from_markdown(TOLD_UNDER_A_HEADING.replace("At ten to ten Marco", "- Marco"))
    times = [event.time for event in document.timeline if event.time is not None]
    assert datetime(2024, 3, 4, 9, 30, tzinfo=UTC) not in times  # its sentences were not cut into events


def test_a_story_that_passes_midnight_at_the_end_of_the_calendar_keeps_what_it_can():
    story = "# T\n\n## What happened\n\nOn 31 December 9999, at around 11pm, it broke. At ten past one we fixed it.\n"
    document = from_markdown(story)
    assert all(event.time is None or event.time.year == 9999 for event in document.timeline)
    assert "fixed" in " ".join(event.text for event in document.timeline)


def test_counts_told_like_clocks_make_no_event_and_move_no_start():
    text = """# Checkout slow on 2024-03-02

On 2024-03-02 at 14:05 UTC the deploy of v2 went out. Latency grew by 5 to 10% after it.
At two to three replicas per zone the pool was too small. We scaled to 6 at 15:00 UTC.
"""
    document = from_markdown(text)
    assert [event.time.strftime("%H:%M") for event in document.timeline] == ["14:05", "15:00"]


def test_a_story_on_the_first_day_of_the_calendar_opens():
    story = "# T\n\n## What happened\n\nOn 1 January 0001, at around 1am, it broke. At ten to one we fixed it.\n"
    document = from_markdown(story)
    assert "fixed" in " ".join(event.text for event in document.timeline)
    assert all(event.time is None or event.time.year == 1 for event in document.timeline)


NEAR_THE_HOUR = """# The night the backups filled the disk

## Summary

On 9 November 2024, from around a quarter past nine in the evening until twenty to eleven (UTC), the shop
showed an error page to every visitor.

## What happened

Around a quarter past nine the shop started to show an error page.

Just after ten o'clock Amara found the backup folder had filled the disk.

A little before eleven we deleted the oldest backups and the shop came back.
"""


def test_times_said_near_an_hour_in_a_story_are_events_and_a_said_window_is_the_window():
    document = from_markdown(NEAR_THE_HOUR)
    day = datetime(2024, 11, 9, tzinfo=UTC)
    assert document.summary.start == day.replace(hour=21, minute=15)
    assert document.summary.end == day.replace(hour=22, minute=40)
    assert [event.time for event in document.timeline] == [
        day.replace(hour=21, minute=15),
        day.replace(hour=22),  # "just after ten o'clock"
        day.replace(hour=23),  # "a little before eleven"
    ]


def test_an_hour_alone_before_a_count_is_no_time():
    story = NEAR_THE_HOUR.replace("A little before eleven we deleted", "Shortly after two engineers deleted")
    assert len(from_markdown(story).timeline) == 2


def test_a_timeline_entry_at_about_a_clock_keeps_saying_so() -> None:
    document = from_markdown(
        "# Export stall\n\n## Timeline\n\nAll times UTC, 7 May 2024.\n\n"
        "- 14:05 — Finance noticed the export had not finished.\n"
        "- 14:20ish — The on-call engineer read the worker logs.\n"
    )
    event = document.timeline[1]
    assert event.time == at(14, 20).replace(year=2024, month=5, day=7)
    assert event.text == "14:20ish — The on-call engineer read the worker logs."
