"""What every Qt item model over one of the document's lists shares.

Such a model owns no data: it reads the list live from the document and turns
the document's paired signals (about to insert / inserted, and so on) into the
model's ``begin…``/``end…`` calls, so views keep their selection and scroll
position through edits, undo and redo, and are reset only when a whole
document or list is replaced. Rows dragged inside a view travel as a small
payload naming the model they came from, so a drop from another window or
document can never move rows here.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from widgets.document import LIST_PATHS, Document, FieldPath, ListName
from widgets.qt_guard import never_raises

AnyIndex = QModelIndex | QPersistentModelIndex

# The list's only parent; made once because moves of long lists are timed in microseconds.
ROOT = QModelIndex()

# For type checkers the mixin is an item model; at run time it is a plain class
# placed before the Qt base (QAbstractListModel or QAbstractTableModel).
_Base = QAbstractItemModel if TYPE_CHECKING else object


class FollowsDocumentList(_Base):
    """Mixin: keep the model's rows in step with ``document.items(name)``.

    Subclasses call ``follow_list`` once, and may override ``list_rows_changed``
    (rows were inserted, removed, moved or reset), ``list_item_changed`` and
    ``move_text``. Moves asked for by a view (``moveRows``) or by keyboard
    actions (``move_rows``) become one undoable move of the document.
    """

    _followed_document: Document
    _followed_name: ListName
    _followed_path: FieldPath

    def follow_list(self, document: Document, name: ListName) -> None:
        self._followed_document = document
        self._followed_name = name
        self._followed_path = LIST_PATHS[name]
        document.rows_about_to_be_inserted.connect(self._before_insert)
        document.rows_inserted.connect(self._after_insert)
        document.rows_about_to_be_removed.connect(self._before_remove)
        document.rows_removed.connect(self._after_remove)
        document.rows_about_to_be_moved.connect(self._before_move)
        document.rows_moved.connect(self._after_move)
        document.item_changed.connect(self._item_changed)
        document.list_about_to_be_reset.connect(self._before_list_reset)
        document.list_reset.connect(self._after_list_reset)
        # Views must see the old rows until the reset begins, the new ones after it.
        document.document_about_to_be_reset.connect(self.beginResetModel)
        document.document_reset.connect(self._after_document_reset)
        document.field_changed.connect(self._field_replaced)

    # ----------------------------------------------------------------- moving rows

    @never_raises(False)
    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        size = self.rowCount()
        if source_row < 0 or source_row + count > size or not 0 <= destination_child <= size:
            return False
        return self.move_rows(list(range(source_row, source_row + count)), destination_child)

    def move_rows(self, rows: list[int], destination: int) -> bool:
        """Move any selection before ``destination`` (a row before the move): one undo step."""
        text = self.move_text(len(set(rows)))
        return self._followed_document.move_items(self._followed_name, rows, destination, text=text)

    # ----------------------------------------------------------------- hooks

    def move_text(self, count: int) -> str:
        """The undo step's name for moving ``count`` rows."""
        return "Move item" if count == 1 else f"Move {count} items"

    def list_rows_changed(self) -> None:
        """Rows were inserted, removed, moved or reset (for caches that depend on order)."""

    def list_item_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, max(0, self.columnCount() - 1)))

    # ----------------------------------------------------------------- document signals

    def _before_insert(self, name: str, first: int, last: int) -> None:
        if name == self._followed_name:
            self.beginInsertRows(ROOT, first, last)

    # Caches are refreshed before each ``end…`` call: ``end…`` emits ``rowsInserted`` and the
    # like, and a slot on those may read any row (an out-of-order mark) through ``data()``.

    def _after_insert(self, name: str, _first: int, _last: int) -> None:
        if name == self._followed_name:
            self.list_rows_changed()
            self.endInsertRows()

    def _before_remove(self, name: str, first: int, last: int) -> None:
        if name == self._followed_name:
            self.beginRemoveRows(ROOT, first, last)

    def _after_remove(self, name: str, _first: int, _last: int) -> None:
        if name == self._followed_name:
            self.list_rows_changed()
            self.endRemoveRows()

    def _before_move(self, name: str, first: int, last: int, destination: int) -> None:
        if name == self._followed_name:
            self.beginMoveRows(ROOT, first, last, ROOT, destination)

    def _after_move(self, name: str, _first: int, _last: int, _destination: int) -> None:
        if name == self._followed_name:
            self.list_rows_changed()
            self.endMoveRows()

    def _item_changed(self, name: str, row: int) -> None:
        if name == self._followed_name:
            self.list_item_changed(row)

    def _before_list_reset(self, name: str) -> None:
        if name == self._followed_name:
            self.beginResetModel()

    def _after_list_reset(self, name: str) -> None:
        if name == self._followed_name:
            self.list_rows_changed()
            self.endResetModel()

    def _after_document_reset(self) -> None:
        self.list_rows_changed()
        self.endResetModel()

    def _field_replaced(self, path: tuple) -> None:
        # A whole part replaced at once (``set_field(("measures",), ...)``) holds this list too.
        if self._followed_path[: len(path)] == path:
            self.beginResetModel()
            self.list_rows_changed()
            self.endResetModel()


class ReordersByDrag(_Base):
    """Mixin, after ``FollowsDocumentList``: rows are dragged within their view to reorder them.

    Drops land between rows, never onto one. A drop is one ``move_rows``;
    ``removeRows`` must stay unimplemented (Qt's default returns False),
    because after an accepted move the view asks the model to remove the
    dragged rows, and the document has already moved them.
    """

    rows_mime_type: str

    @never_raises(Qt.ItemFlag.NoItemFlags)
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    @never_raises(Qt.DropAction.IgnoreAction)
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @never_raises(Qt.DropAction.IgnoreAction)
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @never_raises([])
    def mimeTypes(self) -> list[str]:
        return [self.rows_mime_type]

    @never_raises()
    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        return rows_mime_data(self.rows_mime_type, self, indexes)

    @never_raises(False)
    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        if action != Qt.DropAction.MoveAction or parent.isValid():
            return False
        return dropped_rows(self.rows_mime_type, self, data) is not None

    @never_raises(False)
    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        rows = dropped_rows(self.rows_mime_type, self, data) or []
        return self.move_rows(rows, self.rowCount() if row < 0 else row)


def _drag_source(model: QAbstractItemModel) -> str:
    # The process as well as the object: a drag can come from another editor running beside this one.
    return f"{os.getpid()}:{id(model)}"


def rows_mime_data(mime_type: str, model: QAbstractItemModel, indexes: Iterable[QModelIndex]) -> QMimeData:
    """The rows of ``indexes`` as a drag payload that only ``model`` will accept."""
    rows = sorted({index.row() for index in indexes if index.isValid()})
    data = QMimeData()
    data.setData(mime_type, QByteArray(json.dumps({"model": _drag_source(model), "rows": rows}).encode()))
    return data


def dropped_rows(mime_type: str, model: QAbstractItemModel, data: QMimeData | None) -> list[int] | None:
    """Rows carried by a drag from ``model`` itself, or None for anything else (other models, bad payloads)."""
    if data is None or not data.hasFormat(mime_type):
        return None
    try:
        payload = json.loads(bytes(data.data(mime_type).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict) or payload.get("model") != _drag_source(model):
        return None
    rows = payload.get("rows")
    count = model.rowCount()
    if not isinstance(rows, list) or not rows:
        return None
    if not all(isinstance(row, int) and not isinstance(row, bool) and 0 <= row < count for row in rows):
        return None
    return rows
