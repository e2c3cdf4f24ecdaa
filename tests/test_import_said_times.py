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
