"""A table model over one of the document's lists, following its paired signals.

The model never changes the list itself: edits, moves and drops become
calls to the document's undoable methods, and the model updates when the
document says the list changed (so undo and redo refresh it the same way).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from widgets.document import Document, ListName
from widgets.list_adapter import FollowsDocumentList, dropped_rows, rows_mime_data

ROWS_MIME = "application/x-postmortem-rows"

Index = QModelIndex | QPersistentModelIndex


class DocumentListModel(FollowsDocumentList, QAbstractTableModel):
    """Rows are the items of ``document.items(name)``; subclasses give the columns."""

    headers: Sequence[str] = ()

    def __init__(self, document: Document, name: ListName, parent: Any = None) -> None:
        super().__init__(parent)
        self._document = document
        self._name = name
        self.follow_list(document, name)

    @property
    def document(self) -> Document:
        return self._document

    def items(self) -> list[Any]:
        return self._document.items(self._name)

    # ----------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows only, never onto one.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self, source_parent: Index, source_row: int, count: int, destination_parent: Index, destination: int
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count <= 0:
            return False
        return self._document.move_items(
            self._name, range(source_row, source_row + count), destination, text=f"Move {self.item_noun()}"
        )

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return rows_mime_data(ROWS_MIME, self, indexes)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return (
            action == Qt.DropAction.MoveAction
            and not parent.isValid()
            and dropped_rows(ROWS_MIME, self, data) is not None
        )

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        rows = dropped_rows(ROWS_MIME, self, data) or []
        self._document.move_items(
            self._name, rows, len(self.items()) if row < 0 else row, text=f"Move {self.item_noun()}"
        )
        # False: the move is done; True would make the view remove the source rows a second time.
        return False

    def item_noun(self) -> str:
        return "items"
