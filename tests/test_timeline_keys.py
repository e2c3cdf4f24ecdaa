"""The timeline from the keyboard, in the window: where the focus goes, Ins, Esc."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from app.model import PostMortem
from tests.test_window_fixtures import make_window, sample_document
from widgets.timeline.editor import EventEditor


def timeline_window(qtbot, tmp_path, model: PostMortem | None = None):
    window = make_window(qtbot, tmp_path, model if model is not None else sample_document())
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts only reach the active window
    pane = window.sections.show_section("timeline").pane
    return window, pane


def choose(pane, row: int) -> None:
    index = pane.proxy.index(row, 0)
    pane.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    pane.view.setFocus()


def open_editor(qtbot, pane, row: int) -> EventEditor:
    choose(pane, row)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    editor = pane.view.findChild(EventEditor)
    assert editor is not None and editor.isVisible()
    return editor


def closed(qtbot, pane) -> None:
    """Enter commits through a queued call: wait for the editor to go."""
    qtbot.waitUntil(
        lambda: pane.view.findChild(EventEditor) is None or not pane.view.findChild(EventEditor).isVisible()
    )
    QApplication.processEvents()


def test_enter_in_the_time_field_gives_the_focus_back_to_the_edited_event(qtbot, tmp_path):
    window, pane = timeline_window(qtbot, tmp_path)
    editor = open_editor(qtbot, pane, 1)
    editor.time_edit.setFocus()
    editor.time_edit.selectAll()
    qtbot.keyClicks(editor.time_edit, "11:20")
    qtbot.keyClick(editor.time_edit, Qt.Key.Key_Return)
    closed(qtbot, pane)
    assert window.document.model.timeline[1].time is not None
    assert QApplication.focusWidget() is pane.view
    assert pane.view.currentIndex().row() == 1
    # Arrow keys now move between events; the page stays the timeline.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.page("timeline")
    assert pane.view.currentIndex().row() == 2


def test_enter_in_the_kind_list_gives_the_focus_back_to_the_edited_event(qtbot, tmp_path):
    window, pane = timeline_window(qtbot, tmp_path)
    editor = open_editor(qtbot, pane, 2)
    editor.kind_box.setFocus()
    qtbot.keyClick(editor.kind_box, Qt.Key.Key_Down)
    qtbot.keyClick(editor.kind_box, Qt.Key.Key_Return)
    closed(qtbot, pane)
    assert QApplication.focusWidget() is pane.view
    assert pane.view.currentIndex().row() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert window.stack.currentWidget() is window.page("timeline")


def test_ins_adds_an_event_below_the_chosen_one_as_in_every_list(qtbot, tmp_path):
    window, pane = timeline_window(qtbot, tmp_path)
    choose(pane, 0)
    qtbot.keyClick(pane.view, Qt.Key.Key_Insert)
    assert len(window.document.model.timeline) == 5
    editor = pane.view.findChild(EventEditor)
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor.text_edit, "Paged the DNS owner")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    closed(qtbot, pane)
    assert window.document.model.timeline[1].text == "Paged the DNS owner"


def test_ins_adds_the_first_event_of_an_empty_timeline_and_the_hint_names_it(qtbot, tmp_path):
    window, pane = timeline_window(qtbot, tmp_path, PostMortem())
    assert "Ins" in pane.view.empty_text
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Insert)
    assert len(window.document.model.timeline) == 1


def test_esc_takes_back_an_event_just_added_and_left_empty(qtbot, tmp_path):
    window, pane = timeline_window(qtbot, tmp_path)
    stack = window.document.undo_stack
    choose(pane, 1)
    qtbot.keyClick(pane.view, Qt.Key.Key_Insert)
    editor = pane.view.findChild(EventEditor)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Escape)
    assert window.document.model == sample_document()  # no "No text" event left behind
    assert stack.count() == 0 and not stack.canRedo()  # and nothing to redo it from
    assert pane.view.currentIndex().row() == 1
    assert QApplication.focusWidget() is pane.view


def test_esc_keeps_an_added_event_once_it_has_text(qtbot, tmp_path):
    window, pane = timeline_window(qtbot, tmp_path)
    choose(pane, 3)
    qtbot.keyClick(pane.view, Qt.Key.Key_Insert)
    editor = pane.view.findChild(EventEditor)
    qtbot.keyClicks(editor.text_edit, "Closed the incident")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    closed(qtbot, pane)
    editor = open_editor(qtbot, pane, 4)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Escape)
    assert window.document.model.timeline[4].text == "Closed the incident"


def test_esc_cancels_an_edit_in_place(qtbot, tmp_path):
    window, pane = timeline_window(qtbot, tmp_path)
    editor = open_editor(qtbot, pane, 0)
    qtbot.keyClicks(editor.text_edit, "typed over")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Escape)
    assert window.document.model == sample_document()
    assert QApplication.focusWidget() is pane.view


def test_esc_clears_the_timeline_search_from_the_box_and_from_the_list(qtbot, tmp_path):
    _window, pane = timeline_window(qtbot, tmp_path)
    pane.search.setFocus()
    qtbot.keyClicks(pane.search, "CDN")
    assert pane.proxy.rowCount() == 1
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    assert pane.search.text() == "" and pane.proxy.rowCount() == 4
    qtbot.keyClicks(pane.search, "records")
    choose(pane, 0)
    qtbot.keyClick(pane.view, Qt.Key.Key_Escape)
    assert pane.search.text() == "" and pane.proxy.rowCount() == 4
