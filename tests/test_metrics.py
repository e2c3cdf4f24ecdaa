"""Derived figures: computed from the document, in the user's event order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.metrics import derived_figures, first_event_time, format_duration
from app.model import EventKind, PostMortem

START = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)


def document(start=START, end=START + timedelta(hours=2), events=()) -> PostMortem:
    return PostMortem.model_validate(
        {
            "summary": {"start": start, "end": end},
            "timeline": [{"kind": kind, "time": time} for kind, time in events],
        }
    )


def test_duration_detect_and_resolve():
    figures = derived_figures(
        document(
            events=[
                (EventKind.ACTION, START + timedelta(minutes=1)),
                (EventKind.DETECTION, START + timedelta(minutes=7)),
                (EventKind.RESOLUTION, START + timedelta(minutes=95)),
            ]
        )
    )
    assert figures.duration == timedelta(hours=2)
    assert figures.time_to_detect == timedelta(minutes=7)
    assert figures.time_to_resolve == timedelta(minutes=95)


def test_first_means_first_in_the_users_order_skipping_untimed_events():
    doc = document(
        events=[
            (EventKind.DETECTION, None),
            (EventKind.DETECTION, START + timedelta(minutes=30)),
            (EventKind.DETECTION, START + timedelta(minutes=5)),
        ]
    )
    assert first_event_time(doc, EventKind.DETECTION) == START + timedelta(minutes=30)
    assert derived_figures(doc).time_to_detect == timedelta(minutes=30)


def test_time_to_resolve_falls_back_to_the_end():
    assert derived_figures(document()).time_to_resolve == timedelta(hours=2)


def test_unknown_without_times():
    figures = derived_figures(PostMortem())
    assert figures.duration is None and figures.time_to_detect is None and figures.time_to_resolve is None
    only_end = derived_figures(document(start=None))
    assert only_end.duration is None and only_end.time_to_resolve is None


def test_offsets_do_not_change_the_figures():
    from datetime import timezone

    paris = timezone(timedelta(hours=1))
    figures = derived_figures(document(end=datetime(2025, 3, 3, 13, 30, tzinfo=paris)))
    assert figures.duration == timedelta(hours=1, minutes=30)


def test_negative_figures_are_computed_not_hidden():
    figures = derived_figures(document(end=START - timedelta(minutes=10)))
    assert figures.duration == -timedelta(minutes=10)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "—"),
        (timedelta(0), "0 s"),
        (timedelta(seconds=59), "59 s"),
        (timedelta(hours=1, minutes=42), "1 h 42 min"),
        (timedelta(days=2, seconds=5), "2 d 5 s"),
        (-timedelta(minutes=10), "−10 min"),
    ],
)
def test_format_duration(value, text):
    assert format_duration(value) == text
