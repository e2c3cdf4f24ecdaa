"""A selection in the long (virtualised) preview survives scrolling; Select All and Copy take the whole document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import QApplication

from tests.test_preview_window import WAIT, shown
from tests.test_window_fixtures import large_document, sample_document
from widgets.document import Document
from widgets.preview import PreviewPane
from widgets.preview_spots import END, Spot, piece_span
from widgets.preview_window import Window, build_window


def settle(qtbot) -> None:
    qtbot.wait(20)  # the preview follows the scroll bar on the next turn of the event loop


def scroll_to(qtbot, preview: PreviewPane, value: int) -> None:
    preview.verticalScrollBar().setValue(value)
    settle(qtbot)


def whole(preview: PreviewPane) -> Window:
    """The whole preview laid out at once, as a short document is: what Qt's own Copy would copy from."""
    plan = preview._plan
    heights = [20.0] * len(plan.pieces)
    return build_window(plan, 0, len(plan.pieces), heights, None, preview.viewport().width())


def qt_copy(window: Window, start: int, end: int) -> QTextDocumentFragment:
    cursor = QTextCursor(window.document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return QTextDocumentFragment(cursor)


def block_with(preview: PreviewPane, text: str):
    block = preview.document().begin()
    while block.isValid():
        if block.text() == text:
            return block
        block = block.next()
    raise AssertionError(f"{text!r} is not laid out")


def event_block_on_screen(preview: PreviewPane):
    """A timeline event's block on screen (its text, its rectangle in the viewport)."""
    bar = preview.verticalScrollBar()
    block = preview.document().begin()
    while block.isValid():
        rect = preview.document().documentLayout().blockBoundingRect(block).translated(0, -bar.value())
        if block.text().startswith("Event number") and rect.top() > 0 and rect.bottom() < preview.viewport().height():
            return block, rect
        block = block.next()
    raise AssertionError("no event on screen")


def select(preview: PreviewPane, start: int, end: int) -> None:
    """What dragging the mouse over the text does to the preview's cursor."""
    cursor = QTextCursor(preview.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    preview.setTextCursor(cursor)


def absolute(preview: PreviewPane, full: Window, position: int) -> int:
    """Where ``position`` of the preview's laid-out part is in the whole preview laid out."""
    window = preview._window
    for index in range(window.first, window.last):
        start, end = piece_span(window, index)
        if start <= position <= end:
            return piece_span(full, index)[0] + position - start
    raise AssertionError("not in a laid-out piece")


def clipboard_after(qtbot, preview: PreviewPane, act) -> str:
    QGuiApplication.clipboard().clear()
    messages: list[str] = []
    preview.status_message.connect(messages.append)
    act()
    qtbot.waitUntil(lambda: bool(QGuiApplication.clipboard().text()), timeout=WAIT)
    return QGuiApplication.clipboard().text()


def test_a_selection_survives_scrolling_away_and_back(qtbot):
    preview = shown(qtbot, large_document(3000))
    block = block_with(preview, "Event number 5")
    select(preview, block.position() + 6, block.next().position() + 9)
    selected = preview.textCursor().selectedText()
    assert selected.startswith("number 5")
    built = preview.built_pieces()
    bar = preview.verticalScrollBar()
    scroll_to(qtbot, preview, bar.maximum())
    assert set(preview.built_pieces()).isdisjoint(built)  # another part is laid out now
    assert preview.has_selection()
    scroll_to(qtbot, preview, 0)
    assert preview.textCursor().selectedText() == selected


def test_a_selection_extended_after_scrolling_copies_exactly_the_text_between_its_ends(qtbot):
    preview = shown(qtbot, large_document(3000))
    full = whole(preview)
    block = block_with(preview, "Event number 20")
    select(preview, block.position() + 3, block.position() + 3)  # a click: the anchor
    anchor = absolute(preview, full, block.position() + 3)
    bar = preview.verticalScrollBar()
    scroll_to(qtbot, preview, bar.maximum() * 9 // 10)
    far, rect = event_block_on_screen(preview)
    number = int(far.text().split()[-1])
    assert number > 2000
    line = far.layout().lineAt(0)
    x = line.cursorToX(8)  # between "Event nu" and "mber"
    x = x[0] if isinstance(x, tuple) else x
    point = QPoint(int(rect.left() + far.layout().position().x() * 0 + x), int(rect.center().y()))
    qtbot.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, point)
    head = absolute(preview, full, preview.textCursor().position())
    assert preview.textCursor().position() == far.position() + 8
    text = clipboard_after(qtbot, preview, preview.copy)
    expected = qt_copy(full, anchor, head)
    assert text == expected.toPlainText()
    assert (
        text.lstrip("\n").startswith("nt number 20\n") and "Event number 1500\n" in text
    )  # Qt starts a list item's text with a line break
    last_line = text.rsplit("\n", 1)[-1]
    assert last_line and f"Event number {number}".startswith(last_line)  # up to where the reader clicked
    html = QGuiApplication.clipboard().mimeData().html()
    assert "Event number 1500" in html and html.count("<!--StartFragment-->") == 1


def test_select_all_then_copy_puts_the_whole_document_on_the_clipboard(qtbot):
    preview = shown(qtbot, large_document(3000))
    preview.setFocus()
    messages: list[str] = []
    preview.status_message.connect(messages.append)
    qtbot.keyClick(preview, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert preview.has_selection()
    assert "Event number 2999" not in preview.toPlainText()  # only a part is laid out
    text = clipboard_after(
        qtbot, preview, lambda: qtbot.keyClick(preview, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    )
    full = whole(preview)
    expected = qt_copy(full, 0, full.document.characterCount() - 1)
    assert text == expected.toPlainText()
    assert text.startswith("Status Page DNS Outage Post-Mortem") and "Event number 2999" in text
    html = QGuiApplication.clipboard().mimeData().html()
    assert "Event number 0<" in html and "Event number 2999<" in html
    assert messages == [f"Copied {len(text):,} characters"]


def test_copy_of_a_selection_in_the_laid_out_part_is_qt_s_own(qtbot):
    preview = shown(qtbot, sample_document())
    qtbot.keyClick(preview, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    text = clipboard_after(qtbot, preview, preview.copy)
    assert preview._copier is None  # nothing made in the background
    assert text == preview.document().toPlainText().replace("\ufffc", "\ufffc")
    assert "Closing Notes" in text


def test_an_edit_elsewhere_keeps_the_selection_and_an_edit_inside_it_ends_it(qtbot):
    preview = shown(qtbot, large_document(3000))
    bar = preview.verticalScrollBar()
    scroll_to(qtbot, preview, bar.maximum() // 2)
    window = preview._window
    block = preview.document().findBlockByNumber(window.starts[len(window.starts) // 2])
    while block.isValid() and not block.text().startswith("Event number"):
        block = block.next()
    select(preview, block.position(), block.position() + len(block.text()))
    selected = preview.textCursor().selectedText()
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        preview._document.set_field(("metadata", "title"), "A much longer title\n\nthat takes more room")
    assert preview.textCursor().selectedText() == selected
    number = int(selected.split()[-1])
    events = list(preview._document.model.timeline)
    events[number] = events[number].model_copy(update={"text": "Changed"})
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        preview._document.set_field(("timeline",), events)
    assert not preview.has_selection()


def test_the_edit_menu_s_select_all_and_copy_act_on_the_whole_preview(qtbot, tmp_path):
    from tests.test_window_fixtures import make_window

    window = make_window(qtbot, tmp_path, large_document(3000))
    preview = window.preview
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        window.show()
    preview.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is preview, timeout=5000)
    edits = window.actions.field_edits
    edits.update_enabled()
    assert not edits.copy.isEnabled() and edits.select_all.isEnabled()
    edits.select_all.trigger()
    bar = preview.verticalScrollBar()
    scroll_to(qtbot, preview, bar.maximum() // 2)  # nothing of it is on screen at the start
    edits.update_enabled()
    assert edits.copy.isEnabled()
    text = clipboard_after(qtbot, preview, edits.copy.trigger)
    assert text.startswith("Status Page DNS Outage Post-Mortem") and "Event number 2999" in text
    assert window.statusBar().currentMessage() == f"Copied {len(text):,} characters"


def test_a_long_copy_shows_its_progress_and_can_be_cancelled(qtbot, monkeypatch):
    from widgets import preview_copy

    monkeypatch.setattr(preview_copy, "SHOW_PROGRESS_MS", 0)
    real = preview_copy.copy_selection

    def held(request, job):
        job.report((1, len(request.parts)))
        job.cancel_event.wait(WAIT / 1000)
        return real(request, job)

    monkeypatch.setattr(preview_copy, "copy_selection", held)
    preview = shown(qtbot, large_document(3000))
    messages: list[str] = []
    preview.status_message.connect(messages.append)
    QGuiApplication.clipboard().setText("before")
    preview.selectAll()
    preview.copy()
    dialog = preview.copier.progress
    qtbot.waitUntil(lambda: dialog.isVisible() and "part 1 of" in dialog.labelText(), timeout=WAIT)
    dialog.canceled.emit()  # its Cancel button
    qtbot.waitUntil(lambda: not preview.copier.runner.is_busy(), timeout=WAIT)
    assert messages == ["Copy cancelled"] and preview.copier.progress is None
    assert QGuiApplication.clipboard().text() == "before"


@pytest.mark.parametrize("events", [3000])
def test_select_all_keeps_the_reader_where_they_were(qtbot, events):
    preview = shown(qtbot, large_document(events))
    bar = preview.verticalScrollBar()
    scroll_to(qtbot, preview, bar.maximum() // 3)
    place = bar.value()
    preview.selectAll()
    settle(qtbot)
    assert bar.value() == place


def test_dragging_a_selection_past_the_laid_out_part_keeps_where_it_started(qtbot):
    preview = shown(qtbot, large_document(3000))
    full = whole(preview)
    block = block_with(preview, "Event number 5")
    rect = preview.document().documentLayout().blockBoundingRect(block)
    start = QPoint(int(rect.left() + 2), int(rect.center().y()))
    qtbot.mousePress(preview.viewport(), Qt.MouseButton.LeftButton, pos=start)
    anchor = absolute(preview, full, preview.textCursor().position())
    built = preview.built_pieces()
    bar = preview.verticalScrollBar()
    scroll_to(qtbot, preview, bar.maximum() // 2)  # as the view scrolls on its own while the mouse is held below it
    assert set(preview.built_pieces()).isdisjoint(built)
    far, far_rect = event_block_on_screen(preview)
    end = QPoint(int(far_rect.right() - 2), int(far_rect.center().y()))
    qtbot.mouseMove(preview.viewport(), end)
    qtbot.mouseRelease(preview.viewport(), Qt.MouseButton.LeftButton, pos=end)
    head = absolute(preview, full, preview.textCursor().position())
    assert head > anchor
    text = clipboard_after(qtbot, preview, preview.copy)
    assert text == qt_copy(full, anchor, head).toPlainText()
    assert "Event number 6\n" in text and far.text().startswith(text.rsplit("\n", 1)[-1])


QUIT_AFTER_COPY = """
from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tests.test_window_fixtures import large_document
from widgets.document import Document
from widgets.preview import PreviewPane
preview = PreviewPane(Document(large_document(3000)))
preview.resize(500, 600)
loop = QEventLoop()
preview.rendered.connect(loop.quit)
preview.show()
loop.exec()
preview.selectAll()
preview.copy()
copied = QEventLoop()
preview.status_message.connect(lambda _message: copied.quit())
copied.exec()
data = QGuiApplication.clipboard().mimeData()
print(len(data.text()), data.hasHtml())
"""


def test_quitting_after_a_copy_made_in_the_background_does_not_crash():
    # The clipboard's data made in Python was deleted by Qt after Python had ended: a segmentation fault on quitting.
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    child = subprocess.run(
        [sys.executable, "-c", QUIT_AFTER_COPY], capture_output=True, env=env, cwd=root, timeout=120, check=False
    )
    assert child.returncode == 0, child.stderr.decode()[-2000:]
    length, has_html = child.stdout.decode().split()
    assert int(length) > 100_000 and has_html == "True"


def test_select_all_and_copy_while_the_preview_is_still_converting_copies_the_whole_once_it_is_ready(qtbot):
    preview = PreviewPane(Document(large_document(3000)))
    qtbot.addWidget(preview)
    preview.resize(500, 600)
    with qtbot.waitSignal(preview.first_screen_shown, timeout=WAIT):
        preview.show()
    assert not preview._plan.complete
    messages: list[str] = []
    preview.status_message.connect(messages.append)
    QGuiApplication.clipboard().clear()
    preview.selectAll()
    preview.copy()
    if not preview._plan.complete:
        assert preview.copier.progress.labelText() == "Waiting for the preview to be ready…"
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT)
    full = whole(preview)
    assert QGuiApplication.clipboard().text() == qt_copy(full, 0, full.document.characterCount() - 1).toPlainText()
    assert "Event number 2999" in QGuiApplication.clipboard().text()


def test_select_all_stays_all_through_an_edit(qtbot):
    preview = shown(qtbot, large_document(3000))
    preview.selectAll()
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        preview._document.set_field(("metadata", "title"), "Another title")
    assert preview.selection_range() == (Spot(0, 0), Spot(len(preview._plan.pieces) - 1, END))


def test_a_click_after_select_all_selects_nothing(qtbot):
    preview = shown(qtbot, large_document(3000))
    bar = preview.verticalScrollBar()
    scroll_to(qtbot, preview, bar.maximum() // 2)  # the reader in the middle: the ends lie in far pieces
    for edge in ("start", "end"):  # a click at either edge of the laid-out part
        preview.selectAll()
        settle(qtbot)
        cursor = preview.textCursor()
        cursor.setPosition(0 if edge == "start" else preview.document().characterCount() - 1)
        preview.setTextCursor(cursor)
        settle(qtbot)
        assert not preview.has_selection(), edge
        assert not preview.textCursor().hasSelection(), edge
