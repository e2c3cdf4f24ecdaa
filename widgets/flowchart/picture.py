"""The chart's SVG parsed by Qt in pieces, off the UI thread, and the scene item that draws them.

PySide keeps Python's lock while Qt parses an SVG: a chain of 1,400 nodes with
long labels (1.6 MB of SVG) took 0.12-0.16 s in one call, during which the
window could not run any Python, so it froze that long although the work was
in a worker. Cut into pieces of a few dozen kilobytes (Graphviz writes every
node and every edge as one group under the graph's group), each piece is a
short call, and the window gets its turn between two of them. Every piece
keeps the whole picture's size and view box, so the pieces lie exactly on top
of each other.

Where each element lies (for clicks, tool tips and the ring around the chosen
node) is measured once, in the worker, rather than asked of Qt on each hover.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QCoreApplication, QPointF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from widgets.qt_guard import never_raises

PIECE_BYTES = 64 * 1024
"""About this much SVG text per piece: some 5 ms of parsing, during which the window waits."""
OVERVIEW_SIDE = 2048
"""Longest side of a big chart's overview, in pixels."""
OVERVIEW_PIXELS = 2_000_000
"""Most pixels in it (8 MB): a chart wide and tall at once is drawn smaller."""

_GRAPH_GROUP = re.compile(rb'<g\s[^>]*?id="graph0"[^>]*>')
_TAG = re.compile(rb"<!--.*?-->|<g\b[^>]*?(/?)>|</g\s*>", re.DOTALL)
_ID = re.compile(rb'\sid="([^"]*)"')


@dataclass
class SvgPieces:
    """The SVG cut between the graph's top-level groups: each piece is a whole SVG document."""

    pieces: list[bytes]
    element_ids: list[list[str]] = field(default_factory=list)
    """The ids of the top-level groups in each piece (nodes and edges); not listed for a single piece."""


def split_svg(svg: bytes, piece_bytes: int = PIECE_BYTES) -> SvgPieces:
    """``svg`` in pieces of about ``piece_bytes``; one piece (the whole) when it is small or not as Graphviz writes."""
    graph = _GRAPH_GROUP.search(svg)
    if graph is None or len(svg) <= piece_bytes:
        return SvgPieces([svg], [[]])
    children: list[tuple[int, int, str]] = []  # start, end, id of each top-level group
    depth, start, child_id = 1, 0, ""
    for tag in _TAG.finditer(svg, graph.end()):
        text = tag.group(0)
        if text.startswith(b"<!--") or tag.group(1):
            continue  # a comment, or an empty <g/>
        if text.startswith(b"</"):
            depth -= 1
            if depth == 1:
                children.append((start, tag.end(), child_id))
            elif depth == 0:
                break  # the graph's group ends
        else:
            if depth == 1:
                start = tag.start()
                found = _ID.search(text)
                child_id = _unescaped(found.group(1)) if found else ""
            depth += 1
    if depth != 0 or not children:
        return SvgPieces([svg], [[]])
    head, tail = svg[: children[0][0]], svg[children[-1][1] :]
    pieces: list[bytes] = []
    ids: list[list[str]] = []
    first = 0
    for last in range(len(children)):
        if last == len(children) - 1 or children[last][1] - children[first][0] >= piece_bytes:
            pieces.append(head + svg[children[first][0] : children[last][1]] + tail)
            ids.append([child for _, _, child in children[first : last + 1]])
            first = last + 1
    return SvgPieces(pieces, ids)


def _unescaped(value: bytes) -> str:
    text = value.decode("utf-8", "replace").replace("&#45;", "-")  # Graphviz writes fc-node-1 as fc&#45;node&#45;1
    return html.unescape(text) if "&" in text else text


@dataclass
class ChartPicture:
    """A chart parsed by Qt, in pieces; owned by the UI thread once handed over."""

    renderers: list[QSvgRenderer]
    element_bounds: dict[str, QRectF]
    """The bounds of the elements asked for (the nodes), in the SVG's coordinates (its view box)."""
    overview: QImage | None = None
    """A big chart drawn small, for the zoom levels that show it no bigger (see ``PictureItem``)."""

    @property
    def view_box(self) -> QRectF:
        renderer = self.renderers[0]
        box = renderer.viewBoxF()
        return box if not box.isEmpty() else QRectF(QPointF(0, 0), QSizeF(renderer.defaultSize()))


def parse_picture(
    svg: bytes, measured: Iterable[str] = (), check: Callable[[], None] = lambda: None
) -> ChartPicture | None:
    """``svg`` parsed piece by piece, the ``measured`` elements' bounds taken; None if Qt cannot read it.

    ``check`` runs between two pieces (it raises to stop). Called in a worker,
    it hands the renderers to the UI thread.
    """
    cut = split_svg(svg)
    wanted = set(measured)
    renderers: list[QSvgRenderer] = []
    element_bounds: dict[str, QRectF] = {}
    application = QCoreApplication.instance()
    for piece, ids in zip(cut.pieces, cut.element_ids, strict=True):
        check()
        renderer = QSvgRenderer(QByteArray(piece))
        if not renderer.isValid():
            return None
        # Nodes only: an edge's bounds take Qt 0.2 ms each to work out (its stroked path).
        for element in wanted.intersection(ids) if len(cut.pieces) > 1 else wanted:
            if renderer.elementExists(element):
                bounds = renderer.boundsOnElement(element)
                element_bounds[element] = renderer.transformForElement(element).mapRect(bounds)
        renderers.append(renderer)
    overview = _overview(renderers, check) if len(renderers) > 1 else None
    if application is not None:
        # Handed over whole: a parse stopped half way drops its pieces in the thread that made them.
        for renderer in renderers:
            renderer.moveToThread(application.thread())  # the UI thread owns them from now on
    return ChartPicture(renderers, element_bounds, overview) if renderers else None


def _overview(renderers: list[QSvgRenderer], check: Callable[[], None]) -> QImage | None:
    """The pieces drawn into one small picture, a piece at a time (``check`` between two)."""
    size = QSizeF(renderers[0].defaultSize())
    if size.isEmpty():
        return None
    scale = min(
        1.0, OVERVIEW_SIDE / max(size.width(), size.height()), (OVERVIEW_PIXELS / (size.width() * size.height())) ** 0.5
    )
    image = QImage(
        max(1, round(size.width() * scale)),
        max(1, round(size.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(0)  # transparent: the paper under the picture shows through, as under the pieces
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    try:
        for renderer in renderers:
            check()
            renderer.render(painter, QRectF(image.rect()))
    finally:
        painter.end()
    return image


class PictureItem(QGraphicsSvgItem):
    """The picture in the scene: its pieces drawn on top of each other, or its overview when shown as small.

    Zoomed out to fit, a 1,400-node chain is a few pixels wide, and Qt drew its
    4,200 lines of text glyph by glyph at a twentieth of a pixel: 0.66 s of the
    UI thread. No bigger on screen than the overview, the picture is the overview.
    """

    def __init__(self, picture: ChartPicture) -> None:
        super().__init__()
        self.picture = picture
        self.setSharedRenderer(picture.renderers[0])  # the size and view box, the same for every piece

    @never_raises()
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.boundingRect()
        overview = self.picture.overview
        shown = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if overview is not None and not rect.isEmpty() and shown * rect.width() <= overview.width():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, overview)
            return
        for renderer in self.picture.renderers:
            renderer.render(painter, rect)
