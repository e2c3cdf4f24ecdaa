"""A scripted session of normal use prints no Qt warning (they reach the user's terminal).

``QTextCursor::setPosition: Position … out of range`` was seen in use; any message
Qt sends through its handler at warning level or above fails the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from tests.test_window_fixtures import make_window, sample_document
from widgets.timeline.editor import EventEditor

# Said by the offscreen platform of the tests only ("... does not support raise()", "... grabbing the
# keyboard"): a real desktop's window system has no such gap.
PLATFORM_ONLY = "This plugin does not support "


@pytest.fixture
def qt_warnings() -> Iterator[list[str]]:
    caught: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        level = int(getattr(kind, "value", kind))  # PySide hands an int here under pytest-qt
        serious = level in (QtMsgType.QtWarningMsg.value, QtMsgType.QtCriticalMsg.value, QtMsgType.QtFatalMsg.value)
        if serious and not message.startswith(PLATFORM_ONLY):
            caught.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield caught
    finally:
        qInstallMessageHandler(previous)


def test_a_session_of_normal_use_prints_no_qt_warning(qtbot, tmp_path, qt_warnings):
    window = make_window(qtbot, tmp_path, sample_document())
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    stack = window.document.undo_stack

    # Every page, through the keyboard's section shortcuts.
    for key, _title in window.sections.titles():
        window.go_to_section(key)
        qtbot.wait(10)

    # Typing in prose, then undoing and redoing it all (the field's text shrinks and grows under the cursor).
    intro = window.sections.show_section("introduction").editor
    intro.setFocus()
    intro.moveCursor(intro.textCursor().MoveOperation.End)
    qtbot.keyClicks(intro, " It was DNS.")
    qtbot.keyClick(intro, Qt.Key.Key_Return)
    qtbot.keyClicks(intro, "Again.")
    summary = window.sections.show_section("summary")
    summary.cause_field.setFocus()
    qtbot.keyClicks(summary.cause_field, " And a stale template.")
    while stack.canUndo():
        stack.undo()
    while stack.canRedo():
        stack.redo()
    while stack.canUndo():
        stack.undo()

    # The timeline: add, edit in place, cancel, search, filter.
    window.activateWindow()  # the offscreen platform can leave no window active after a popup closes
    qtbot.waitUntil(window.isActiveWindow)
    pane = window.sections.show_section("timeline").pane
    pane.view.setFocus()
    pane.view.setCurrentIndex(pane.proxy.index(0, 0))
    qtbot.keyClick(pane.view, Qt.Key.Key_Insert)
    editor = pane.view.findChild(EventEditor)
    qtbot.keyClicks(editor.text_edit, "Paged the DNS owner")
    editor.time_edit.setFocus()
    editor.time_edit.selectAll()
    qtbot.keyClicks(editor.time_edit, "11:20")
    qtbot.keyClick(editor.time_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.view)
    qtbot.keyClick(pane.view, Qt.Key.Key_Insert)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    pane.search.setFocus()
    qtbot.keyClicks(pane.search, "dns")
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    pane.kind_filter.show_only(pane.kind_filter.kinds().__iter__().__next__())
    pane.kind_filter.show_all()

    # Lists and the flowchart.
    tasks = window.sections.show_section("measures").tasks
    tasks.view.setFocus()
    tasks.select_rows([0])
    qtbot.keyClick(tasks.view, Qt.Key.Key_Insert)
    qtbot.keyClicks(QApplication.focusWidget(), "Check the zone daily")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)  # Enter commits through a queued call, as soon as the event loop runs
    flow = window.sections.show_section("humor").pane.editor
    flow.select_node("start")
    flow.add_node()
    flow.add_edge()
    qtbot.wait(20)  # the To picker opens
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    # Undo everything, redo everything: every view follows.
    while stack.canUndo():
        stack.undo()
    with qtbot.waitSignal(window.preview.rendered, timeout=20000):
        while stack.canRedo():
            stack.redo()
    # The preview draws the chart, then typing at the start of a field shifts everything after it.
    qtbot.wait(500)
    intro.setFocus()
    intro.moveCursor(intro.textCursor().MoveOperation.Start)
    with qtbot.waitSignal(window.preview.rendered, timeout=20000):
        qtbot.keyClicks(intro, "Short. ")
    window.refresh_warnings()
    assert qt_warnings == []
