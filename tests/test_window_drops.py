"""Dropping a file anywhere on the window opens it, even over a text field that takes text drops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.formats import json_format
from tests.test_window_fixtures import make_window, sample_document

NO_BUTTONS = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def drag_and_drop(target, mime: QMimeData) -> bool:
    """Send the events a real drag sends to ``target``; True when the drag was taken (by it or a parent)."""
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, *NO_BUTTONS)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, *NO_BUTTONS)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, *NO_BUTTONS)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted()


def file_drag(path, *, with_text: bool) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    if with_text:  # file managers offer the address as text as well
        mime.setText(QUrl.fromLocalFile(str(path)).toString())
    return mime


@pytest.mark.parametrize("with_text", [False, True])
@pytest.mark.parametrize(("page", "field"), [("introduction", "editor"), ("overview", "title_field")])
def test_a_file_dropped_on_a_form_field_is_opened_not_typed_in(qtbot, tmp_path, page, field, with_text):
    dropped = tmp_path / "dropped.json"
    dropped.write_text(json_format.dumps(sample_document()), encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    widget = getattr(window.page(page), field)
    target = widget.viewport() if hasattr(widget, "viewport") else widget  # text edits take drops on the viewport
    assert drag_and_drop(target, file_drag(dropped, with_text=with_text))
    qtbot.waitUntil(lambda: window.document.path == dropped.resolve())
    assert window.document.model == sample_document()
    assert not window.document.is_modified()


def test_dropped_text_still_goes_into_the_field(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    field = window.page("overview").title_field
    mime = QMimeData()
    mime.setText("Dropped title")
    assert drag_and_drop(field, mime)
    assert window.document.model.metadata.title == "Dropped title"
    assert window.document.path is None


def _timeline_event_text(window):
    from widgets.timeline.editor import EventEditor
    from widgets.timeline.pane import TimelinePane

    pane = window.page("timeline").findChild(TimelinePane)
    index = pane.proxy.index(0, 0)
    pane.view.setCurrentIndex(index)
    pane.view.edit(index)
    return pane.view.findChild(EventEditor).text_edit


def _flowchart_label(window):
    from widgets.flowchart.pane import FlowchartPane

    editor = window.page("humor").findChild(FlowchartPane).editor
    editor.nodes_view.selectRow(0)
    assert editor.label_edit.isEnabled()
    return editor.label_edit.viewport()


@pytest.mark.parametrize("find_target", [_timeline_event_text, _flowchart_label], ids=["event text", "node label"])
def test_a_file_dropped_on_an_editor_inside_a_pane_is_opened_not_typed_in(qtbot, tmp_path, find_target):
    dropped = tmp_path / "dropped.json"
    dropped.write_text(json_format.dumps(sample_document()), encoding="utf-8")
    window = make_window(qtbot, tmp_path, sample_document())
    window.show()
    qtbot.waitExposed(window)
    window.sections.show_section("timeline" if find_target is _timeline_event_text else "humor")
    target = find_target(window)
    assert drag_and_drop(target, file_drag(dropped, with_text=True))
    qtbot.waitUntil(lambda: window.document.path == dropped.resolve())
    assert window.document.model == sample_document()
    assert not window.document.is_modified()
