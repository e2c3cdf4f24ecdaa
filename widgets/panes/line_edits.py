"""Text fields for the forms: undo left to the document, dropped files let through to the window.

Shared by the plain fields (``widgets.panes.fields``) and the spell-checked ones
(``widgets.panes.prose_fields``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from widgets.qt_guard import never_raises


def is_document_shortcut(event: QEvent) -> bool:
    """Undo and redo belong to the document, not to one field's private history."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
    )


def carries_local_files(mime: QMimeData) -> bool:
    return mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())


class PassesFileDrops:
    """A text field that lets dropped files through to the window, which opens them.

    Qt's text fields accept any drag with text, and file managers offer a
    file's ``file://`` address as text: dropped on a field, a post-mortem
    would be typed into it as an edit instead of being opened. An ignored
    drag enter travels on to the parent widgets, up to the window's handler.
    """

    @never_raises()
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if carries_local_files(event.mimeData()):
            event.ignore()
            return
        super().dragEnterEvent(event)  # type: ignore[misc]

    @never_raises()
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if carries_local_files(event.mimeData()):
            event.ignore()
            return
        super().dragMoveEvent(event)  # type: ignore[misc]

    @never_raises()
    def dropEvent(self, event: QDropEvent) -> None:
        if carries_local_files(event.mimeData()):
            event.ignore()
            return
        super().dropEvent(event)  # type: ignore[misc]


class LeavesUndoToTheDocument:
    """A field whose Ctrl+Z and Ctrl+Y go to the document's undo stack, not to its own history."""

    @never_raises(False)
    def event(self, event: QEvent) -> bool:
        if is_document_shortcut(event):
            event.ignore()
            return False
        return super().event(event)  # type: ignore[misc]


class PlainLineEdit(PassesFileDrops, QLineEdit):
    """A line edit that keeps text of any length and lets dropped files through."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # QLineEdit cuts text at 32,767 characters by default: a long line from a file would be lost on edit.
        self.setMaxLength(2**31 - 1)
