"""The base of the flowchart's table models (nodes, edges): one of the document's lists, following its paired signals.

The model never changes the list itself: edits, moves and drops become
calls to the document's undoable methods (see ``widgets.list_adapter``), and
the model updates when the document says the list changed, so undo and redo
refresh it the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from widgets.document import Document, ListName
from widgets.list_adapter import FollowsDocumentList, ReordersByDrag
from widgets.qt_guard import never_raises

ROWS_MIME = "application/x-postmortem-rows"

Index = QModelIndex | QPersistentModelIndex


class ChartListModel(FollowsDocumentList, ReordersByDrag, QAbstractTableModel):
    """Rows are the items of ``document.items(name)``; subclasses give the columns."""

    headers: Sequence[str] = ()
    rows_mime_type = ROWS_MIME

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

    @never_raises(0)
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    @never_raises(0)
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    @never_raises()
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None
