"""The structured editor: node and edge tables with add, remove and reorder, and a label field.

Every change goes through the document's undoable methods. Removing a node
also removes the edges that touch it, in one undo step.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.list_moves import rows_after_move, step_destination
from app.model import FlowEdge, FlowNode, NodeKind, normalize_text
from widgets.document import Document, ListName
from widgets.flowchart.delegates import ChoiceDelegate, NodeEndDelegate, kind_choices
from widgets.flowchart.models import EdgesModel, NodesModel, node_caption
from widgets.flowchart.tables import EDGE_LABEL_CAP, ID_COLUMN_CAP, fit_column, heading, rows_height, table_view
from widgets.panes.fields import TextField, plain_text
from widgets.tool_buttons import tool_button


class FlowchartEditor(QWidget):
    """Nodes (with the selected node's label under them) beside the edges."""

    current_node_changed = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.nodes_model = NodesModel(document, self)
        self.edges_model = EdgesModel(document, self)

        self.nodes_view = table_view(self.nodes_model, "No nodes yet. Add one with Add Node (Ins).")
        self.nodes_view.setItemDelegateForColumn(NodesModel.KIND, ChoiceDelegate(kind_choices, self.nodes_view))
        header = self.nodes_view.horizontalHeader()
        header.setSectionResizeMode(NodesModel.LABEL, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(NodesModel.KIND, self.fontMetrics().horizontalAdvance("Resolution") + 24)

        self.nodes_view.setAccessibleName("Flowchart nodes")
        self.edges_view = table_view(self.edges_model, "No edges yet. Select a node and press Connect.")
        self.edges_view.setAccessibleName("Flowchart edges")
        picker = NodeEndDelegate(self._node_choices, self.edges_view)
        self.edges_view.setItemDelegateForColumn(EdgesModel.SOURCE, picker)
        self.edges_view.setItemDelegateForColumn(EdgesModel.TARGET, picker)
        edge_header = self.edges_view.horizontalHeader()
        edge_header.setSectionResizeMode(EdgesModel.SOURCE, QHeaderView.ResizeMode.Stretch)
        edge_header.setSectionResizeMode(EdgesModel.TARGET, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()

        self.new_kind = QComboBox()
        for caption, value in kind_choices():
            self.new_kind.addItem(caption, value)
        self.new_kind.setCurrentIndex(self.new_kind.findData(NodeKind.STEP.value))
        self.new_kind.setToolTip("Kind of the next node added")
        self.add_node_button = tool_button(
            "Add Node", "Add a node of the chosen kind after the current one (Ins)", self.add_node, "list-add"
        )
        self.remove_node_button = tool_button(
            "Remove",
            "Remove the selected nodes and their edges (Del)",
            self.remove_selected_nodes,
            "list-remove",
            icon_only=True,
        )
        self.node_up_button, self.node_down_button = self._move_buttons("nodes", self.nodes_view)
        self.add_edge_button = tool_button(
            "Connect",
            "Add an edge from the current node to the next one; then pick its target",
            self.add_edge,
            "list-add",
        )
        self.remove_edge_button = tool_button(
            "Remove", "Remove the selected edges (Del)", self.remove_selected_edges, "list-remove", icon_only=True
        )
        self.edge_up_button, self.edge_down_button = self._move_buttons("edges", self.edges_view)

        # Typing is an undoable document edit, so the box has no undo of its own.
        self.label_edit = TextField()
        self.label_edit.setPlaceholderText("Label of the selected node (Enter starts a new line)")
        self.label_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 16)
        self.label_edit.setEnabled(False)
        self.label_edit.setAccessibleName("Node label")

        # List editor order: heading, table, then its buttons; the label field sits under the nodes.
        node_buttons = QHBoxLayout()
        node_buttons.setSpacing(2)
        for widget in (self.add_node_button, self.new_kind, self.remove_node_button):
            node_buttons.addWidget(widget)
        node_buttons.addStretch(1)
        node_buttons.addWidget(self.node_up_button)
        node_buttons.addWidget(self.node_down_button)
        edge_buttons = QHBoxLayout()
        edge_buttons.setSpacing(2)
        for widget in (self.add_edge_button, self.remove_edge_button):
            edge_buttons.addWidget(widget)
        edge_buttons.addStretch(1)
        edge_buttons.addWidget(self.edge_up_button)
        edge_buttons.addWidget(self.edge_down_button)

        nodes_column = QWidget()
        nodes_layout = QVBoxLayout(nodes_column)
        nodes_layout.setContentsMargins(0, 4, 4, 0)
        nodes_layout.setSpacing(4)
        nodes_layout.addWidget(heading("Nodes"))
        nodes_layout.addWidget(self.nodes_view, 1)
        nodes_layout.addWidget(self.label_edit)
        nodes_layout.addLayout(node_buttons)
        edges_column = QWidget()
        edges_layout = QVBoxLayout(edges_column)
        edges_layout.setContentsMargins(4, 4, 0, 0)
        edges_layout.setSpacing(4)
        edges_layout.addWidget(heading("Edges"))
        edges_layout.addWidget(self.edges_view, 1)
        edges_layout.addLayout(edge_buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(nodes_column)
        self.splitter.addWidget(edges_column)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._add_keys(self.nodes_view, self.add_node, self.remove_selected_nodes, "nodes")
        self._add_keys(self.edges_view, self.add_edge, self.remove_selected_edges, "edges")
        self.nodes_view.selectionModel().currentRowChanged.connect(self._show_current_label)
        self.label_edit.textChanged.connect(self._label_typed)
        # Bound methods, never lambdas: connections to this widget end when it is deleted.
        document.item_changed.connect(self._item_changed)
        document.list_reset.connect(self._show_current_label)
        document.document_reset.connect(self._show_current_label)
        document.rows_removed.connect(self._show_current_label)
        for signal in (document.rows_inserted, document.rows_removed, document.list_reset):
            signal.connect(self._chart_list_changed)
        document.document_reset.connect(self._fit_columns)
        for signal in (document.rows_inserted, document.rows_removed, document.list_reset):
            signal.connect(self._nodes_counted)  # a bound method: the connection ends with the editor
        document.document_reset.connect(self._update_connect)
        self._update_connect()

    def _fit_columns(self) -> None:
        """The Id column and the edges' Label column as wide as their longest text, up to a cap; the
        other columns share the rest. Measured here: a size-to-contents column would measure every
        cell of every row through the delegate on each change."""
        ids = (node.id for node in self._document.items("nodes"))
        fit_column(self.nodes_view, NodesModel.ID, ids, ID_COLUMN_CAP)
        labels = (edge.label for edge in self._document.items("edges"))
        fit_column(self.edges_view, EdgesModel.LABEL, labels, EDGE_LABEL_CAP)

    def _move_buttons(self, name: ListName, view: QTableView) -> tuple[QToolButton, QToolButton]:
        """The ↑ and ↓ buttons of one table (the same moves as Alt+Up / Alt+Down)."""
        up = tool_button(
            "Move Up",
            f"Move the selected {name} up (Alt+Up)",
            lambda: self._move_selected(name, view, -1),
            "go-up",
            icon_only=True,
        )
        down = tool_button(
            "Move Down",
            f"Move the selected {name} down (Alt+Down)",
            lambda: self._move_selected(name, view, +1),
            "go-down",
            icon_only=True,
        )
        return up, down

    def _add_keys(self, view: QTableView, add: object, remove: object, name: ListName) -> None:
        """Ins adds, Del removes, Alt+Up / Alt+Down move: the same as the buttons, from the keyboard."""
        noun = "Node" if name == "nodes" else "Edge"
        bindings = (
            ("Add Node" if name == "nodes" else "Connect", QKeySequence(Qt.Key.Key_Insert), add),
            (f"Remove {noun}", QKeySequence(QKeySequence.StandardKey.Delete), remove),
            (f"Move {noun} Up", QKeySequence("Alt+Up"), lambda: self._move_selected(name, view, -1)),
            (f"Move {noun} Down", QKeySequence("Alt+Down"), lambda: self._move_selected(name, view, +1)),
        )
        for text, keys, slot in bindings:
            action = QAction(text, view)  # named, so the shortcut list can say what the key does
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            view.addAction(action)

    # ----------------------------------------------------------------- reading

    def preferred_height(self) -> int:
        """The height at which both tables show six rows (the label field and the buttons included)."""
        table = self.nodes_view
        return self.minimumSizeHint().height() - table.minimumSizeHint().height() + rows_height(table)

    def current_node_row(self) -> int:
        index = self.nodes_view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_node(self, node_id: str) -> bool:
        """Make ``node_id`` the current node (clicks on the picture land here)."""
        for row, node in enumerate(self._document.items("nodes")):
            if node.id == node_id:
                index = self.nodes_model.index(row, NodesModel.LABEL)
                self.nodes_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.nodes_view.scrollTo(index)
                return True
        return False

    def _node_choices(self) -> list[tuple[str, str]]:
        return [(node_caption(node), node.id) for node in self._document.items("nodes")]

    @staticmethod
    def _selected_rows(view: QTableView) -> list[int]:
        rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex().row()]
        return rows

    # ----------------------------------------------------------------- editing

    def add_node(self, kind: NodeKind | None = None, label: str = "") -> str:
        chart = self._document.model.humor.flowchart
        kind = kind or NodeKind(self.new_kind.currentData())
        node = FlowNode(id=chart.unused_node_id(), kind=kind, label=label or kind.label)
        current = self.current_node_row()
        row = current + 1 if current >= 0 else len(chart.nodes)
        self._document.insert_items("nodes", row, [node], text="Add node")
        self.select_node(node.id)
        return node.id

    def remove_selected_nodes(self) -> None:
        rows = self._selected_rows(self.nodes_view)
        if not rows:
            return
        nodes = self._document.items("nodes")
        doomed = {nodes[row].id for row in rows}
        edge_rows = [
            row
            for row, edge in enumerate(self._document.items("edges"))
            if edge.source in doomed or edge.target in doomed
        ]
        self._document.begin_macro("Remove node" if len(rows) == 1 else "Remove nodes")
        try:
            self._document.remove_items("edges", edge_rows)
            self._document.remove_items("nodes", rows)
        finally:
            self._document.end_macro()

    def add_edge(self) -> None:
        """Connect the current node to another one: never to itself.

        The edge starts at the next node (the previous one for the last node), and the "To" picker
        opens at once to ask which node it is; once chosen, the label cell opens, so the label can
        be typed right away (Tab from the picker goes there too).
        """
        nodes = self._document.items("nodes")
        if len(nodes) < 2:
            return
        row = max(self.current_node_row(), 0)
        target = nodes[row + 1] if row + 1 < len(nodes) else nodes[row - 1]
        edge = FlowEdge(source=nodes[row].id, target=target.id)
        edges_row = len(self._document.items("edges"))
        self._document.insert_items("edges", edges_row, [edge], text="Add edge")
        index = self.edges_model.index(edges_row, EdgesModel.TARGET)
        self.edges_view.setCurrentIndex(index)
        self.edges_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edges_view.edit(index)
        picker = self.edges_view.indexWidget(index)
        if isinstance(picker, QComboBox) and self.isVisible():
            QTimer.singleShot(0, lambda: shiboken6.isValid(picker) and picker.isVisible() and picker.showPopup())

    def _nodes_counted(self, name: str, *_: object) -> None:
        if name == "nodes":
            self._update_connect()

    def _update_connect(self) -> None:
        """Connect needs two nodes: it never draws an edge from a node back to itself."""
        enough = len(self._document.items("nodes")) >= 2
        self.add_edge_button.setEnabled(enough)
        self.add_edge_button.setToolTip(
            "Connect the current node to another: choose it in the To list, then type the edge's label"
            if enough
            else "Add a second node to connect to"
        )

    def remove_selected_edges(self) -> None:
        rows = self._selected_rows(self.edges_view)
        if rows:
            self._document.remove_items("edges", rows, text="Remove edge" if len(rows) == 1 else "Remove edges")

    def _move_selected(self, name: ListName, view: QTableView, step: int) -> None:
        rows = self._selected_rows(view)
        destination = step_destination(rows, len(self._document.items(name)), step)
        if destination is None:
            return
        model = view.model()
        # Through the model, as drags are: one place names the undo step ("Move 2 nodes").
        if model.move_rows(rows, destination):
            moved = rows_after_move(rows, destination)
            first = moved[0]
            selection = view.selectionModel()
            selection.clearSelection()
            for row in moved:
                selection.select(
                    model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )
            selection.setCurrentIndex(model.index(first, 1), QItemSelectionModel.SelectionFlag.NoUpdate)

    # ----------------------------------------------------------------- label field

    def _show_current_label(self, *_: object) -> None:
        row = self.current_node_row()
        nodes = self._document.items("nodes")
        blocker = QSignalBlocker(self.label_edit)
        if 0 <= row < len(nodes):
            self.label_edit.setEnabled(True)
            if normalize_text(plain_text(self.label_edit)) != nodes[row].label:
                self.label_edit.setPlainText(nodes[row].label)
            self.current_node_changed.emit(nodes[row].id)
        else:
            self.label_edit.setEnabled(False)
            self.label_edit.clear()
            self.current_node_changed.emit("")
        del blocker

    def _label_typed(self) -> None:
        row = self.current_node_row()
        if 0 <= row < len(self._document.items("nodes")):
            self._document.update_item(
                "nodes", row, label=plain_text(self.label_edit), merge_key=f"node-label-{row}", text="Edit label"
            )

    def _chart_list_changed(self, name: str, *_rows: int) -> None:
        if name in ("nodes", "edges"):
            self._fit_columns()

    def _item_changed(self, name: str, row: int) -> None:
        self._chart_list_changed(name)
        if name == "nodes" and row == self.current_node_row():
            self._show_current_label()
