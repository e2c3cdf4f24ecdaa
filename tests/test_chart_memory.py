"""A big chart's SVG is held compressed, and unpacked only by what needs it, once, at its size."""

from __future__ import annotations

import gc
import threading
import tracemalloc

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer

from app.flowchart.packed_svg import PackedSvg
from tests.flowchart_helpers import RENDERERS
from widgets.preview_document import rasterise


def chain_svg(nodes: int) -> bytes:
    """An SVG as Graphviz writes a long chain of boxes (some 280 bytes a node), without Graphviz."""
    height = nodes * 83
    groups = "".join(
        f'<!-- n{i} -->\n<g id="fc&#45;node&#45;{i}" class="node">\n<title>n{i}</title>\n'
        f'<polygon fill="#e7f5ff" stroke="#1c7ed6" points="270,-{i * 83 + 10} 6,-{i * 83 + 10} 6,-{i * 83 + 60} '
        f'270,-{i * 83 + 60}"/>\n<text text-anchor="middle" x="138" y="-{i * 83 + 30}" '
        f'font-family="Helvetica,Arial,sans-serif" font-size="14.00">Checked the resolver cache ({i})</text>\n</g>\n'
        for i in range(nodes)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<svg width="277pt" height="{height}pt" viewBox="0.00 0.00 276.80 {height}.00" '
        'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
        f'<g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(4 {height - 4})">\n'
        f"<title>flowchart</title>\n{groups}</g>\n</svg>\n"
    ).encode()


def test_a_packed_svg_unpacks_to_the_same_bytes_allocating_them_once():
    svg = chain_svg(5_000)
    packed = PackedSvg.of(svg)
    assert len(packed.packed) < len(svg) / 5
    assert packed.head().startswith(svg[:4096]) and len(packed.head()) == 4096
    tracemalloc.start()
    try:
        unpacked = packed.unpacked()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert unpacked == svg
    # Left to grow its buffer, zlib took blocks up to 4 MB and a copy on top: 4.3 times the SVG.
    assert peak < 1.3 * len(svg)


class _NeverUnpacked(PackedSvg):
    def unpacked(self) -> bytes:
        raise AssertionError("the SVG was unpacked")


def test_the_preview_turns_down_a_chart_too_big_to_read_without_unpacking_its_svg(qapp):
    # A chain of 1,400 nodes is 1.6 MB of SVG, 116,197 points tall: its size alone says it cannot be shown.
    svg = chain_svg(1_400)
    packed = PackedSvg.of(svg)
    assert rasterise(_NeverUnpacked(packed.packed, packed.size)) is None
    small = chain_svg(6)
    picture = rasterise(PackedSvg.of(small))
    assert picture is not None and picture.size() == rasterise(small).size()


def _held_by(holder: object, kind: type, depth: int = 4) -> list[object]:
    """The objects of ``kind`` that ``holder``'s attributes reach, ``depth`` references deep."""
    found: list[object] = []
    seen: set[int] = set()
    layer: list[object] = [vars(holder)]
    for _ in range(depth):
        following: list[object] = []
        for item in layer:
            for referent in gc.get_referents(item):
                if id(referent) in seen:
                    continue
                seen.add(id(referent))
                if isinstance(referent, kind):
                    found.append(referent)
                elif isinstance(referent, dict | list | tuple) or hasattr(referent, "__dict__"):
                    following.append(referent)
        layer = following
    return found


def _bytes_held_by(holder: object) -> list[int]:
    """The lengths of the bytes objects ``holder``'s attributes reach."""
    return [len(held) for held in _held_by(holder, bytes)]


def test_the_chart_on_show_keeps_its_svg_compressed(qtbot):
    # The Humor Element page kept the 1.6 MB SVG of a 1,400-node chain beside the picture drawn from it.
    from widgets.flowchart.chart_view import ChartView

    svg = chain_svg(1_400)
    view = ChartView()
    qtbot.addWidget(view)
    assert view.show_svg(svg, {})
    assert view.svg() == svg
    assert max(_bytes_held_by(view)) < len(svg) / 4


