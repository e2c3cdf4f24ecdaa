"""The spell-checked prose fields: one line (an event's or a task's text) and several (a section's text).

Apart from ``widgets.panes.fields`` so that a page without prose (the Overview,
the page a window starts on) does not load spelling: ``widgets.panes.fields``
still hands these out by name.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from widgets.panes.line_edits import LeavesUndoToTheDocument, PassesFileDrops, PlainLineEdit
from widgets.qt_guard import never_raises
from widgets.spelling import SpellHighlighter, SpellLineEdit, text_edit_spelling_menu


class ProseLineEdit(SpellLineEdit, PlainLineEdit):
    """A one-line prose field (an event's or a task's text): spell-checked as it is typed."""


class TextField(LeavesUndoToTheDocument, PassesFileDrops, QPlainTextEdit):
    """A prose field: its undo is the document's, and misspelt words are underlined as they are typed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)  # Keyboard users can leave the field with Tab.
        self.spelling = SpellHighlighter(self.document())

    def spelling_menu(self, position: QPoint) -> QMenu:
        """The context menu for ``position`` (viewport coordinates), suggestions first."""
        return text_edit_spelling_menu(self, position)

    @never_raises()
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.spelling_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
