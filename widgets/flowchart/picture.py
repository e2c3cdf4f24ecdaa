"""The chart's SVG parsed by Qt in pieces, off the UI thread, and the scene item that draws them.

PySide keeps Python's lock while Qt parses an SVG: a chain of 1,400 nodes with
long labels (1.6 MB of SVG) took 0.12-0.16 s in one call, during which the
window could not run any Python, so it froze that long although the work was
in a worker. Cut into pieces of a few dozen kilobytes (``svg_pieces``), each
parse is a short call, and the window gets its turn between two of them.

Parsed, that chain took 21 MB of Qt's memory (some 15 KB a node) for a 0.4 MB
file, and most of it is never on screen at once. So the worker parses each
piece only to measure it (where its groups draw, where each node lies) and to
draw it into a small overview; what the picture keeps of a piece is its SVG,
compressed. The item parses a piece again, on the UI thread, when it is to be
drawn close up, and lets go of pieces that have left the screen, keeping a few.

Where each node lies (for clicks, tool tips and the ring around the chosen
node) is measured once, in the worker, rather than asked of Qt on each hover.
"""

from __future__ import annotations

import functools
import math
import sys
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.flowchart.packed_svg import PackedSvg
from widgets.flowchart.svg_pieces import PIECE_BYTES, SvgPieces, chunks_of, cut_svg, split_svg
from widgets.qt_guard import never_raises

__all__ = ["PIECE_BYTES", "ChartPicture", "PictureItem", "SvgPieces", "parse_picture", "split_svg"]

OVERVIEW_SIDE = 2048
"""Longest side of a big chart's overview, in pixels."""
OVERVIEW_PIXELS = 2_000_000
"""Most pixels in it (8 MB): a chart wide and tall at once is drawn smaller."""
KEPT_PIECES = 4
"""Parsed pieces kept once off screen (some 0.5 MB each), so that scrolling back and forth does not parse again."""
PIECE_MARGIN = 4.0
"""Added around a piece's measured bounds, in the SVG's units: antialiasing reaches a little beyond a shape."""


Rect = tuple[float, float, float, float]
"""A rectangle as numbers (x, y, width, height): what a worker keeps of one Qt measured."""