def test_a_piece_qt_cannot_read_is_parsed_once_not_at_every_paint(qapp, monkeypatch):
    import zlib

    from PySide6.QtCore import QRectF, QSize

    from widgets.flowchart import picture as picture_module
    from widgets.flowchart.picture import ChartPicture

    made: list[bytes] = []

    class CountingRenderer(picture_module.QSvgRenderer):
        def __init__(self, data) -> None:
            made.append(bytes(data))
            super().__init__(data)

    monkeypatch.setattr(picture_module, "QSvgRenderer", CountingRenderer)
    good = chain_svg(2)
    picture = ChartPicture(
        good, QRectF(0, 0, 277, 166), QSize(277, 166), {}, [zlib.compress(b"<svg broken"), zlib.compress(good)]
    )
    for _paint in range(3):
        assert picture.renderer(0) is None
        assert picture.renderer(1) is not None
    assert len(made) == 2  # each piece parsed once: the broken one is remembered as broken


def _traced_peak(work) -> tuple[object, int]:
    """What ``work()`` gives, and the most Python memory it held at once beyond what was held before."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        done = work()
        return done, tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_a_packed_svg_unpacks_in_chunks_that_make_the_whole():
    from app.flowchart.packed_svg import SvgPacker

    svg = chain_svg(3_000)
    packer = SvgPacker()
    for start in range(0, len(svg), 1000):
        packer.add(svg[start : start + 1000])
    packed = packer.finish()
    assert packed.size == len(svg) and packed.unpacked() == svg
    chunks = list(packed.chunks(50_000))
    assert b"".join(chunks) == svg and max(map(len, chunks)) <= 50_000
    assert b"".join(PackedSvg.of(b"").chunks()) == b""


def test_cutting_an_svg_as_it_is_unpacked_gives_the_same_pieces_as_cutting_it_whole():
    from widgets.flowchart.svg_pieces import chunks_of, cut_svg, split_svg

    svg = chain_svg(400)
    whole = split_svg(svg)
    assert len(whole) > 3
    # Chunk edges fall inside tags, comments and ids: every cut must still land between two groups.
    for chunk_size in (65_536, 4_096, 97, 7):
        for chunks in (chunks_of(svg, chunk_size), PackedSvg.of(svg).chunks(chunk_size)):
            cut = cut_svg(chunks, len(svg))
            assert cut is not None
            assert (cut.spans, cut.element_ids) == (whole.spans, whole.element_ids)
            assert cut.frame == whole.frame
            assert list(cut.pieces(PackedSvg.of(svg).chunks(chunk_size))) == whole.pieces


def test_the_chart_drawn_from_its_packed_svg_is_the_chart_drawn_from_the_whole(qapp):
    from widgets.flowchart.picture import parse_picture

    svg = chain_svg(400)
    ids = [f"fc-node-{i}" for i in range(0, 400, 7)]
    from_whole = parse_picture(svg, ids)
    from_packed = parse_picture(PackedSvg.of(svg), ids)
    assert from_whole is not None and from_packed is not None
    assert len(from_packed.pieces) > 3
    assert from_packed.pieces == from_whole.pieces and from_packed.frame_svg == from_whole.frame_svg
    assert from_packed.piece_bounds == from_whole.piece_bounds
    assert from_packed.element_bounds == from_whole.element_bounds and len(from_packed.element_bounds) == len(ids)
    assert from_packed.overview == from_whole.overview
    small = chain_svg(3)
    assert parse_picture(PackedSvg.of(small)).pieces == parse_picture(small).pieces  # one piece: the whole


def test_the_humor_page_worker_never_holds_the_whole_svg(qapp):
    # The worker unpacked the 1.6 MB SVG of a 1,400-node chain and held it while Qt parsed every piece.
    from widgets.flowchart.picture import parse_picture

    svg = chain_svg(5_000)  # 1.6 MB, as Graphviz drew that chain
    whole = PackedSvg.of(svg)
    packed = _NeverUnpacked(whole.packed, whole.size)
    del svg, whole
    picture, peak = _traced_peak(lambda: parse_picture(packed, ["fc-node-0", "fc-node-4999"]))
    assert picture is not None and len(picture.element_bounds) == 2 and len(picture.pieces) > 40
    assert peak < packed.size / 2  # a piece and the chunks it is cut from, not the whole


@pytest.mark.parametrize("renderer", RENDERERS)
def test_graphviz_s_svg_is_packed_as_it_is_written_never_held_whole(renderer):
    # dot's 1.6 MB of SVG for a 1,400-node chain was read in pieces, joined, then packed: 3.2 MB at
    # once in the preview's thread; the embedded Graphviz's was copied out of its memory whole.
    from app.flowchart.dot import build_dot
    from app.model import Flowchart, FlowEdge, FlowNode

    label = "Checked the resolver cache, the zone file and the renewal job's log for the missing apex records"
    nodes = [FlowNode(id=f"n{i}", label=f"{label} ({i})") for i in range(1_400)]
    edges = [FlowEdge(source=f"n{i}", target=f"n{i + 1}") for i in range(1_399)]
    source = build_dot(Flowchart(nodes=nodes, edges=edges)).dot
    renderer.render_packed("digraph { a }", timeout=60)  # the renderer's own start-up is not the chart's
    packed, peak = _traced_peak(lambda: renderer.render_packed(source, timeout=120))
    assert packed.unpacked() == renderer.render(source, timeout=120)
    assert packed.size > 1_500_000
    assert peak < packed.size / 2


def _qt_values_held_by(holder: object) -> int:
    """How many Qt objects (of any kind: rectangles too) ``holder``'s attributes reach."""
    from shiboken6 import Shiboken

    return len(_held_by(holder, Shiboken.Object))


