"""Task due dates: typed in any date form, read back while typing, never dropped silently."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate

from app.timefmt import format_date
from tests.test_window_fixtures import make_window, sample_document
from widgets.panes.fields import PlainLineEdit


def open_due_editor(qtbot, window, row: int = 0) -> PlainLineEdit:
    window.show()
    window.sections.show_section("measures")
    page = window.page("measures")
    view = page.tasks.view
    index = page.tasks_model.index(row, 2)
    view.setCurrentIndex(index)
    view.edit(index)
    qtbot.waitUntil(lambda: view.findChild(PlainLineEdit) is not None and view.findChild(PlainLineEdit).isVisible())
    return view.findChild(PlainLineEdit)


def type_text(qtbot, editor: PlainLineEdit, text: str) -> None:
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def test_a_due_date_in_words_is_read_back_and_stored_in_one_step(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    page = window.page("measures")
    editor = open_due_editor(qtbot, window)
    type_text(qtbot, editor, "Apr 1st")  # no year: the incident's (2025)
    assert page.due_hint.isVisibleTo(page) and page.due_hint.text() == "Read as Tue 1 Apr 2025"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.tasks.view.findChild(PlainLineEdit) is None)
    assert window.document.model.measures.tasks[0].due == date(2025, 4, 1)
    assert window.document.undo_stack.count() == 1
    assert not page.due_hint.isVisibleTo(page)


def test_enter_on_an_unreadable_due_date_keeps_the_editor_and_says_why(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    page = window.page("measures")
    before = window.document.model.measures.tasks[0].due
    warning = page.warning_for("measures.tasks:typing")
    editor = open_due_editor(qtbot, window)
    type_text(qtbot, editor, "next sprint")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.text() == "next sprint"  # nothing typed is lost
    assert warning.isVisibleTo(page) and "next sprint" in warning.text() and "April 1, 2025" in warning.text()
    type_text(qtbot, editor, "2025-05-02")
    assert not warning.isVisibleTo(page)  # the error goes as soon as the text reads
    assert page.due_hint.text() == "Read as Fri 2 May 2025"
    type_text(qtbot, editor, "someday")
    page.tasks.view.commitData(editor)  # what leaving the cell does
    page.tasks.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert window.document.model.measures.tasks[0].due == before
    assert "not changed" in warning.text() and "someday" in warning.text()


def test_every_date_form_the_editor_writes_is_accepted_in_the_table(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    model = window.page("measures").tasks_model
    for day in (date(2025, 4, 1), date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31)):
        for text in (format_date(day), day.isoformat()):
            assert model.setData(model.index(0, 2), text), text
            assert window.document.model.measures.tasks[0].due == day
    assert model.setData(model.index(0, 2), "1 Apr")  # the incident's year
    assert window.document.model.measures.tasks[0].due == date(2025, 4, 1)
