"""Form fields bound to document paths.

A ``FieldBinder`` connects a widget to one field of the model in both
directions: user edits become merged undo commands, and document signals
(undo, redo, open) update the widget under a ``QSignalBlocker`` so the update
does not echo back as an edit. A widget whose text already normalises to the
model's value is left alone, so the cursor never jumps while typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from app.model import normalize_line, normalize_text
from widgets.document import Document, FieldPath
from widgets.panes.line_edits import LeavesUndoToTheDocument, PlainLineEdit
from widgets.panes.long_text import excerpt, excerpt_line, notice, too_long_for_one_line, too_long_to_edit


class LineField(LeavesUndoToTheDocument, PlainLineEdit):
    """A form field bound to the document: its undo is the document's."""


def plain_text(widget: QPlainTextEdit) -> str:
    """The editor's text exactly as typed.

    ``toPlainText()`` turns non-breaking spaces into plain ones, which would
    silently change text the user never touched; the raw text keeps them and
    only marks paragraph ends with U+2029.
    """
    return widget.document().toRawText().replace("\u2029", "\n")


_IN_PART = "shownInPart"


def _shown_in_part(widget: QLineEdit | QPlainTextEdit, value: str, shown: str | None) -> bool:
    """Show ``shown`` (the start of a ``value`` too long to edit) read-only; or leave that state. True if shown."""
    if shown is None:
        if widget.property(_IN_PART):
            widget.setProperty(_IN_PART, False)
            widget.setReadOnly(False)
            widget.setToolTip("")
            with QSignalBlocker(widget):
                widget.clear()  # The caller shows the whole value next.
                _check_spelling(widget, True)
        return False
    widget.setProperty(_IN_PART, True)
    widget.setReadOnly(True)
    widget.setToolTip(notice(value))
    with QSignalBlocker(widget):
        # Nobody can correct a word here: checking the 20,000 characters shown took 100 ms of the page's showing.
        _check_spelling(widget, False)  # (a highlighter leaving a document changes it: not an edit)
        if isinstance(widget, QLineEdit):
            widget.setText(shown)
            widget.setCursorPosition(0)
        else:
            widget.setPlainText(shown)
    return True


def _check_spelling(widget: QLineEdit | QPlainTextEdit, on: bool) -> None:
    """Turn a text field's spell checking on or off (a field shown in part is not checked)."""
    from PySide6.QtGui import QSyntaxHighlighter  # a TextField's (widgets.panes.prose_fields)

    highlighter = getattr(widget, "spelling", None)
    if isinstance(highlighter, QSyntaxHighlighter) and isinstance(widget, QPlainTextEdit):
        document = widget.document() if on else None
        if highlighter.document() is not document:
            highlighter.setDocument(document)


def path_key(path: FieldPath) -> str:
    return ".".join(path)


class FieldBinder(QObject):
    """Binds form widgets of one page to document fields.

    Give it its page as parent: it follows the long-lived document, and only a
    QObject's connections end when it is deleted (with the page and its widgets).
    """

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._refreshers: dict[FieldPath, Callable[[], None]] = {}
        document.field_changed.connect(self._on_field_changed)
        document.document_reset.connect(self.refresh_all)

    def line(self, widget: QLineEdit, path: FieldPath) -> QLineEdit:
        def refresh() -> None:
            value = self._document.get_field(path)
            if _shown_in_part(widget, value, excerpt_line(value) if too_long_for_one_line(value) else None):
                return
            if normalize_line(widget.text()) != value:
                with QSignalBlocker(widget):
                    widget.setText(value)

        widget.textEdited.connect(
            lambda text: self._document.set_field(path, normalize_line(text), merge_key=path_key(path))
        )
        return self._register(path, refresh, widget)

    def text(self, widget: QPlainTextEdit, path: FieldPath) -> QPlainTextEdit:
        def refresh() -> None:
            value = self._document.get_field(path)
            if _shown_in_part(widget, value, excerpt(value) if too_long_to_edit(value) else None):
                return
            if normalize_text(plain_text(widget)) != value:
                with QSignalBlocker(widget):
                    widget.setPlainText(value)

        widget.textChanged.connect(
            lambda: self._document.set_field(path, normalize_text(plain_text(widget)), merge_key=path_key(path))
        )
        return self._register(path, refresh, widget)

    def choice(self, widget: QComboBox, path: FieldPath, values: list[Any]) -> QComboBox:
        """A combo box whose item ``i`` stands for ``values[i]``."""

        def refresh() -> None:
            value = self._document.get_field(path)
            with QSignalBlocker(widget):
                widget.setCurrentIndex(values.index(value) if value in values else -1)

        widget.currentIndexChanged.connect(
            lambda index: index >= 0 and self._document.set_field(path, values[index], text=f"Change {path[-1]}")
        )
        return self._register(path, refresh, widget)

    def custom(self, path: FieldPath, refresh: Callable[[], None]) -> None:
        """Any other widget: the caller pushes edits itself; the binder keeps it in step."""
        self._register(path, refresh, None)

    def refresh_all(self) -> None:
        for refresh in self._refreshers.values():
            refresh()

    def _register(self, path: FieldPath, refresh: Callable[[], None], widget: Any) -> Any:
        self._refreshers[path] = refresh
        refresh()
        return widget

    def _on_field_changed(self, path: tuple) -> None:
        # A whole part may be replaced (recovery sets ``summary`` at once), so parents refresh children.
        for bound, refresh in self._refreshers.items():
            if bound[: len(path)] == path or path[: len(bound)] == bound:
                refresh()


def __getattr__(name: str) -> Any:
    # The spell-checked fields live with the spelling they load (widgets.panes.prose_fields): the
    # Overview, the page a window starts on, has none, and start-up does not load spelling for it.
    if name in ("ProseLineEdit", "TextField"):
        from widgets.panes import prose_fields

        return getattr(prose_fields, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
