"""The Edit menu as in every editor: Redo on Ctrl+Y too, and Cut, Copy, Paste, Delete, Select All."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from tests.test_window_fixtures import sample_document
from tests.test_window_keyboard import active_window


def edit_menu_texts(window) -> list[str]:
    menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Edit")
    menu.aboutToShow.emit()
    return [action.text().replace("&", "") for action in menu.actions() if action.text()]


def test_ctrl_y_redoes_as_well_as_ctrl_shift_z(qtbot, tmp_path):
    window = active_window(qtbot, tmp_path, sample_document())
    title = window.page("overview").title_field
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " v2")
    window.document.undo_stack.undo()
    assert window.document.model == sample_document()
    assert QKeySequence("Ctrl+Y") in window.actions.redo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.actions.redo.shortcuts()
    qtbot.keyClick(title, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.document.model.metadata.title.endswith(" v2")


def test_the_edit_menu_cuts_copies_pastes_deletes_and_selects_in_the_focused_field(qtbot, tmp_path):
    window = active_window(qtbot, tmp_path, sample_document())
    assert edit_menu_texts(window)[2:7] == ["Cut", "Copy", "Paste", "Delete", "Select All"]
    edits = window.actions.field_edits
    service = window.page("overview").service_field
    service.setFocus()
    edits.update_enabled()
    assert not edits.cut.isEnabled() and not edits.copy.isEnabled()  # nothing selected yet
    edits.select_all.trigger()
    assert service.selectedText() == "LunchLine ordering site"
    edits.update_enabled()
    assert edits.copy.isEnabled() and edits.cut.isEnabled() and edits.delete.isEnabled()
    edits.copy.trigger()
    assert QGuiApplication.clipboard().text() == "LunchLine ordering site"
    edits.delete.trigger()
    assert window.document.model.metadata.service == ""
    edits.update_enabled()
    assert edits.paste.isEnabled()
    edits.paste.trigger()
    assert window.document.model.metadata.service == "LunchLine ordering site"

    intro = window.sections.show_section("introduction").editor
    intro.setFocus()
    edits.update_enabled()  # as the menu does when it opens
    edits.select_all.trigger()
    edits.update_enabled()
    edits.cut.trigger()
    assert window.document.model.introduction == ""
    assert QGuiApplication.clipboard().text() == sample_document().introduction
    # One undo brings the text back, as after Ctrl+X.
    window.actions.undo.trigger()
    assert window.document.model.introduction == sample_document().introduction


def test_the_edit_menu_keys_never_fight_a_list_or_a_field(qtbot, tmp_path):
    window = active_window(qtbot, tmp_path, sample_document())
    for action in window.actions.field_edits.actions():
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    editor = window.sections.show_section("measures").tasks
    editor.view.setFocus()
    editor.select_rows([0])
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)  # the list's Del still removes the task
    assert len(window.document.model.measures.tasks) == 2
