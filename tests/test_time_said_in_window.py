"""Times said rather than written, typed where they are typed: the next event's time, the incident's end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.model import EventKind, IssueSummary, PostMortem, TimelineEvent
from tests.test_panes_time_fields import hint_of, type_into
from tests.test_timeline_keys import closed, open_editor, timeline_window

ABOVE = datetime(2024, 3, 2, 13, 50, tzinfo=UTC)


def test_a_new_event_typed_as_plus_fifteen_minutes_comes_fifteen_minutes_after_the_one_above(qtbot, tmp_path):
    model = PostMortem(
        timeline=[
            TimelineEvent(kind=EventKind.DETECTION, time=ABOVE, text="Alert fired"),
            TimelineEvent(kind=EventKind.ACTION, text="Rolled back"),
        ]
    )
    window, pane = timeline_window(qtbot, tmp_path, model)
    editor = open_editor(qtbot, pane, 1)
    type_into(qtbot, editor.time_edit, "+15 min", finish=False)
    assert "Counted from 13:50" in editor.time_edit.toolTip()
    type_into(qtbot, editor.time_edit, "+15 min")
    closed(qtbot, pane)
    assert window.document.model.timeline[1].time == ABOVE + timedelta(minutes=15)


def test_an_event_with_a_time_retyped_as_ten_minutes_later_counts_from_the_event_above(qtbot, tmp_path):
    model = PostMortem(
        timeline=[
            TimelineEvent(kind=EventKind.DETECTION, time=ABOVE, text="Alert fired"),
            TimelineEvent(kind=EventKind.ACTION, time=ABOVE + timedelta(hours=3), text="Rolled back"),
        ]
    )
    window, pane = timeline_window(qtbot, tmp_path, model)
    editor = open_editor(qtbot, pane, 1)
    type_into(qtbot, editor.time_edit, "10 minutes later")
    closed(qtbot, pane)
    assert window.document.model.timeline[1].time == ABOVE + timedelta(minutes=10)


def test_an_end_typed_as_a_quarter_past_takes_the_starts_day_and_says_how_it_was_read(qtbot, tmp_path):
    from tests.test_window_fixtures import make_window

    window = make_window(qtbot, tmp_path, PostMortem(summary=IssueSummary(start=ABOVE)))
    page = window.page("summary")
    type_into(qtbot, page.end_field, "quarter past two")
    assert window.document.model.summary.end == datetime(2024, 3, 2, 14, 15, tzinfo=UTC)
    assert "“quarter past two” read as 14:15" in hint_of(page, "summary.end")
