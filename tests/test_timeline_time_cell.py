"""The timeline's time cell: a clock time alone is enough, and the cell says how it read what was typed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.model import EventKind, IssueSummary, PostMortem, TimelineEvent
from tests.test_timeline_pane import commit, open_editor, shown
from widgets.document import Document
from widgets.timeline.editor import EventEditor

PLUS_TWO = timezone(timedelta(hours=2))
START = datetime(2025, 3, 3, 22, 0, tzinfo=PLUS_TWO)


def document_with(*times: datetime | None, start: datetime | None = START) -> Document:
    events = [TimelineEvent(kind=EventKind.ACTION, time=time, text=f"e{i}") for i, time in enumerate(times)]
    return Document(PostMortem(summary=IssueSummary(start=start), timeline=events))


def test_a_clock_time_for_the_first_event_takes_the_incidents_start_date_and_zone(qtbot):
    document = document_with(None)
    pane = shown(qtbot, document)
    editor = open_editor(qtbot, pane, 0)
    editor.time_edit.setText("22:15")
    commit(qtbot, editor, pane)
    assert document.model.timeline[0].time == datetime(2025, 3, 3, 22, 15, tzinfo=PLUS_TWO)
    assert document.model.timeline[0].time.utcoffset() == timedelta(hours=2)
    assert document.undo_stack.count() == 1


def test_a_clock_time_takes_the_date_of_the_timed_event_above_and_passes_midnight(qtbot):
    document = document_with(datetime(2025, 3, 4, 23, 50, tzinfo=PLUS_TWO), None, None)
    pane = shown(qtbot, document)
    editor = open_editor(qtbot, pane, 1)
    editor.time_edit.setText("23:55")
    commit(qtbot, editor, pane)
    assert document.model.timeline[1].time == datetime(2025, 3, 4, 23, 55, tzinfo=PLUS_TWO)
    qtbot.waitUntil(lambda: pane.view.findChild(EventEditor) is None)  # the closed editor is gone
    editor = open_editor(qtbot, pane, 2)
    editor.time_edit.setText("00:10")
    commit(qtbot, editor, pane)
    assert document.model.timeline[2].time == datetime(2025, 3, 5, 0, 10, tzinfo=PLUS_TWO)


def test_retyping_the_clock_of_a_timed_event_keeps_its_own_date(qtbot):
    document = document_with(datetime(2025, 3, 4, 23, 50, tzinfo=PLUS_TWO))
    pane = shown(qtbot, document)
    editor = open_editor(qtbot, pane, 0)
    editor.time_edit.setText("09:00")
    commit(qtbot, editor, pane)
    assert document.model.timeline[0].time == datetime(2025, 3, 4, 9, 0, tzinfo=PLUS_TWO)


def test_the_cell_says_how_it_read_the_time_and_why_it_cannot(qtbot):
    document = document_with(None)
    pane = shown(qtbot, document)
    editor = open_editor(qtbot, pane, 0)
    editor.time_edit.setText("2:03 PM PST")
    reading = "Read as Mon 3 Mar 2025, 14:03 PST (UTC-08:00)"
    assert pane.message.isVisibleTo(pane) and reading in pane.message.text()
    assert reading in editor.time_edit.toolTip()
    editor.time_edit.setText("2:03 PM Mars time")
    assert "Cannot read “Mars time” as a time zone" in pane.message.text()
    assert "PST" in pane.message.text() and "UTC+02:00" in pane.message.text()
    assert editor.time_edit.styleSheet()  # shown in the warning colour while it cannot be read
    editor.time_edit.setText("14:03")
    assert not editor.time_edit.styleSheet()  # the error clears as soon as the text is fixed
    assert "Read as Mon 3 Mar 2025, 14:03 UTC+02:00, no zone typed: the timeline's zone" in pane.message.text()
    commit(qtbot, editor, pane)
    assert document.model.timeline[0].time == datetime(2025, 3, 3, 14, 3, tzinfo=PLUS_TWO)
    assert not pane.message.isVisibleTo(pane)  # the reading was news while typing only


def test_an_unreadable_time_is_quoted_in_full_with_the_forms_that_work(qtbot):
    document = document_with(datetime(2025, 3, 3, 11, 0, tzinfo=UTC))
    pane = shown(qtbot, document)
    editor = open_editor(qtbot, pane, 0)
    editor.time_edit.setText("around eleven-ish")
    commit(qtbot, editor, pane)
    assert document.model.timeline[0].time == datetime(2025, 3, 3, 11, 0, tzinfo=UTC)
    text = pane.message.text()
    assert "around eleven-ish" in text and "14:03" in text and "2:03 PM" in text and "keeps its time" in text
