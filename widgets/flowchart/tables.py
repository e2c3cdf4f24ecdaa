"""How the flowchart editor's tables look: one-line rows, a hint when empty, columns fitted to their text.

Kept apart from ``widgets.flowchart.editor``, which decides what the tables do.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from widgets.empty_hint import HintingTableView
from widgets.flowchart.models import EdgesModel, NodesModel

MIN_ROWS_SHOWN = 6
"""The nodes and edges tables are given room for this many rows when the pane lays itself out."""


def table_view(model: NodesModel | EdgesModel, empty_text: str) -> HintingTableView:
    view = HintingTableView(empty_text)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDragDropOverwriteMode(False)
    view.setDropIndicatorShown(True)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    view.setAlternatingRowColors(True)
    # One line a row, cut with an ellipsis: wrapped captions were two cramped lines in a one-line row.
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    # Fixed row heights and no size-to-contents columns: Qt would otherwise measure every
    # row of a 500-node chart on the UI thread after each change.
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 7)  # compact: six rows fit
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setHighlightSections(False)
    return view


def rows_height(view: QTableView, rows: int = MIN_ROWS_SHOWN) -> int:
    """The height that shows ``rows`` rows of ``view`` under its header."""
    header = view.horizontalHeader().sizeHint().height()
    return header + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth()


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


ID_COLUMN_CAP = 140
"""The widest the Id column grows to fit its ids, in pixels (longer ids are cut with an ellipsis)."""
EDGE_LABEL_CAP = 110
"""The same for the edges' Label column: the node captions beside it need the room more."""


MEASURED_TEXTS = 40
"""Only the longest texts of a column are measured: a 1,400-node chart's ids and edge labels
took 20-30 ms of the UI thread on each added or removed node."""


def fit_column(view: QTableView, column: int, texts: Iterable[str], cap: int) -> None:
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    longest = heapq.nlargest(MEASURED_TEXTS, texts, key=len)
    widest = max((metrics.horizontalAdvance(text) for text in longest), default=0)
    heading = header.fontMetrics().horizontalAdvance(str(view.model().headerData(column, Qt.Orientation.Horizontal)))
    width = min(cap, max(widest, heading) + 20)
    if header.sectionSize(column) != width:
        header.resizeSection(column, width)
