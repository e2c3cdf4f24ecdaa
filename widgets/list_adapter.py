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
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex

from widgets.document import LIST_PATHS, Document, FieldPath, ListName

# The list's only parent; made once because moves of long lists are timed in microseconds.
ROOT = QModelIndex()

# For type checkers the mixin is an item model; at run time it is a plain class
# placed before the Qt base (QAbstractListModel or QAbstractTableModel).
_Base = QAbstractItemModel if TYPE_CHECKING else object


class FollowsDocumentList(_Base):
    """Mixin: keep the model's rows in step with ``document.items(name)``.

    Subclasses call ``follow_list`` once, and may override ``list_rows_changed``
    (rows were inserted, removed, moved or reset) and ``list_item_changed``.
    """

    _followed_name: ListName
    _followed_path: FieldPath

    def follow_list(self, document: Document, name: ListName) -> None:
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

    # ----------------------------------------------------------------- hooks

    def list_rows_changed(self) -> None:
        """Rows were inserted, removed, moved or reset (for caches that depend on order)."""

    def list_item_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, max(0, self.columnCount() - 1)))

    # ----------------------------------------------------------------- document signals

    def _before_insert(self, name: str, first: int, last: int) -> None:
        if name == self._followed_name:
            self.beginInsertRows(ROOT, first, last)

    def _after_insert(self, name: str, _first: int, _last: int) -> None:
        if name == self._followed_name:
            self.endInsertRows()
            self.list_rows_changed()

    def _before_remove(self, name: str, first: int, last: int) -> None:
        if name == self._followed_name:
            self.beginRemoveRows(ROOT, first, last)

    def _after_remove(self, name: str, _first: int, _last: int) -> None:
        if name == self._followed_name:
            self.endRemoveRows()
            self.list_rows_changed()

    def _before_move(self, name: str, first: int, last: int, destination: int) -> None:
        if name == self._followed_name:
            self.beginMoveRows(ROOT, first, last, ROOT, destination)

    def _after_move(self, name: str, _first: int, _last: int, _destination: int) -> None:
        if name == self._followed_name:
            self.endMoveRows()
            self.list_rows_changed()

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


def rows_mime_data(mime_type: str, model: QAbstractItemModel, indexes: Iterable[QModelIndex]) -> QMimeData:
    """The rows of ``indexes`` as a drag payload that only ``model`` will accept."""
    rows = sorted({index.row() for index in indexes if index.isValid()})
    data = QMimeData()
    data.setData(mime_type, QByteArray(json.dumps({"model": id(model), "rows": rows}).encode()))
    return data


def dropped_rows(mime_type: str, model: QAbstractItemModel, data: QMimeData | None) -> list[int] | None:
    """Rows carried by a drag from ``model`` itself, or None for anything else (other models, bad payloads)."""
    if data is None or not data.hasFormat(mime_type):
        return None
    try:
        payload = json.loads(bytes(data.data(mime_type).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict) or payload.get("model") != id(model):
        return None
    rows = payload.get("rows")
    count = model.rowCount()
    if not isinstance(rows, list) or not rows:
        return None
    if not all(isinstance(row, int) and not isinstance(row, bool) and 0 <= row < count for row in rows):
        return None
    return rows
