"""The Edit menu's Cut, Copy, Paste, Delete and Select All, acting on the focused field.

Text fields already answer these keys themselves; the menu offers the same to
mouse users and names the keys. Their shortcuts are shown in the menu but only
live while the menu itself has the focus, so they never fight a field's own keys
or a list's Del.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

StandardKey = QKeySequence.StandardKey
TextWidget = QLineEdit | QPlainTextEdit | QTextEdit


def _editable(widget: QWidget | None) -> TextWidget | None:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget
    return None


def _has_selection(field: TextWidget) -> bool:
    keeps_own = getattr(field, "has_selection", None)  # the preview: a selection reaching past its laid-out part
    if callable(keeps_own):
        return bool(keeps_own())
    return field.hasSelectedText() if isinstance(field, QLineEdit) else field.textCursor().hasSelection()


def _read_only(field: TextWidget) -> bool:
    return field.isReadOnly()


class FieldEditActions(QObject):
    """Cut, Copy, Paste, Delete and Select All for whatever field has the keyboard focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.cut = self._make("Cu&t", StandardKey.Cut, self._cut)
        self.copy = self._make("&Copy", StandardKey.Copy, self._copy)
        self.paste = self._make("&Paste", StandardKey.Paste, self._paste)
        self.delete = self._make("&Delete", StandardKey.Delete, self._delete)
        self.select_all = self._make("Select &All", StandardKey.SelectAll, self._select_all)
        self._target: QWidget | None = None

    def actions(self) -> list[QAction]:
        return [self.cut, self.copy, self.paste, self.delete, self.select_all]

    def _make(self, text: str, key: StandardKey, slot: Callable[[TextWidget], None]) -> QAction:
        action = QAction(text, self.parent())
        action.setShortcut(QKeySequence(key))
        # Shown in the menu, never grabbed from the field that has the focus (see the module's note).
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: self._run(slot))
        return action

    def install(self, menu: QMenu) -> None:
        menu.addActions(self.actions())
        # The menu takes the focus while open: remember the field it was opened from.
        menu.aboutToShow.connect(self.update_enabled)

    def target(self) -> QWidget | None:
        focus = QApplication.focusWidget()
        if focus is not None and not isinstance(focus, QMenu):
            self._target = focus
        if self._target is not None and not shiboken6.isValid(self._target):
            self._target = None  # the field went with its page or editor
        return self._target

    def update_enabled(self) -> None:
        widget = self.target()
        field = _editable(widget)
        view = widget if isinstance(widget, QAbstractItemView) else None
        selected = field is not None and _has_selection(field)
        writable = field is not None and not _read_only(field)
        self.cut.setEnabled(selected and writable)
        self.copy.setEnabled(selected)
        self.delete.setEnabled(selected and writable)
        clipboard = QGuiApplication.clipboard()
        self.paste.setEnabled(writable and bool(clipboard.text()))
        self.select_all.setEnabled(field is not None or view is not None)

    def _run(self, slot: Callable[[TextWidget], None]) -> None:
        widget = self.target()
        if isinstance(widget, QAbstractItemView) and slot == self._select_all:
            widget.selectAll()
            return
        field = _editable(widget)
        if field is not None:
            slot(field)

    @staticmethod
    def _cut(field: TextWidget) -> None:
        field.cut()

    @staticmethod
    def _copy(field: TextWidget) -> None:
        field.copy()

    @staticmethod
    def _paste(field: TextWidget) -> None:
        field.paste()

    @staticmethod
    def _delete(field: TextWidget) -> None:
        if isinstance(field, QLineEdit):
            field.del_()
        else:
            field.textCursor().removeSelectedText()

    @staticmethod
    def _select_all(field: TextWidget) -> None:
        field.selectAll()
