"""Table models for the flowchart's nodes and edges."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.model import FlowEdge, FlowNode, NodeKind
from widgets.document import Document
from widgets.flowchart.list_model import ChartListModel
from widgets.qt_guard import never_raises
from widgets.safe_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The raw value behind a cell (a NodeKind, a node id), for delegates and tests."""


def node_caption(node: FlowNode) -> str:
    """How a node is named in pickers: its first label line and its id."""
    first = node.label.split("\n", 1)[0].strip()
    if len(first) > 40:
        first = first[:39] + "…"
    return f"{first} ({node.id})" if first else node.id


class NodesModel(ChartListModel):
    headers = ("Kind", "Label", "Id")
    KIND, LABEL, ID = range(3)

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(document, "nodes", parent)

    def move_text(self, count: int) -> str:
        return "Move node" if count == 1 else f"Move {count} nodes"

    @never_raises(Qt.ItemFlag.NoItemFlags)
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.ID:
            flags &= ~Qt.ItemFlag.ItemIsEditable  # Edges refer to the id; it is generated, not typed.
        elif index.isValid() and index.column() == self.LABEL and "\n" in self.items()[index.row()].label:
            # A one-line cell editor would flatten the lines; the label field below the table keeps them.
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    @never_raises()
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items()):
            return None
        node: FlowNode = self.items()[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND:
                return node.kind.label
            if column == self.LABEL:
                return node.label.replace("\n", " ⏎ ")
            return node.id
        if role == Qt.ItemDataRole.EditRole:
            return {self.KIND: node.kind.value, self.LABEL: node.label, self.ID: node.id}[column]
        if role == VALUE_ROLE:
            return {self.KIND: node.kind, self.LABEL: node.label, self.ID: node.id}[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LABEL:
            return plain_tooltip(node.label) or None
        return None

    @never_raises(False)
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        if column == self.KIND:
            try:
                kind = NodeKind(value)
            except ValueError:
                return False
            self.document.update_item("nodes", row, kind=kind, text="Change node kind")
            return True
        if column == self.LABEL:
            self.document.update_item("nodes", row, label=str(value), merge_key=f"node-label-{row}", text="Edit label")
            return True
        return False


class EdgesModel(ChartListModel):
    headers = ("From", "To", "Label")
    SOURCE, TARGET, LABEL = range(3)

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(document, "edges", parent)
        self._nodes_by_id: dict[str, FlowNode] | None = None
        """Each node by its id, made once per change of the nodes: a painted cell looked its node
        up through the whole list (a screen of a 1,400-node chain's edges took 30 ms)."""
        self._captions: dict[str, str] = {}
        """The captions shown so far, by node id: only the nodes a cell shows are captioned (making
        all 1,400 captions of a chain at the first paint of its page took 10-20 ms)."""
        # An edge shows its nodes' labels, so it repaints when nodes change.
        document.rows_inserted.connect(self._nodes_changed)
        document.rows_removed.connect(self._nodes_changed)
        document.item_changed.connect(self._nodes_changed)
        document.list_reset.connect(self._nodes_changed)
        document.document_reset.connect(self._forget_captions)

    def move_text(self, count: int) -> str:
        return "Move edge" if count == 1 else f"Move {count} edges"

    def _forget_captions(self) -> None:
        self._nodes_by_id = None
        self._captions = {}

    def _nodes_changed(self, name: str, *_: Any) -> None:
        if name != "nodes":
            return
        self._forget_captions()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.TARGET))

    def _caption(self, node_id: str) -> str:
        caption = self._captions.get(node_id)
        if caption is None:
            if self._nodes_by_id is None:
                # The first node of an id wins, as in ``Flowchart.node``.
                self._nodes_by_id = {node.id: node for node in reversed(self.document.items("nodes"))}
            node = self._nodes_by_id.get(node_id)
            caption = self._captions[node_id] = node_caption(node) if node is not None else f"{node_id} (missing)"
        return caption

    @never_raises()
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items()):
            return None
        edge: FlowEdge = self.items()[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SOURCE:
                return self._caption(edge.source)
            if column == self.TARGET:
                return self._caption(edge.target)
            return edge.label
        if role in (Qt.ItemDataRole.EditRole, VALUE_ROLE):
            return {self.SOURCE: edge.source, self.TARGET: edge.target, self.LABEL: edge.label}[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            # The column cuts long captions; hovering shows the whole one.
            end = {self.SOURCE: edge.source, self.TARGET: edge.target}.get(column)
            text = self._caption(end) if end is not None else edge.label
            return plain_tooltip(text) or None
        return None

    @never_raises(False)
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        if column in (self.SOURCE, self.TARGET):
            if self.document.model.humor.flowchart.node(str(value)) is None:
                return False
            field = "source" if column == self.SOURCE else "target"
            self.document.update_item("edges", row, text="Reconnect edge", **{field: str(value)})
            return True
        self.document.update_item("edges", row, label=str(value), merge_key=f"edge-label-{row}", text="Edit edge label")
        return True
