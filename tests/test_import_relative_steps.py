"""A step told relative to the event before it ("Twenty minutes later, …", "about twenty minutes later the
cache …", "Five minutes after that …") is an event at that time, in a story or inside a timed entry."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.formats.markdown_import import from_markdown


def _at(hour: int, minute: int) -> datetime:
    return datetime(2026, 3, 2, hour, minute, tzinfo=UTC)


def _timeline(body: str) -> list[tuple[datetime | None, str]]:
    document = from_markdown(f"# Cache outage\n\n**Date:** 2026-03-02\n\n## Timeline\n\n{body}\n")
    return [(event.time, event.text) for event in document.timeline]


def test_steps_told_after_a_timed_sentence_of_a_story_are_events() -> None:
    events = _timeline(
        "The alerts fired on the cache cluster at 14:05. Twenty minutes later, Mina flushed the cache. "
        "About twenty minutes later the cache started evicting hot keys. Five minutes after that the pager "
        "fired again. The fix went out at 15:30."
    )

    assert events == [
        (_at(14, 5), "The alerts fired on the cache cluster at 14:05."),
        (_at(14, 25), "Twenty minutes later, Mina flushed the cache."),
        (_at(14, 45), "About twenty minutes later the cache started evicting hot keys."),
        (_at(14, 50), "Five minutes after that the pager fired again."),
        (_at(15, 30), "The fix went out at 15:30."),
    ]


@pytest.mark.parametrize(
    ("entry", "second", "texts"),
    [
        (
            "- 14:05 Alerts fire on the cache cluster. Twenty minutes later, Mina flushes the cache.",
            _at(14, 25),
            ["Alerts fire on the cache cluster.", "Twenty minutes later, Mina flushes the cache."],
        ),
        (
            "- 14:05 Mina flushes the cache, and about twenty minutes later the cache starts evicting hot keys.",
            _at(14, 25),
            ["Mina flushes the cache,", "and about twenty minutes later the cache starts evicting hot keys."],
        ),
        (
            "- 14:05 Alerts fire. 15 minutes later the pager goes off again.",
            _at(14, 20),
            ["Alerts fire.", "15 minutes later the pager goes off again."],
        ),
        (
            "- 14:05 Alerts fire; an hour later the cache is warm.",
            _at(15, 5),
            ["Alerts fire;", "an hour later the cache is warm."],
        ),
    ],
)
def test_a_step_inside_a_timed_entry_is_an_event_of_its_own(entry: str, second: datetime, texts: list[str]) -> None:
    events = _timeline(entry)

    assert events == [(_at(14, 5), texts[0]), (second, texts[1])]


def test_steps_count_on_from_each_other() -> None:
    events = _timeline("- 14:05 Alerts fire. Ten minutes later, Mina restarts. Five minutes after that, it fails.")

    assert [moment for moment, _ in events] == [_at(14, 5), _at(14, 15), _at(14, 20)]


@pytest.mark.parametrize(
    "entry",
    [
        "- 14:05 We agreed to check the cache again twenty minutes later.",
        "- 14:05 The fix shipped two hours later than planned.",
        "- 14:05 Alerts fire. Later, Mina flushes the cache.",
    ],
)
def test_a_length_of_time_that_opens_no_step_stays_in_its_entry(entry: str) -> None:
    events = _timeline(entry)

    assert len(events) == 1
