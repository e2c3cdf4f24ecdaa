"""Times said in words at the front of a timeline's bullets.

"- Around half past two the first clerk reported …", "- Quarter to four: the
engineer …": a careful reader reads the time, in the afternoon when the story
is told there, and keeps the words (a label's colon is cut, as "14:05:" is).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.formats.markdown_read import read_markdown


def _timeline(*bullets: str, summary: str = "the tills were down from 13:50 to 16:20 UTC.") -> str:
    lines = "\n".join(f"- {bullet}" for bullet in bullets)
    return f"# Tills down\n\n## Summary\n\nOn 2 February 2024 {summary}\n\n## What happened\n\n{lines}\n"


@pytest.mark.parametrize(
    ("bullet", "hour", "minute", "text"),
    [
        ("Around half past two the first cashier rang the help desk.", 14, 30, None),
        ("At twenty past two, the first cashier rang the help desk.", 14, 20, None),
        ("Just after three o'clock the first cashier rang the help desk.", 15, 0, None),
        ("Quarter to three: the first cashier rang the help desk.", 14, 45, "The first cashier rang the help desk."),
        ("A quarter past two - the first cashier rang the help desk.", 14, 15, "The first cashier rang the help desk."),
        # As after "**14:50** —": the writer's own lower case stays.
        ("**Ten to three** — the first cashier rang the help desk.", 14, 50, "the first cashier rang the help desk."),
    ],
)
def test_a_time_said_in_words_at_a_bullets_front_is_its_time(bullet: str, hour: int, minute: int, text: str | None):
    document, _ = read_markdown(_timeline(bullet, "16:20 tills back"))
    first = document.timeline[0]
    assert first.time == datetime(2024, 2, 2, hour, minute, tzinfo=UTC)
    assert first.text == (text or bullet)


def test_said_times_follow_the_times_above_them_through_the_afternoon() -> None:
    document, _ = read_markdown(
        _timeline(
            "13:55 the card reader on till 4 froze",
            "Half past two: we swapped the reader, no change.",
            "A few minutes later the supplier called back.",
            "Quarter to four: the supplier pushed a fixed config to every till.",
            "16:20 all tills take cards again",
        )
    )
    assert [event.time for event in document.timeline] == [
        datetime(2024, 2, 2, 13, 55, tzinfo=UTC),
        datetime(2024, 2, 2, 14, 30, tzinfo=UTC),
        None,
        datetime(2024, 2, 2, 15, 45, tzinfo=UTC),
        datetime(2024, 2, 2, 16, 20, tzinfo=UTC),
    ]


@pytest.mark.parametrize(
    "bullet",
    [
        "Ten to fifteen customers left the queue.",
        "Half the tills kept working.",
        "Two of the tills kept working.",
    ],
)
def test_a_count_in_words_at_a_bullets_front_is_no_time(bullet: str) -> None:
    document, _ = read_markdown(_timeline("13:55 the card reader on till 4 froze", bullet))
    assert document.timeline[1].time is None
    assert document.timeline[1].text == bullet
