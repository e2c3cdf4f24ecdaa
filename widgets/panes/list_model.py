"""A Qt table model over one list of the document (tasks, improvements, sections).

Edits go through the document's commands; ``FollowsDocumentList`` keeps the
rows in step with the document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from widgets.document import Document, ListName
from widgets.list_adapter import FollowsDocumentList
from widgets.qt_guard import never_raises
from widgets.safe_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    field: str | None  # attribute of a pydantic item; None for a list of plain strings
    to_text: Callable[[Any], str] = str
    from_text: Callable[[str], Any] = str
    tooltip: str = ""
    # How the cell reads when not being edited, when that differs from the text edited (a short link).
    display: Callable[[Any], str] | None = None


class DocumentListModel(FollowsDocumentList, QAbstractTableModel):
    def __init__(self, document: Document, name: ListName, columns: list[Column], parent=None):
        super().__init__(parent)
        self._document = document
        self._name = name
        self._columns = columns
        self.follow_list(document, name)

    @property
    def list_name(self) -> ListName:
        return self._name

    def items(self) -> list[Any]:
        return self._document.items(self._name)

    # ----------------------------------------------------------------- Qt model

    @never_raises(0)
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items())

    @never_raises(0)
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    @never_raises()
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._columns[section].tooltip or None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    @never_raises()
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.items())):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = self._columns[index.column()]
            value = self._value(index.row(), column)
            return column.display(value) if column.display is not None else column.to_text(value)
        if role == Qt.ItemDataRole.EditRole:
            column = self._columns[index.column()]
            return column.to_text(self._value(index.row(), column))
        if role == Qt.ItemDataRole.ToolTipRole:
            column = self._columns[index.column()]
            return plain_tooltip(column.to_text(self._value(index.row(), column))) or None
        return None

    @never_raises(Qt.ItemFlag.NoItemFlags)
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    @never_raises(False)
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

    @never_raises(False)
    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count <= 0 or row < 0 or row + count > len(self.items()):
            return False
        self._document.remove_items(self._name, range(row, row + count), text=f"Delete {self._noun()}")
        return True

    def _noun(self) -> str:
        return {"tasks": "task", "improvements": "improvement", "sections": "section"}.get(self._name, "item")

    def move_text(self, count: int) -> str:
        return f"Move {self._noun()}" if count == 1 else f"Move {count} {self._noun()}s"

    def _value(self, row: int, column: Column) -> Any:
        item = self.items()[row]
        if column.field is None or not isinstance(item, BaseModel):
            return item
        return getattr(item, column.field)