class ElementBounds(Mapping[str, QRectF]):
    """Element id → its bounds, kept as numbers in one array and made a ``QRectF`` when asked for.

    Kept as 1,400 Qt rectangles (a 1,400-node chain's nodes), made one by one in
    the worker between the parses of the pieces, they held on to pages of the
    memory those parses had freed, which the system then never got back. As a
    tuple of four floats each they still were 7,000 small objects made so (235 KB
    for that chain); the numbers of all of them are one array (45 KB).

    The nodes' ids are numbered as ``app.flowchart.dot`` writes them (``fc-node-12``):
    such an id is kept as its number, its bounds at that place in the array, rather
    than as a string in a dict (the 1,400 ids and their dict took 165 KB more).
    """

    NUMBERED = "fc-node-"

    def __init__(self) -> None:
        self._by_number = array("d")
        """x, y, width and height of ``fc-node-N`` at 4 N; NaN where no such element was measured."""
        self._numbered = 0
        self._index: dict[str, int] = {}
        self._numbers = array("d")
        """x, y, width and height of each other element, in the order of ``_index``."""

    def _number(self, element: str) -> int | None:
        digits = element[len(self.NUMBERED) :] if element.startswith(self.NUMBERED) else ""
        if not (digits.isdecimal() and digits.isascii() and (digits == "0" or not digits.startswith("0"))):
            return None
        number = int(digits)
        # Numbers run from 0 up, one per node: one far beyond those measured is kept by name, not
        # by a stretch of empty places.
        return number if number < 4 * (len(self._by_number) // 4) + 4096 else None

    def add(self, element: str, bounds: QRectF) -> None:
        rect = bounds.getRect()
        number = self._number(element)
        if number is not None:
            missing = number * 4 + 4 - len(self._by_number)
            if missing > 0:
                self._by_number.extend([math.nan] * missing)
            if math.isnan(self._by_number[number * 4]):
                self._numbered += 1
            self._by_number[number * 4 : number * 4 + 4] = array("d", rect)
            return
        index = self._index.setdefault(element, len(self._index))
        if index * 4 == len(self._numbers):
            self._numbers.extend(rect)
        else:
            self._numbers[index * 4 : index * 4 + 4] = array("d", rect)

    def __getitem__(self, element: str) -> QRectF:
        number = self._number(element) if isinstance(element, str) else None
        if number is not None:
            start = number * 4
            if start < len(self._by_number) and not math.isnan(self._by_number[start]):
                return QRectF(*self._by_number[start : start + 4])
            raise KeyError(element)
        start = self._index[element] * 4
        return QRectF(*self._numbers[start : start + 4])

    def __iter__(self) -> Iterator[str]:
        for number in range(len(self._by_number) // 4):
            if not math.isnan(self._by_number[number * 4]):
                yield f"{self.NUMBERED}{number}"
        yield from self._index

    def __len__(self) -> int:
        return self._numbered + len(self._index)

    def nbytes(self) -> int:
        """Memory of the numbers and of the index (not of the ids, which the chart's cut holds anyway)."""
        return sys.getsizeof(self._by_number) + sys.getsizeof(self._numbers) + sys.getsizeof(self._index)


@dataclass
class ChartPicture:
    """A chart measured by Qt, kept in pieces of SVG that are parsed when drawn, on the UI thread.

    It holds no Qt object made in the worker: moving a parsed renderer to the UI
    thread (``moveToThread``) kept Python's lock while it waited for Qt's, and
    the UI thread, deleting a widget, held Qt's while it waited for Python's (a
    deadlock seen in the tests). What the worker measured is kept as values.
    """

    frame_svg: bytes
    """The picture's outline: its size and view box, parsed into ``frame`` when first drawn."""
    view_box: QRectF
    """The SVG's coordinates (its view box, else its size)."""
    default_size: QSize
    element_bounds: Mapping[str, QRectF]
    """The bounds of the elements asked for (the nodes), in the SVG's coordinates (its view box)."""
    pieces: list[bytes] = field(default_factory=list)
    """Each piece's SVG, compressed."""
    piece_bounds: list[Rect | None] = field(default_factory=list)
    """Where each piece draws (x, y, width, height), in the SVG's coordinates; None: anywhere (drawn
    whenever the picture is)."""
    overview: QImage | None = None
    """A big chart drawn small, for the zoom levels that show it no bigger (see ``PictureItem``)."""
    _parsed: OrderedDict[int, QSvgRenderer] = field(default_factory=OrderedDict)
    _unreadable: set[int] = field(default_factory=set)
    """Pieces Qt could not read: not parsed again on every paint."""
    _frame: QSvgRenderer | None = None

    @property
    def frame(self) -> QSvgRenderer:
        """The outline parsed, for the item's size and view box (on the UI thread: made where it is used)."""
        if self._frame is None:
            self._frame = QSvgRenderer(QByteArray(self.frame_svg))
        return self._frame

    def pieces_within(self, area: QRectF) -> list[int]:
        """The pieces that draw something in ``area`` (SVG coordinates)."""
        return [
            index
            for index, bounds in enumerate(self.piece_bounds)
            if bounds is None or QRectF(*bounds).intersects(area)
        ]

    def parsed_pieces(self) -> list[int]:
        """The pieces kept parsed now, the least recently drawn first."""
        return list(self._parsed)

    def renderer(self, index: int) -> QSvgRenderer | None:
        """Piece ``index`` parsed (now, if it was not kept); None if Qt cannot read it."""
        renderer = self._parsed.get(index)
        if renderer is None:
            if index in self._unreadable:
                return None
            renderer = QSvgRenderer(QByteArray(zlib.decompress(self.pieces[index])))
            if not renderer.isValid():
                self._unreadable.add(index)
                return None
            self._parsed[index] = renderer
        self._parsed.move_to_end(index)
        return renderer

    def keep_parsed(self, drawn: Iterable[int]) -> None:
        """Let go of parsed pieces beyond the ``drawn`` ones and the ``KEPT_PIECES`` drawn last before them."""
        on_screen = set(drawn)
        spare = [index for index in self._parsed if index not in on_screen]
        for index in spare[: max(0, len(spare) - KEPT_PIECES)]:
            del self._parsed[index]


def parse_picture(
    svg: bytes | PackedSvg,
    measured: Container[str] | Iterable[str] = (),
    check: Callable[[], None] = lambda: None,
    styled: Callable[[bytes], bytes] = lambda svg: svg,
) -> ChartPicture | None:
    """``svg`` measured piece by piece, the ``measured`` elements' bounds taken; None if Qt cannot read it.

    A packed SVG is cut as it is unpacked, twice, a chunk at a time: the
    whole text (1.6 MB for a 1,400-node chain) is never held, only a piece.
    ``check`` runs between two steps (it raises to stop). ``styled`` gives the
    SVG as drawn (the chart font), a piece at a time rather than a copy of the
    whole. Called in a worker, it hands the picture to the UI thread.
    """
    if isinstance(svg, PackedSvg):
        size, chunks = svg.size, svg.chunks
    else:
        size, chunks = len(svg), functools.partial(chunks_of, svg)
    # Asked of the mapping itself where it can answer (``NamedByIndex``: the names are not made
    # for each node, a set of them took 150 KB for a 1,400-node chain while the worker parsed).
    wanted = measured if isinstance(measured, Container) else set(measured)
    cut = cut_svg(chunks(), size, check=check, wanted=wanted)
    if cut is None:
        whole_svg = styled(svg.unpacked() if isinstance(svg, PackedSvg) else svg)
        whole = QSvgRenderer(QByteArray(whole_svg))
        if not whole.isValid():
            return None
        # Small: parsed again on the UI thread when first drawn (a few milliseconds).
        bounds = ElementBounds()
        _measure(whole, wanted, bounds)  # type: ignore[arg-type]  # a mapping or a list: its names
        return ChartPicture(whole_svg, *_outline(whole), bounds, [zlib.compress(whole_svg, 1)], [None])
    frame_svg = styled(cut.frame)
    frame = QSvgRenderer(QByteArray(frame_svg))
    if not frame.isValid():
        return None
    bounds = ElementBounds()
    picture = ChartPicture(frame_svg, *_outline(frame), bounds)
    del frame  # made here, let go of here
    overview = _Overview(QSizeF(picture.default_size), picture.view_box)
    try:
        for ids, piece in zip(cut.element_ids, cut.pieces(chunks()), strict=True):
            check()
            piece = styled(piece)
            renderer = QSvgRenderer(QByteArray(piece))
            if not renderer.isValid():
                return None
            # Nodes only: an edge's bounds take Qt 0.2 ms each to work out (its stroked path).
            _measure(renderer, ids, bounds)  # the cut lists the wanted ones only
            drawn = renderer.transformForElement("graph0").mapRect(renderer.boundsOnElement("graph0"))
            drawn.adjust(-PIECE_MARGIN, -PIECE_MARGIN, PIECE_MARGIN, PIECE_MARGIN)
            picture.piece_bounds.append(drawn.getRect())
            del renderer, drawn  # parsed again when drawn close up
            picture.pieces.append(zlib.compress(piece, 1))
            check()
            overview.add(piece, picture.piece_bounds[-1])
    finally:
        picture.overview = overview.finish()
    return picture


def _outline(renderer: QSvgRenderer) -> tuple[QRectF, QSize]:
    """The view box (else the size) and the size of a parsed SVG, as values any thread may hold."""
    box = renderer.viewBoxF()
    size = renderer.defaultSize()
    return (box if not box.isEmpty() else QRectF(QPointF(0, 0), QSizeF(size))), size


def _measure(renderer: QSvgRenderer, elements: Iterable[str], bounds: ElementBounds) -> None:
    for element in elements:
        if renderer.elementExists(element):
            bounds.add(element, renderer.transformForElement(element).mapRect(renderer.boundsOnElement(element)))


class _Overview:
    """The pieces drawn into one small picture, a piece at a time.

    Each piece is drawn by Qt's SVG image reader, which lets go of Python's lock
    while it parses and paints (drawing 4,200 lines of text at a twentieth of a
    pixel takes a while), so the window runs meanwhile.
    """

    def __init__(self, size: QSizeF, view_box: QRectF) -> None:
        self.view_box = view_box
        self.image: QImage | None = None
        self.painter: QPainter | None = None
        if size.isEmpty():
            return
        scale = min(
            1.0,
            OVERVIEW_SIDE / max(size.width(), size.height()),
            (OVERVIEW_PIXELS / (size.width() * size.height())) ** 0.5,
        )
        self.size = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        self.image = QImage(self.size, QImage.Format.Format_ARGB32_Premultiplied)
        self.image.fill(0)  # transparent: the paper under the picture shows through, as under the pieces
        self.painter = QPainter(self.image)

    def add(self, piece: bytes, bounds: Rect | None) -> None:
        """Draw ``piece``, only where it draws (``bounds``, in the SVG's coordinates; None: anywhere)."""
        if self.painter is None or self.image is None:
            return
        part = self.image.rect()
        if bounds is not None and not self.view_box.isEmpty():
            x_scale = self.size.width() / self.view_box.width()
            y_scale = self.size.height() / self.view_box.height()
            left, top, width, height = bounds
            # A pixel more on each side: antialiasing reaches into the pixels a shape touches.
            part &= QRect(
                math.floor((left - self.view_box.x()) * x_scale) - 1,
                math.floor((top - self.view_box.y()) * y_scale) - 1,
                math.ceil(width * x_scale) + 3,
                math.ceil(height * y_scale) + 3,
            )
            if part.isEmpty():
                return
        data = QByteArray(piece)
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, b"svg")
        reader.setScaledSize(self.size)
        reader.setScaledClipRect(part)  # a wide chart's overview is 8 MB: not that much for each piece
        drawn = reader.read()  # transparent around the piece's groups
        if not drawn.isNull():
            self.painter.drawImage(part.topLeft(), drawn)

    def finish(self) -> QImage | None:
        if self.painter is not None:
            self.painter.end()
            self.painter = None
        return self.image


class PictureItem(QGraphicsSvgItem):
    """The picture in the scene: the pieces on screen drawn on top of each other, or its overview when small.

    Zoomed out to fit, a 1,400-node chain is a few pixels wide, and Qt drew its
    4,200 lines of text glyph by glyph at a twentieth of a pixel: 0.66 s of the
    UI thread. No bigger on screen than the overview, the picture is the overview.
    Closer, only the pieces that draw where the painter paints are parsed and drawn.
    """

    def __init__(self, picture: ChartPicture) -> None:
        super().__init__()
        self.picture = picture
        self.setSharedRenderer(picture.frame)  # the size and view box, the same for every piece
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # the exposed part, not all

    @never_raises()
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.boundingRect()
        overview = self.picture.overview
        shown = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if overview is not None and not rect.isEmpty() and shown * rect.width() <= overview.width():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, overview)
            return
        drawn = self.picture.pieces_within(self._in_svg(_painted_area(painter, option, rect), rect))
        for index in drawn:
            renderer = self.picture.renderer(index)
            if renderer is not None:
                renderer.render(painter, rect)
        self.picture.keep_parsed(drawn)

    def _in_svg(self, area: QRectF, rect: QRectF) -> QRectF:
        box = self.picture.view_box
        x_scale, y_scale = box.width() / max(rect.width(), 1e-9), box.height() / max(rect.height(), 1e-9)
        return QRectF(
            box.x() + (area.x() - rect.x()) * x_scale,
            box.y() + (area.y() - rect.y()) * y_scale,
            area.width() * x_scale,
            area.height() * y_scale,
        )


def _painted_area(painter: QPainter, option: QStyleOptionGraphicsItem, rect: QRectF) -> QRectF:
    """The part of ``rect`` (item coordinates) this paint can reach: the exposed part, within the painter's device."""
    area = rect.intersected(option.exposedRect) if not option.exposedRect.isEmpty() else QRectF(rect)
    if painter.hasClipping():
        area = area.intersected(painter.clipBoundingRect())
    device = painter.device()
    inverse, invertible = painter.worldTransform().inverted()
    if device is not None and invertible:
        # Device pixels, not logical ones: on a high-density screen this reaches further, never less far.
        area = area.intersected(inverse.mapRect(QRectF(0, 0, device.width(), device.height())))
    return area
