"""Changing only the zone of a time is an edit: the saved file changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.model import PostMortem, TimelineEvent
from widgets.document import Document

UTC_TIME = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)
SAME_MOMENT_IN_PARIS = datetime(2025, 3, 3, 12, 0, tzinfo=timezone(timedelta(hours=1)))


def test_setting_the_same_moment_in_another_zone_is_one_undoable_step(qtbot) -> None:
    document = Document(PostMortem())
    document.set_field(("summary", "start"), UTC_TIME)
    document.set_field(("summary", "start"), SAME_MOMENT_IN_PARIS)

    assert document.model.summary.start.utcoffset() == timedelta(hours=1)
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert document.model.summary.start.utcoffset() == timedelta(0)


def test_moving_an_event_to_another_zone_is_kept(qtbot) -> None:
    document = Document(PostMortem(timeline=[TimelineEvent(time=UTC_TIME, text="paged")]))
    document.update_item("timeline", 0, time=SAME_MOMENT_IN_PARIS)

    assert document.model.timeline[0].time.utcoffset() == timedelta(hours=1)
    document.undo_stack.undo()
    assert document.model.timeline[0].time.utcoffset() == timedelta(0)


def test_setting_an_identical_value_adds_no_undo_step(qtbot) -> None:
    document = Document(PostMortem())
    document.set_field(("summary", "start"), UTC_TIME)
    document.set_field(("summary", "start"), UTC_TIME)
    assert document.undo_stack.count() == 1


def test_replacing_a_list_with_the_same_moments_in_another_zone_is_an_edit(qtbot) -> None:
    document = Document(PostMortem(timeline=[TimelineEvent(time=UTC_TIME, text="paged")]))
    document.replace_list("timeline", [TimelineEvent(time=SAME_MOMENT_IN_PARIS, text="paged")], text="Restore")

    assert document.model.timeline[0].time.utcoffset() == timedelta(hours=1)
    assert document.undo_stack.count() == 1
    document.replace_list("timeline", [TimelineEvent(time=SAME_MOMENT_IN_PARIS, text="paged")], text="Again")
    assert document.undo_stack.count() == 1
