"""A timeline told as a story, whose paragraphs only sometimes open with their time.

"At 21:10 UTC the queue …" then "The workers crashed at 21:32 …" and
"Eleven minutes later, at 21:43, …": one story. A careful reader makes an
event of every timed sentence, in order, keeps the untimed sentences with the
event before them, and leaves no second "Timeline" section behind.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.formats.markdown_read import read_markdown

_OPENINGS = {
    "at": "At 21:10 UTC the order queue passed 50,000 messages, which only raised a ticket in the backlog.",
    "around": "Around 21:10 the order queue passed 50,000 messages, which only raised a ticket in the backlog.",
    "bold": "**21:10** The order queue passed 50,000 messages, which only raised a ticket in the backlog.",
}


def _story(opening: str, fourth: str) -> str:
    return (
        "# Orders stuck overnight\n\n## Summary\n\nOn 9 November 2023 no orders were shipped for an hour.\n\n"
        "## Timeline\n\n"
        f"{opening}\n\n"
        "The consumers crashed at 21:32 and the queue began to grow by a thousand messages a minute.\n\n"
        "Eleven minutes later, at 21:43, Priscila was paged by the lag alert. She restarted the consumers first, "
        "which changed nothing.\n\n"
        "Nobody had touched the consumers' settings in months.\n\n"
        f"{fourth}\n\n"
        "Priscila rolled the schema back at 22:20; the consumers drained the queue and caught up by 22:41.\n\n"
        "## Root cause\n\nA schema change the consumers could not read.\n"
    )


_FOURTHS = {
    "at": "At 22:05 she found a schema change in the consumers' logs.",
    "by": "By 22:05 she had found a schema change in the consumers' logs.",
    "inside": "She found a schema change in the consumers' logs at 22:05.",
}
_TIMES = [(21, 10), (21, 32), (21, 43), (22, 5), (22, 20), (22, 41)]


@pytest.mark.parametrize("opening", _OPENINGS.values(), ids=_OPENINGS.keys())
@pytest.mark.parametrize("fourth", _FOURTHS.values(), ids=_FOURTHS.keys())
def test_every_timed_sentence_of_the_story_is_an_event_in_order(opening: str, fourth: str) -> None:
    document, _ = read_markdown(_story(opening, fourth))
    assert [event.time for event in document.timeline] == [
        datetime(2023, 11, 9, hour, minute, tzinfo=UTC) for hour, minute in _TIMES
    ]
    assert [kept.heading for kept in document.extra_sections] == []


def test_untimed_sentences_stay_with_the_event_before_them_and_no_word_is_lost() -> None:
    document, _ = read_markdown(_story(_OPENINGS["at"], _FOURTHS["by"]))
    paged = document.timeline[2].text
    assert "which changed nothing" in paged
    assert "Nobody had touched the consumers' settings in months." in paged
    told = " ".join(event.text for event in document.timeline)
    for words in ("a thousand messages a minute", "the consumers drained the queue", "raised a ticket"):
        assert words in told


def test_a_sentence_that_goes_on_to_a_second_time_is_two_events() -> None:
    document, _ = read_markdown(_story(_OPENINGS["at"], _FOURTHS["at"]))
    rolled_back, caught_up = document.timeline[-2:]
    assert rolled_back.text == "Priscila rolled the schema back at 22:20;"
    assert caught_up.text == "the consumers drained the queue and caught up by 22:41."


def _time_led(second: str) -> str:
    return (
        "# Orders stuck overnight\n\n## Summary\n\nOn 9 November 2023 no orders were shipped for an hour.\n\n"
        "## Timeline\n\n"
        "At 21:10 UTC the order queue passed 50,000 messages.\n\n"
        f"{second}\n\n"
        "At 22:41 the queue was empty again.\n"
    )


@pytest.mark.parametrize(
    ("second", "text"),
    [
        ("At 21:43 the lag alert paged Priscila.", "The lag alert paged Priscila."),
        ("at 21:43 the lag alert paged Priscila.", "the lag alert paged Priscila."),
        ("By 21:43 the lag alert had paged Priscila.", "The lag alert had paged Priscila."),
    ],
)
def test_a_time_cut_from_a_paragraphs_front_leaves_it_starting_as_the_writer_started_it(second: str, text: str) -> None:
    document, _ = read_markdown(_time_led(second))
    assert document.timeline[0].text == "The order queue passed 50,000 messages."
    assert document.timeline[1].text == text


def test_paragraphs_all_led_by_their_time_stay_one_event_each_with_the_later_times_they_mention() -> None:
    document, _ = read_markdown(_time_led("At 21:43 the lag alert paged Priscila, who joined the call at 21:50."))
    assert [event.time for event in document.timeline] == [
        datetime(2023, 11, 9, 21, 10, tzinfo=UTC),
        datetime(2023, 11, 9, 21, 43, tzinfo=UTC),
        datetime(2023, 11, 9, 22, 41, tzinfo=UTC),
    ]
    assert document.timeline[1].text == "The lag alert paged Priscila, who joined the call at 21:50."