def test_a_chart_measured_in_a_worker_keeps_no_qt_object_for_each_node(qapp):
    # 1,400 rectangles made by Qt in the worker, one per node between the parses of the pieces,
    # held on to pages of the memory those parses freed, which the system never got back.
    from widgets.flowchart.picture import parse_picture

    def measured(nodes: int):
        made: list[object] = []
        worker = threading.Thread(
            target=lambda: made.append(parse_picture(chain_svg(nodes), [f"fc-node-{i}" for i in range(nodes)]))
        )
        worker.start()
        worker.join(60)
        return made[0]

    small, big = measured(200), measured(800)
    assert len(big.element_bounds) == 800 and len(big.pieces) > len(small.pieces) > 1
    assert _qt_values_held_by(big) == _qt_values_held_by(small)
    # As measured: the bounds read back as Qt rectangles.
    whole = QSvgRenderer(QByteArray(chain_svg(200)))
    for element in ("fc-node-0", "fc-node-199"):
        assert small.element_bounds[element] == whole.transformForElement(element).mapRect(
            whole.boundsOnElement(element)
        )


def test_the_bounds_of_a_long_charts_nodes_are_kept_in_a_few_dozen_bytes_each(qapp):
    # Where each of a 1,400-node chain's nodes lies (for clicks, tool tips and the ring around the chosen
    # one) was a tuple of four floats a node: 7,000 small objects, made in the worker between the parses of
    # the pieces, 206 bytes a node. The numbers are one array, each node's at its number's place (its id
    # and a dict entry for it took 118 bytes more): the same rectangles, under 40 bytes a node.
    from PySide6.QtCore import QRectF

    from widgets.flowchart.picture import ElementBounds

    ids = [f"fc-node-{i}" for i in range(1_400)]
    rects = [QRectF(6, -i * 83 - 60.5, 264.25, 50) for i in range(1_400)]
    gc.collect()
    tracemalloc.start()
    try:
        bounds = ElementBounds()
        for element, rect in zip(ids, rects, strict=True):
            bounds.add(element, rect)
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert held < 40 * len(ids)
    assert list(bounds) == ids and [bounds[element] for element in ids] == rects
    bounds.add("fc-node-7", QRectF(1, 2, 3, 4))  # measured again: the new bounds, in the same place
    assert len(bounds) == 1_400 and bounds["fc-node-7"] == QRectF(1, 2, 3, 4) and bounds["fc-node-8"] == rects[8]
    for other in ("fc-node-1400", "fc-node-07", "fc-node-", "graph0"):
        assert bounds.get(other) is None and other not in bounds
    # Ids not numbered so are kept by name, in the order measured, after the numbered ones.
    bounds.add("fc-node-99999999", QRectF(5, 6, 7, 8))
    bounds.add("start", QRectF(0, 0, 1, 1))
    assert bounds["fc-node-99999999"] == QRectF(5, 6, 7, 8) and bounds["start"] == QRectF(0, 0, 1, 1)
    assert len(bounds) == 1_402 and list(bounds)[-2:] == ["fc-node-99999999", "start"]
    assert bounds.nbytes() < 40 * len(ids)  # the far number was not given a stretch of empty places
