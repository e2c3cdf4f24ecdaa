"""Retyping only a time's zone is an edit: 13:00 UTC+02:00 is the instant 11:00 UTC, yet the file changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from PySide6.QtCore import Qt

from app.formats import json_format
from app.model import IssueSummary, PostMortem, TimelineEvent
from tests.test_window_fixtures import make_window
from widgets.document import Document
from widgets.restore import apply_model_as_edit
from widgets.timeline.editor import EventEditor

ELEVEN_UTC = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)
PLUS_TWO = timezone(timedelta(hours=2))


def test_retyping_an_events_time_in_another_zone_in_the_timeline_is_kept(qtbot, tmp_path):
    document = PostMortem(summary=IssueSummary(start=ELEVEN_UTC), timeline=[TimelineEvent(time=ELEVEN_UTC, text="x")])
    window = make_window(qtbot, tmp_path, document)
    pane = window.page("timeline").pane
    window.show()
    index = pane.proxy.index(0, 0)
    pane.view.setCurrentIndex(index)
    pane.view.edit(index)
    editor = pane.view.findChild(EventEditor)
    assert editor is not None and editor.time_edit.text() == "March 3, 2025, 11:00 UTC"
    editor.time_edit.setText("March 3, 2025, 13:00 UTC+02:00")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.undo_stack.count() == 1)
    assert window.document.model.timeline[0].time.utcoffset() == timedelta(hours=2)
    assert window.document.is_modified()


def test_restoring_a_copy_whose_times_differ_only_in_zone_restores_the_zones(qtbot):
    document = Document(
        PostMortem(summary=IssueSummary(start=ELEVEN_UTC), timeline=[TimelineEvent(time=ELEVEN_UTC, text="x")])
    )
    in_plus_two = ELEVEN_UTC.astimezone(PLUS_TWO)
    copy = PostMortem(summary=IssueSummary(start=in_plus_two), timeline=[TimelineEvent(time=in_plus_two, text="x")])
    apply_model_as_edit(document, copy, "Restore unsaved changes")
    assert json_format.dumps(document.model) == json_format.dumps(copy)
    assert document.undo_stack.count() == 1  # one step, as every restore
    document.undo_stack.undo()
    assert document.model.summary.start.utcoffset() == timedelta(0)
    assert document.model.timeline[0].time.utcoffset() == timedelta(0)
