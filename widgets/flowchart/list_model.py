"""A table model over one of the document's lists, following its paired signals.

The model never changes the list itself: edits, moves and drops become
calls to the document's undoable methods, and the model updates when the
document says the list changed (so undo and redo refresh it the same way).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from widgets.document import Document, ListName

ROWS_MIME = "application/x-postmortem-rows"

Index = QModelIndex | QPersistentModelIndex


class DocumentListModel(QAbstractTableModel):
    """Rows are the items of ``document.items(name)``; subclasses give the columns."""

    headers: Sequence[str] = ()

    def __init__(self, document: Document, name: ListName, parent: Any = None) -> None:
        super().__init__(parent)
        self._document = document
        self._name = name
        document.rows_about_to_be_inserted.connect(self._about_to_insert)
        document.rows_inserted.connect(self._inserted)
        document.rows_about_to_be_removed.connect(self._about_to_remove)
        document.rows_removed.connect(self._removed)
        document.rows_about_to_be_moved.connect(self._about_to_move)
        document.rows_moved.connect(self._moved)
        document.item_changed.connect(self._item_changed)
        document.list_about_to_be_reset.connect(self._about_to_reset)
        document.list_reset.connect(self._reset)
        document.document_reset.connect(self._document_reset)

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
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(ROWS_MIME, QByteArray(json.dumps({"list": self._name, "rows": rows}).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and not parent.isValid() and self._dropped_rows(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        rows = self._dropped_rows(data) or []
        self._document.move_items(
            self._name, rows, len(self.items()) if row < 0 else row, text=f"Move {self.item_noun()}"
        )
        # False: the move is done; True would make the view remove the source rows a second time.
        return False

    def _dropped_rows(self, data: QMimeData) -> list[int] | None:
        if not data.hasFormat(ROWS_MIME):
            return None
        try:
            payload = json.loads(bytes(data.data(ROWS_MIME).data()).decode())
            rows = [int(row) for row in payload["rows"]]
        except (ValueError, KeyError, TypeError):
            return None
        if payload.get("list") != self._name or not rows or not all(0 <= r < len(self.items()) for r in rows):
            return None
        return rows

    def item_noun(self) -> str:
        return "items"

    # ----------------------------------------------------------------- document signals

    def _about_to_insert(self, name: str, first: int, last: int) -> None:
        if name == self._name:
            self.beginInsertRows(QModelIndex(), first, last)

    def _inserted(self, name: str, first: int, last: int) -> None:
        if name == self._name:
            self.endInsertRows()

    def _about_to_remove(self, name: str, first: int, last: int) -> None:
        if name == self._name:
            self.beginRemoveRows(QModelIndex(), first, last)

    def _removed(self, name: str, first: int, last: int) -> None:
        if name == self._name:
            self.endRemoveRows()

    def _about_to_move(self, name: str, first: int, last: int, destination: int) -> None:
        if name == self._name:
            self.beginMoveRows(QModelIndex(), first, last, QModelIndex(), destination)

    def _moved(self, name: str, first: int, last: int, destination: int) -> None:
        if name == self._name:
            self.endMoveRows()

    def _item_changed(self, name: str, row: int) -> None:
        if name == self._name:
            self.dataChanged.emit(self.index(row, 0), self.index(row, max(0, self.columnCount() - 1)))

    def _about_to_reset(self, name: str) -> None:
        if name == self._name:
            self.beginResetModel()

    def _reset(self, name: str) -> None:
        if name == self._name:
            self.endResetModel()

    def _document_reset(self) -> None:
        # The model object was already swapped; nothing to prepare before it.
        self.beginResetModel()
        self.endResetModel()
