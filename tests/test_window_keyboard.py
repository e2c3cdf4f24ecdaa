"""Keyboard use, undo shortcuts, About and templates: what a keyboard user meets first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

import app
from tests.test_window_fixtures import make_window, sample_document


def active_window(qtbot, tmp_path, model=None):
    window = make_window(qtbot, tmp_path, model)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts only reach the active window
    return window


def press(qtbot, widget, sequence: QKeySequence) -> None:
    combination = sequence[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def test_undo_and_redo_shortcuts_in_a_field_act_on_the_document(qtbot, tmp_path):
    window = active_window(qtbot, tmp_path, sample_document())
    title = window.page("overview").title_field
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " v2")
    qtbot.keyClicks(window.page("overview").service_field, "!")
    press(qtbot, title, QKeySequence(QKeySequence.StandardKey.Undo))
    assert window.document.model.metadata.service == sample_document().metadata.service
    press(qtbot, title, QKeySequence(QKeySequence.StandardKey.Undo))
    assert window.document.model == sample_document()
    assert title.text() == sample_document().metadata.title
    press(qtbot, title, QKeySequence(QKeySequence.StandardKey.Redo))
    assert window.document.model.metadata.title.endswith(" v2")


def test_tab_walks_the_overview_fields_in_reading_order(qtbot, tmp_path):
    window = active_window(qtbot, tmp_path)
    page = window.page("overview")
    page.title_field.setFocus()
    order = [page.title_field]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [page.title_field, page.status_field, page.severity_field, page.service_field, page.authors_field]


def test_the_section_list_switches_pages_from_the_keyboard(qtbot, tmp_path):
    window = active_window(qtbot, tmp_path)
    window.sections.setFocus()
    window.sections.setCurrentRow(0)
    qtbot.keyClick(window.sections, Qt.Key.Key_Down)
    qtbot.keyClick(window.sections, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.page("summary")
    qtbot.keyClick(window.sections, Qt.Key.Key_End)
    assert window.stack.currentWidget() is window.page("sections")


def test_about_names_the_version(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path)
    shown = []
    monkeypatch.setattr(window.dialogs, "show_about", lambda title, text: shown.append(text))
    window.actions.about.trigger()
    assert len(shown) == 1 and app.__version__ in shown[0]


def test_new_from_a_template_starts_an_unmodified_document(qtbot, tmp_path, monkeypatch):
    from app import templates

    window = make_window(qtbot, tmp_path, sample_document())
    offered = []

    def choose(choices):
        offered.append(choices)
        return next(iter(choices))

    monkeypatch.setattr(window.dialogs, "choose_template", choose)
    window.actions.new_from_template.trigger()
    name = next(iter(offered[0]))
    assert window.document.model == templates.load_template(name)
    assert window.document.path is None and not window.document.is_modified()


def test_cancelling_the_template_choice_keeps_the_document(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, sample_document())
    monkeypatch.setattr(window.dialogs, "choose_template", lambda choices: None)
    window.actions.new_from_template.trigger()
    assert window.document.model == sample_document()


def test_hiding_the_preview_from_the_view_menu(qtbot, tmp_path):
    window = active_window(qtbot, tmp_path)
    assert window.preview.isVisible()
    window.actions.toggle_preview.trigger()
    assert not window.preview.isVisible()
    window.actions.toggle_preview.trigger()
    assert window.preview.isVisible()


def test_ctrl_and_a_number_goes_to_that_section_with_the_keyboard_in_its_first_field(qtbot, tmp_path):
    window = active_window(qtbot, tmp_path, sample_document())
    window.page("overview").title_field.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    summary = window.page("summary")
    assert window.stack.currentWidget() is summary
    assert summary.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.page("overview").title_field


def test_find_takes_the_keyboard_to_the_timeline_search(qtbot, tmp_path):
    window = active_window(qtbot, tmp_path, sample_document())
    window.page("overview").title_field.setFocus()
    press(qtbot, QApplication.focusWidget(), QKeySequence(QKeySequence.StandardKey.Find))
    search = window.page("timeline").pane.search
    assert window.stack.currentWidget() is window.page("timeline")
    assert QApplication.focusWidget() is search
    qtbot.keyClicks(search, "DNS")
    assert search.text() == "DNS"
