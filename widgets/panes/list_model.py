"""A Qt table model over one list of the document (tasks, improvements, sections).

Edits go through the document's commands; the model follows the document's
paired list signals and calls ``begin…``/``end…`` so views keep their
selection and scroll position instead of resetting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from widgets.document import _LIST_PATHS, Document, ListName

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    field: str | None  # attribute of a pydantic item; None for a list of plain strings
    to_text: Callable[[Any], str] = str
    from_text: Callable[[str], Any] = str
    tooltip: str = ""


class DocumentListModel(QAbstractTableModel):
    def __init__(self, document: Document, name: ListName, columns: list[Column], parent=None):
        super().__init__(parent)
        self._document = document
        self._name = name
        self._columns = columns
        self._path = _LIST_PATHS[name]
        document.rows_about_to_be_inserted.connect(self._about_to_insert)
        document.rows_inserted.connect(self._inserted)
        document.rows_about_to_be_removed.connect(self._about_to_remove)
        document.rows_removed.connect(self._removed)
        document.rows_about_to_be_moved.connect(self._about_to_move)
        document.rows_moved.connect(self._moved)
        document.item_changed.connect(self._item_changed)
        document.list_about_to_be_reset.connect(self._about_to_reset)
        document.list_reset.connect(self._reset)
        document.document_about_to_be_reset.connect(self.beginResetModel)
        document.document_reset.connect(self.endResetModel)
        document.field_changed.connect(self._field_changed)

    @property
    def list_name(self) -> ListName:
        return self._name

    def items(self) -> list[Any]:
        return self._document.items(self._name)

    # ----------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._columns[section].tooltip or None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.items())):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            column = self._columns[index.column()]
            return column.to_text(self._value(index.row(), column))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self._columns[index.column()]
        try:
            new = column.from_text(value) if isinstance(value, str) else value
            if column.field is None:
                self._document.update_item(self._name, index.row(), value=new, text=f"Edit {self._noun()}")
            else:
                self._document.update_item(
                    self._name, index.row(), text=f"Edit {column.header.lower()}", fields={column.field: new}
                )
        except (ValueError, ValidationError):
            return False  # The editor stays open on text that cannot be stored; nothing changes.
        return True

    def moveRows(
        self, source_parent: Index, source_row: int, count: int, destination_parent: Index, child: int
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count <= 0:
            return False
        rows = list(range(source_row, source_row + count))
        return self._document.move_items(self._name, rows, child, text=f"Move {self._noun()}")

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count <= 0 or row < 0 or row + count > len(self.items()):
            return False
        self._document.remove_items(self._name, range(row, row + count), text=f"Delete {self._noun()}")
        return True

    def _noun(self) -> str:
        return {"tasks": "task", "improvements": "improvement", "sections": "section"}.get(self._name, "item")

    def _value(self, row: int, column: Column) -> Any:
        item = self.items()[row]
        if column.field is None or not isinstance(item, BaseModel):
            return item
        return getattr(item, column.field)

    # ----------------------------------------------------------------- document signals

    def _about_to_insert(self, name: str, first: int, last: int) -> None:
        if name == self._name:
            self.beginInsertRows(QModelIndex(), first, last)

    def _inserted(self, name: str, _first: int, _last: int) -> None:
        if name == self._name:
            self.endInsertRows()

    def _about_to_remove(self, name: str, first: int, last: int) -> None:
        if name == self._name:
            self.beginRemoveRows(QModelIndex(), first, last)

    def _removed(self, name: str, _first: int, _last: int) -> None:
        if name == self._name:
            self.endRemoveRows()

    def _about_to_move(self, name: str, first: int, last: int, destination: int) -> None:
        if name == self._name:
            self.beginMoveRows(QModelIndex(), first, last, QModelIndex(), destination)

    def _moved(self, name: str, _first: int, _last: int, _destination: int) -> None:
        if name == self._name:
            self.endMoveRows()

    def _item_changed(self, name: str, row: int) -> None:
        if name == self._name:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def _about_to_reset(self, name: str) -> None:
        if name == self._name:
            self.beginResetModel()

    def _reset(self, name: str) -> None:
        if name == self._name:
            self.endResetModel()

    def _field_changed(self, path: tuple) -> None:
        # A whole part replaced at once (``set_field(("measures",), ...)``) holds this list too.
        if self._path[: len(path)] == path:
            self.beginResetModel()
            self.endResetModel()
