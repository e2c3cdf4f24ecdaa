"""A selection in the preview that outlives scrolling, and Select All and Copy of the whole document.

The preview lays out only the pieces near the screen (``widgets.preview_window``):
scrolling replaces its text document, and Qt's selection went with it. So the
preview also keeps the selection in its own terms, two ``Spot``s (a piece of the
plan and a character offset into that piece's text), and gives each new document
its part of the selection back. An end in a piece not laid out stands at the edge
of the laid-out part until the reader scrolls to it; dragging or shift-clicking
moves the other end only.

Select All selects the whole document, not only its laid-out part, and Copy copies
what is selected: at once from the laid-out document when the selection lies in
it, else from each piece's HTML in the background (``widgets.preview_copy``),
with a progress dialog if it takes a while.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QTextCursor

from widgets.preview_spots import END, Spot, follow, to_position, to_spot
from widgets.qt_guard import never_raises

if TYPE_CHECKING:
    from widgets.preview_copy import PreviewCopier
    from widgets.preview_render import Piece, PreviewPlan
    from widgets.preview_window import Window

__all__ = ["END", "KeepsSelection", "Spot"]


class KeepsSelection:
    """The selection side of ``PreviewPane`` (a ``QTextBrowser`` showing a ``Window`` of a ``PreviewPlan``)."""

    _plan: PreviewPlan | None
    _window: Window | None
    _placing: bool

    def _init_selection(self) -> None:
        self._anchor: Spot | None = None
        self._head: Spot | None = None
        self._placed: tuple[int, int] | None = None  # the document positions the preview gave the selection
        self._copier: PreviewCopier | None = None
        self.selectionChanged.connect(self._note_selection)  # type: ignore[attr-defined]
        self.cursorPositionChanged.connect(self._note_selection)  # type: ignore[attr-defined]

    @property
    def copier(self) -> PreviewCopier:
        """Copies made in the background (made at the first: a fresh window does not pay for it)."""
        if self._copier is None:
            from widgets.preview_copy import PreviewCopier

            self._copier = PreviewCopier(self)  # type: ignore[arg-type]
            self._copier.status_message.connect(self.status_message)  # type: ignore[attr-defined]
        return self._copier

    def _preview_ready(self) -> None:
        if self._copier is not None and self._plan is not None:
            self._copier.preview_ready(self._plan, self.selection_range())

    # ----------------------------------------------------------------- what is selected

    def selection_range(self) -> tuple[Spot, Spot] | None:
        """The selection's start and end in the whole preview, in reading order (None: nothing selected)."""
        if self._anchor is None or self._head is None or self._anchor == self._head:
            return None
        return min(self._anchor, self._head), max(self._anchor, self._head)

    def has_selection(self) -> bool:
        """Something is selected, laid out or not (Edit › Copy is offered)."""
        return self.selection_range() is not None

    def clear_selection(self) -> None:
        self._anchor = self._head = None
        self._placed = None

    def _note_selection(self) -> None:
        """The reader changed the selection (mouse, keys): remember it in the preview's terms.

        A click with nothing selected is remembered too: shift-clicking after scrolling selects from there.
        """
        window = self._window
        if self._placing or window is None:
            return
        cursor = self.textCursor()  # type: ignore[attr-defined]
        anchor, position = cursor.anchor(), cursor.position()
        placed = self._placed
        if anchor == position and (anchor, position) != placed:
            # A click: nothing is selected any more, whatever ends the preview had placed (an end kept for
            # a far piece would otherwise turn the click into a selection up to it).
            self._anchor = self._head = to_spot(window, position)
            self._placed = (anchor, position)
            return
        # An end the preview placed at the edge of the laid-out part stands for a piece further away: kept.
        if placed is None or self._anchor is None or anchor != placed[0]:
            self._anchor = to_spot(window, anchor)
        if placed is None or self._head is None or position != placed[1]:
            self._head = to_spot(window, position)
        self._placed = (anchor, position)

    def _restore_selection(self) -> None:
        """Give a newly laid-out document its part of the selection (called while the preview places it)."""
        window = self._window
        if window is None or self._anchor is None or self._head is None:
            self._placed = None
            return
        anchor, position = to_position(window, self._anchor), to_position(window, self._head)
        cursor = QTextCursor(window.document)
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)  # type: ignore[attr-defined]
        self._placed = (anchor, position)

    def _selection_follows(self, old: list[Piece], new: list[Piece]) -> None:
        """A new plan (the document was edited): the selection moves with its pieces, or goes if they changed."""
        selected = self.selection_range()
        if selected is None:
            self.clear_selection()  # a mere click: where it was may have moved
            return
        if selected == (Spot(0, 0), Spot(len(old) - 1, END)):
            self._anchor, self._head = Spot(0, 0), Spot(len(new) - 1, END)  # Select All stays all
            return
        moved = follow(old, new, *selected)
        if moved is None:
            self.clear_selection()
            return
        forward = self._anchor is not None and self._head is not None and self._anchor <= self._head
        self._anchor, self._head = moved if forward else (moved[1], moved[0])

    # ----------------------------------------------------------------- Select All and Copy

    @never_raises()
    def selectAll(self) -> None:
        plan = self._plan
        if plan is None or not plan.pieces or self._window is None:
            super().selectAll()  # type: ignore[misc]
            return
        self._anchor, self._head = Spot(0, 0), Spot(len(plan.pieces) - 1, END)
        self._placing = True
        try:
            bar = self.verticalScrollBar()  # type: ignore[attr-defined]
            value = bar.value()
            self._restore_selection()
            bar.setValue(value)  # selecting moves the cursor to the end: the reader stays where they were
        finally:
            self._placing = False

    @never_raises()
    def copy(self) -> None:
        selected = self.selection_range()
        plan, window = self._plan, self._window
        if selected is None or plan is None or window is None:
            super().copy()  # type: ignore[misc]
            return
        start, end = selected
        pieces = range(start.piece, end.piece + 1)
        laid_out = window.first <= start.piece and end.piece < window.last
        # An unfinished preview's last piece may end early (the first screen is made from the first events).
        known = plan.complete or end.piece < len(plan.pieces) - 1
        if known and laid_out and all(window.built[index - window.first] is not None for index in pieces):
            super().copy()  # type: ignore[misc]  # the laid-out document holds all of it
            return
        self.copier.copy_selection(plan, start, end)

    @never_raises()
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.selectAll()
            event.accept()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            event.accept()
        else:
            super().keyPressEvent(event)  # type: ignore[misc]

    @never_raises()
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())  # type: ignore[attr-defined]
        for action in menu.actions():
            # Qt's own Copy and Select All act on the laid-out part only: these act on the whole.
            if action.objectName() == "edit-copy":
                action.triggered.disconnect()
                action.triggered.connect(self.copy)
                action.setEnabled(self.has_selection())
            elif action.objectName() == "select-all":
                action.triggered.disconnect()
                action.triggered.connect(self.selectAll)
        menu.exec(event.globalPos())
        menu.deleteLater()
