"""The task table's due-date cell: any date form the editor writes or people type, read back as it is typed.

The cell's editor says how it reads the text ("Read as Tue 1 Apr 2025") or
why it cannot, in the line under the table and in its tool tip. Enter on text
that cannot be read keeps the editor open; leaving it any other way keeps the
old date and says which text was not taken, quoted in full.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.time_input import DATE_EXAMPLES, DateInput, read_date_input
from widgets.panes.fields import PlainLineEdit
from widgets.panes.list_model import Index
from widgets.qt_guard import never_raises
from widgets.safe_text import plain_tooltip

_RED = "QLineEdit { color: #dc2626; }"


class DueDateDelegate(QStyledItemDelegate):
    """Edits a due date as text; ``default_year`` gives the year of a date typed without one."""

    # How the text being typed reads, or why it cannot (then True); "" when there is nothing to say.
    reading = Signal(str, bool)

    def __init__(self, default_year: Callable[[], int | None], parent: QObject | None = None):
        super().__init__(parent)
        self._default_year = default_year

    def read(self, text: str) -> DateInput:
        return read_date_input(text, default_year=self._default_year())

    @never_raises()
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = PlainLineEdit(parent)
        editor.setAccessibleName("Due date")
        editor.setPlaceholderText(f"No date — e.g. {DATE_EXAMPLES}")
        editor.setFrame(False)
        editor.textEdited.connect(lambda text: self._explain(editor, text))
        return editor

    @never_raises()
    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, PlainLineEdit)
        if not editor.isModified():  # a refresh while typing must not replace what was typed
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    @never_raises()
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, PlainLineEdit)
        if not editor.isModified():
            return
        reading = self.read(editor.text())
        if reading.problem:
            self.reading.emit(f"The due date was not changed. {_sentence(reading.problem)}", True)
            return
        model.setData(index, reading.value, Qt.ItemDataRole.EditRole)
        self.reading.emit("", False)

    @never_raises(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on text that cannot be read keeps the editor open, so nothing typed is lost.
        if (
            isinstance(watched, PlainLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.read(watched.text()).problem
        ):
            self._explain(watched, watched.text())
            return True
        return super().eventFilter(watched, event)

    def _explain(self, editor: PlainLineEdit, text: str) -> None:
        reading = self.read(text)
        message = _sentence(reading.problem) or reading.hint
        editor.setStyleSheet(_RED if reading.problem else "")
        editor.setToolTip(plain_tooltip(message))
        self.reading.emit(message, bool(reading.problem))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else ""
