"""Chronology of a hand-ordered timeline: marks, stable sort by time, gaps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from app.model import EventKind, TimelineEvent
from app.timeline_order import display_zone, gaps, is_chronological, out_of_order_rows, sort_by_time


def at(minute: int | None, text: str = "", zone: timezone = UTC) -> TimelineEvent:
    time = (
        None if minute is None else datetime(2025, 3, 3, 11, 0, tzinfo=UTC).astimezone(zone) + timedelta(minutes=minute)
    )
    return TimelineEvent(kind=EventKind.ACTION, time=time, text=text or f"m{minute}")


def texts(events: list[TimelineEvent]) -> list[str]:
    return [event.text for event in events]


def test_only_the_late_written_event_is_marked() -> None:
    events = [at(10, "a"), at(20, "b"), at(15, "c"), at(30, "d")]
    assert out_of_order_rows(events) == [False, False, True, False]
    assert not is_chronological(events)


def test_untimed_events_and_equal_times_are_never_out_of_order() -> None:
    events = [at(None, "x"), at(10, "a"), at(None, "y"), at(10, "b"), at(12, "c")]
    assert out_of_order_rows(events) == [False] * 5
    assert is_chronological(events)


def test_times_in_other_zones_compare_as_moments() -> None:
    # 11:30 UTC written as 13:30 at UTC+02:00 comes after 11:20 UTC.
    events = [at(20, "a"), at(30, "b", timezone(timedelta(hours=2)))]
    assert out_of_order_rows(events) == [False, False]


def test_sort_keeps_equal_times_in_the_users_order() -> None:
    events = [at(20, "late"), at(10, "first"), at(10, "second"), at(10, "third")]
    assert texts(sort_by_time(events)) == ["first", "second", "third", "late"]


def test_sort_keeps_untimed_events_under_the_event_they_follow() -> None:
    events = [at(None, "intro"), at(30, "c"), at(None, "note on c"), at(10, "a"), at(None, "note on a"), at(20, "b")]
    assert texts(sort_by_time(events)) == ["intro", "a", "note on a", "b", "c", "note on c"]


def test_sort_of_a_sorted_timeline_changes_nothing() -> None:
    events = [at(None, "x"), at(10, "a"), at(None, "y"), at(12, "b")]
    assert sort_by_time(events) == events


def test_gaps_measure_from_the_previous_timed_event() -> None:
    events = [at(10, "a"), at(None, "x"), at(25, "b"), at(20, "c")]
    assert gaps(events) == [None, None, timedelta(minutes=15), timedelta(minutes=-5)]


def test_display_zone_follows_the_incident_start_then_the_first_timed_event() -> None:
    plus_two = timezone(timedelta(hours=2))
    events = [at(None), at(10, zone=plus_two)]
    assert display_zone(datetime(2025, 3, 3, tzinfo=UTC), events) == UTC
    assert display_zone(None, events).utcoffset(None) == timedelta(hours=2)
    assert display_zone(None, [at(None)]) is None


_minutes = st.one_of(st.none(), st.integers(min_value=0, max_value=6))


@settings(max_examples=120)
@given(st.lists(_minutes, max_size=14))
def test_sort_properties(minutes: list[int | None]) -> None:
    events = [at(minute, f"e{row}") for row, minute in enumerate(minutes)]
    result = sort_by_time(events)
    # The same events, nothing lost or doubled.
    assert sorted(texts(result)) == sorted(texts(events))
    # Timed events are in time order and the result is marked clean.
    timed = [event for event in result if event.time is not None]
    assert [e.time for e in timed] == sorted(e.time for e in timed)
    assert is_chronological(result)
    # Stable: events with equal times keep their relative order.
    for minute in set(minutes) - {None}:
        assert [e.text for e in result if e.time and e.time.minute == minute] == [
            e.text for e in events if e.time and e.time.minute == minute
        ]

    # Untimed events keep the neighbour they were written under.
    def predecessor(sequence: list[TimelineEvent]) -> dict[str, str | None]:
        owner: str | None = None
        found: dict[str, str | None] = {}
        for event in sequence:
            if event.time is None:
                found[event.text] = owner
            else:
                owner = event.text
        return found

    assert predecessor(result) == predecessor(events)
    # Sorting twice is sorting once.
    assert sort_by_time(result) == result
