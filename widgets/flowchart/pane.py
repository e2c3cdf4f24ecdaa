"""The flowchart pane: the live-rendered chart above the structured editor.

The pane follows the document: any change to the chart (an edit, undo, redo,
another file opened) asks the render scheduler for a new picture, which is
drawn off the UI thread. A failed render shows its message above the chart
and leaves the last good picture in place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.flowchart.from_timeline import flowchart_from_timeline
from app.flowchart.render import DEFAULT_TIMEOUT
from app.model import LayoutDirection
from app.paths import row_in
from widgets.document import Document
from widgets.flowchart.chart_view import ChartView
from widgets.flowchart.editor import FlowchartEditor
from widgets.flowchart.render_worker import RenderResult, RenderScheduler
from widgets.qt_guard import never_raises

DIRECTION_PATH = ("humor", "flowchart", "direction")
EMPTY_CHART_TEXT = "No flowchart yet.\nAdd nodes in the table below, or use Generate from timeline."


class FlowchartPane(QWidget):
    # Emitted after a new picture is shown / a render failed (tests and the status bar follow these).
    chart_rendered = Signal()
    render_failed = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None, *, timeout: float = DEFAULT_TIMEOUT):
        super().__init__(parent)
        self._document = document
        self.editor = FlowchartEditor(document, self)
        self.chart_view = ChartView(self)
        self.scheduler = RenderScheduler(self, timeout=timeout)
        self.last_error = ""

        self.generate_button = QPushButton("Generate from timeline")
        self.generate_button.setToolTip("Replace the chart with one drawn from the timeline events (undoable)")
        self.direction_combo = QComboBox()
        for direction in LayoutDirection:
            self.direction_combo.addItem(direction.label, direction.value)
        self.direction_combo.setToolTip("Layout direction")
        # Sized to its current choice, not its longest: with the zoom buttons beside it the row
        # otherwise made the Humor page, and so the window, wider than 900 px.
        self.direction_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.direction_combo.setMinimumContentsLength(11)

        self.zoom_out_button = self._tool_button("−", "Zoom out (Ctrl+wheel)", self.chart_view.zoom_out)
        self.zoom_in_button = self._tool_button("+", "Zoom in (Ctrl+wheel)", self.chart_view.zoom_in)
        self.fit_button = self._tool_button("Fit", "Zoom to fit", self.chart_view.zoom_to_fit)
        self.zoom_label = QLabel("100%")
        self.busy_label = QLabel("Drawing…")
        self.busy_label.setEnabled(False)
        self.busy_label.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # Error text may quote labels: never markup.
        self.status_label.setStyleSheet("color: #c92a2a;")
        self.status_label.hide()
        self.chart_view.setAccessibleName("Rendered flowchart")
        self.direction_combo.setAccessibleName("Layout direction")

        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # As wide as the widest it reads (800%).
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("888%"))
        self.chart_view.setMinimumHeight(120)

        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.generate_button)
        top.addWidget(self.direction_combo)  # "Top to bottom" says what it sets; its tool tip names it
        top.addStretch(1)
        top.addWidget(self.busy_label)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            top.addWidget(widget)

        # The chart takes the full width and most of the height; the tables sit under it. Side by
        # side, the tables' minimum width left the chart a sliver of a column.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart_view)
        self.splitter.addWidget(self.editor)
        # Once the user has dragged the handle, the tables keep their height and the chart takes the rest.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.splitterMoved.connect(self._split_chosen)
        self._user_split = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.splitter, 1)

        self.generate_button.clicked.connect(self.generate_from_timeline)
        self.direction_combo.activated.connect(self._direction_chosen)
        self.chart_view.node_clicked.connect(self.editor.select_node)
        self.editor.current_node_changed.connect(self.chart_view.highlight_node)
        self.chart_view.node_tooltip = self.node_tooltip
        self.chart_view.zoom_changed.connect(lambda _zoom: self._show_zoom())
        self.scheduler.started.connect(self.busy_label.show)
        self.scheduler.rendered.connect(self._show_result)
        self.scheduler.failed.connect(self._show_failure)
        # Only chart edits need a new picture: follow the chart's lists and fields, not `changed`.
        # Bound methods, never lambdas: connections to this widget end when it is deleted.
        for signal in (document.rows_inserted, document.rows_removed, document.rows_moved, document.item_changed):
            signal.connect(self._rows_changed)
        document.list_reset.connect(self._list_changed)
        document.field_changed.connect(self._field_changed)
        document.document_reset.connect(self._document_reset)
        self._show_direction()
        self._show_zoom()
        self.request_render(immediately=True)

    @staticmethod
    def _tool_button(text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])  # "−" and "+" mean nothing to a screen reader.
        button.clicked.connect(slot)
        return button

    # ----------------------------------------------------------------- layout

    CHART_SHARE = 0.6
    """The chart's part of the splitter's height until the user drags the handle."""

    def _split_chosen(self) -> None:
        self._user_split = True

    def _apply_default_split(self) -> None:
        total = self.splitter.height() - self.splitter.handleWidth()
        if self._user_split or total <= 0:
            return
        # The tables get room for six rows when the pane is tall enough; the chart keeps the rest.
        editor = max(self.editor.minimumSizeHint().height(), round(total * (1 - self.CHART_SHARE)))
        editor = max(editor, min(self.editor.preferred_height(), total - self.chart_view.minimumHeight()))
        chart = max(total - editor, self.chart_view.minimumHeight())
        self.splitter.setSizes([chart, total - chart])

    @never_raises()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_default_split()

    def _show_zoom(self) -> None:
        """The zoom in percent; with no picture there is nothing to zoom, so the zoom controls step aside."""
        shown = self.chart_view.has_picture()
        self.zoom_label.setText(f"{round(self.chart_view.zoom() * 100)}%" if shown else "")
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            widget.setVisible(shown)

    # ----------------------------------------------------------------- rendering

    def _rows_changed(self, name: str, *_rows: int) -> None:
        self._list_changed(name)

    def _list_changed(self, name: str) -> None:
        if name in ("nodes", "edges"):
            self.request_render()

    def _field_changed(self, path: tuple[str, ...]) -> None:
        chart_path = ("humor", "flowchart")
        if path[:2] == chart_path or chart_path[: len(path)] == path:  # The chart, or a part that holds it.
            self._show_direction()
            self.request_render()

    def _document_reset(self) -> None:
        self._show_direction()
        self.chart_view.clear()
        self._show_zoom()
        self.request_render(immediately=True)

    def request_render(self, *, immediately: bool = False) -> None:
        chart = self._document.model.humor.flowchart
        if not chart.nodes:
            self.scheduler.discard()
            self.chart_view.clear()
            self.chart_view.set_empty_text(EMPTY_CHART_TEXT)
            self._show_zoom()
            self._set_error("")
            self.busy_label.hide()
            return
        self.chart_view.set_empty_text("")  # Nodes exist: the picture is on its way (or the error says why not).
        self.scheduler.request(lambda: self._document.snapshot().humor.flowchart, immediately=immediately)

    def reveal(self, path: str) -> bool:
        """Select and focus the node or edge that a problem path such as ``humor.flowchart.edges[2].target`` names."""
        for part, view in (("nodes", self.editor.nodes_view), ("edges", self.editor.edges_view)):
            row = row_in(path, f"humor.flowchart.{part}")
            if row is not None and 0 <= row < view.model().rowCount():
                view.setCurrentIndex(view.model().index(row, 0))
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def node_tooltip(self, node_id: str) -> str:
        """What hovering a node in the picture shows: its kind and its whole label."""
        node = next((n for n in self._document.items("nodes") if n.id == node_id), None)
        if node is None:
            return ""
        return f"{node.kind.label}\n{node.label}" if node.label else node.kind.label

    def _show_result(self, result: RenderResult) -> None:
        self.busy_label.setVisible(self.scheduler.is_busy())
        shown = result.packed_svg is not None and self.chart_view.show_svg(
            result.packed_svg, result.element_ids, result.picture
        )
        if not shown:
            self._show_failure(RenderResult(result.generation, error="the rendered chart could not be displayed"))
            return
        self._set_error("")
        self._show_zoom()
        self.chart_rendered.emit()

    def _show_failure(self, result: RenderResult) -> None:
        self.busy_label.setVisible(self.scheduler.is_busy())
        self._set_error(result.error)
        self.render_failed.emit(result.error)

    def _set_error(self, message: str) -> None:
        self.last_error = message
        self.status_label.setText(message[:1:].upper() + message[1:] if message else "")
        self.status_label.setVisible(bool(message))

    # ----------------------------------------------------------------- commands

    def generate_from_timeline(self) -> None:
        """Replace nodes and edges with a chart drawn from the timeline, as one undo step."""
        current = self._document.model.humor.flowchart
        chart = flowchart_from_timeline(self._document.model.timeline, current.direction)
        if not chart.nodes:
            # Replacing a hand-drawn chart with nothing is never what the user meant.
            self._set_error("the timeline has no events to draw a flowchart from")
            return
        if chart.nodes == current.nodes and chart.edges == current.edges:
            return  # Nothing would change: no empty undo step.
        self._document.begin_macro("Generate flowchart from timeline")
        try:
            self._document.replace_list("nodes", chart.nodes, text="Replace nodes")
            self._document.replace_list("edges", chart.edges, text="Replace edges")
        finally:
            self._document.end_macro()

    def _direction_chosen(self) -> None:
        direction = LayoutDirection(self.direction_combo.currentData())
        self._document.set_field(DIRECTION_PATH, direction, text="Change layout direction")

    def _show_direction(self) -> None:
        direction = self._document.model.humor.flowchart.direction
        position = self.direction_combo.findData(direction.value)
        if position != self.direction_combo.currentIndex():
            self.direction_combo.setCurrentIndex(position)  # `activated` fires only on user choices: no echo.

    @never_raises()
    def closeEvent(self, event: object) -> None:  # type: ignore[override]
        self.scheduler.shut_down()
        super().closeEvent(event)  # type: ignore[arg-type]
