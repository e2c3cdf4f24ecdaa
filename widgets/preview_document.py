"""The preview's text document: it loads nothing, and the chart's picture is bounded.

The document is untrusted input, so a preview document never loads a resource
its HTML names (no remote images, no local files): only the flowchart's
picture, which the preview adds itself under ``PREVIEW_CHART_URL``.
"""

from __future__ import annotations

import math
import zlib
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from widgets.qt_guard import never_raises

if TYPE_CHECKING:
    from app.flowchart.packed_svg import PackedSvg

PREVIEW_STYLE = """
body { margin: 6px 14px; }
h1 { font-size: 1.6em; margin-bottom: 0.4em; }
h2 { font-size: 1.25em; margin-top: 1.2em; border-bottom: 1px solid palette(mid); }
li { margin-bottom: 2px; }
code { font-family: monospace; }
blockquote { margin-left: 14px; margin-right: 0px; }
"""
# Qt indents a quote by 40 pixels on both sides, at every depth: a reply quoting a reply quoting the
# report (">>>") left its text a column a few words wide in the preview. Indented a little, on the left only.

PAGE_MARGIN = 14
"""Pixels between the preview's frame and its text, like a page's margin."""

# The chart's picture in the preview, where a saved Markdown file links its PNG. The
# document itself adds it (``addResource``); nothing is ever loaded from this name.
PREVIEW_CHART_URL = "postmortem-editor-flowchart.png"
PREVIEW_CHART_PIXELS = 1200
"""Widest the picture is drawn, in pixels; the preview shows it at most as wide as its column."""
PREVIEW_CHART_MAX_HEIGHT = 8000
"""Tallest it is drawn: a chain of 1,400 nodes was once drawn 1,538,129 pixels tall (3.67 GB)."""
PREVIEW_CHART_MIN_SCALE = 0.25
"""A chart that would have to shrink more than this to fit is too big to read: the steps show as text.

At a quarter of its size a label's 12-point letters are 3 pixels high; a chain of 1,400 nodes
had been drawn at 0.07 of its size, a stripe 19 pixels wide.
"""


def refused_resource(kind: int) -> Any:
    """What a refused resource becomes.

    An image must be a real (blank) image: given nothing, Qt's image handler
    falls back to reading the named file from disk itself.
    """
    if kind == QTextDocument.ResourceType.ImageResource or kind == QTextDocument.ResourceType.ImageResource.value:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        return blank
    return QByteArray()


class SafeTextDocument(QTextDocument):
    """A text document that never loads what its HTML names (images, style sheets)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.refused_resources: list[str] = []
        self.has_chart = False  # the flowchart's picture was added (see ``preview_chart``)
        self.headings: dict[str, int] | None = None  # block number of each section heading, when known

    @never_raises(fallback=lambda _self, kind, _url: refused_resource(kind))
    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        self.refused_resources.append(url.toString() if isinstance(url, QUrl) else str(url))
        return refused_resource(kind)


def new_text_document(body: str, chart: PackedPicture | None = None) -> SafeTextDocument:
    """A preview document holding ``body`` (HTML), with room for the chart's picture when there is one.

    The picture is not in the document: the preview draws the part of it on screen
    (``PreviewPane``) where the document holds a blank image of its size (``size_chart``).
    """
    document = SafeTextDocument()
    document.has_chart = chart is not None
    if chart is not None:
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(PREVIEW_CHART_URL),
            refused_resource(QTextDocument.ResourceType.ImageResource),
        )
    document.setDocumentMargin(PAGE_MARGIN)
    document.setDefaultStyleSheet(PREVIEW_STYLE)
    document.setHtml(body)
    return document


build_text_document = new_text_document


def fitted_size(natural: QSize, max_width: int, max_height: int) -> QSize | None:
    """``natural`` shrunk to fit ``max_width`` × ``max_height``; None when it would become unreadable."""
    if natural.isEmpty():
        return None
    scale = min(1.0, max_width / natural.width(), max_height / natural.height())
    if scale < PREVIEW_CHART_MIN_SCALE:
        return None
    return QSize(max(1, round(natural.width() * scale)), max(1, round(natural.height() * scale)))


STRIP_ROWS = 128
"""Rows of pixels packed together: the preview unpacks the strips on screen, not the whole picture."""


class PackedPicture(NamedTuple):
    """The chart's picture, its pixels kept compressed, in strips of ``STRIP_ROWS`` rows.

    The preview of a document holds its chart's picture all along, but shows it only
    near the Humor Element: 1.5 MB of pixels for eight nodes, 30 KB compressed. Even
    there, it shows a screen of it: a 140-node chain is drawn 174 × 8,000 pixels
    (5.3 MB), a tenth of which is on screen at once. So the preview draws the strips
    on screen, each unpacked when it comes on screen (``strip``), never the whole.
    zlib lets go of Python's lock while it works, so neither way holds up the window.
    """

    strips: tuple[bytes, ...]
    width: int
    height: int
    bytes_per_line: int
    format: QImage.Format
    ratio: float = 1.0
    """Pixels per pixel on screen (more than one: a picture drawn for a high-density screen)."""

    @classmethod
    def of(cls, image: QImage) -> PackedPicture:
        # Compressed from the image's own memory: a copy of its pixels first (1.5 MB for a
        # 1,200-pixel-wide chart) was a peak of the preview's memory beside the image itself.
        memory = image.constBits()
        line = image.bytesPerLine()
        rows = range(0, image.height(), STRIP_ROWS)
        strips = tuple(zlib.compress(memory[top * line : (top + STRIP_ROWS) * line], 1) for top in rows)
        return cls(strips, image.width(), image.height(), line, image.format(), image.devicePixelRatio())

    def packed_bytes(self) -> int:
        return sum(map(len, self.strips))

    def strip_rows(self, index: int) -> range:
        """The rows of strip ``index``."""
        return range(index * STRIP_ROWS, min(self.height, (index + 1) * STRIP_ROWS))

    def strip(self, index: int) -> QImage:
        """Strip ``index`` unpacked: the picture's rows ``strip_rows(index)``."""
        return self._unpacked(self.strips[index : index + 1], len(self.strip_rows(index)))

    def image(self) -> QImage:
        """The whole picture unpacked (each strip straight into its place: the pixels are never held twice)."""
        return self._unpacked(self.strips, self.height)

    def _unpacked(self, strips: tuple[bytes, ...], rows: int) -> QImage:
        # Each strip unpacked at its size: left to grow, zlib's buffer takes steps and a copy.
        strip_bytes = STRIP_ROWS * self.bytes_per_line
        image = QImage(self.width, rows, self.format)
        if image.isNull() or image.bytesPerLine() != self.bytes_per_line:
            pixels = b"".join(zlib.decompress(packed, bufsize=strip_bytes) for packed in strips)
            image = QImage(pixels, self.width, rows, self.bytes_per_line, self.format).copy()
        else:
            memory = image.bits()
            position = 0
            for packed in strips:
                pixels = zlib.decompress(packed, bufsize=strip_bytes)
                end = min(len(memory), position + len(pixels))
                memory[position:end] = memoryview(pixels)[: end - position]
                position = end
        image.setDevicePixelRatio(self.ratio)
        return image

    def shown_at(self, width: int) -> PackedPicture:
        """The picture ``width`` pixels wide, scaled smoothly (itself when it is that wide)."""
        if width == self.width:
            return self
        scaled = self.image().scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return PackedPicture.of(scaled)

    def with_ratio(self, ratio: float) -> PackedPicture:
        return self._replace(ratio=ratio)


def pack(image: QImage | None) -> PackedPicture | None:
    return PackedPicture.of(image) if image is not None else None


def rasterise(svg: bytes | PackedSvg) -> QImage | None:
    """The chart's SVG as a picture for the preview, bounded in both dimensions.

    The size comes from the SVG's own header, so a chart too big to read is
    turned down before Qt parses it (21 MB and 0.15 s for a chain of 1,400
    nodes), and before a compressed SVG is unpacked (1.6 MB for that chain).
    Qt's SVG image reader draws it: unlike ``QSvgRenderer`` called from Python,
    it lets go of Python's lock while it parses and paints, so the window is
    not held up meanwhile (0.6 s for that chain).
    """
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImageReader

    from app.flowchart.packed_svg import PackedSvg
    from widgets.flowchart.chart_font import with_chart_font
    from widgets.flowchart.raster import svg_size_in_points

    width, height = svg_size_in_points(svg.head() if isinstance(svg, PackedSvg) else svg)
    natural = QSize(math.ceil(width), math.ceil(height)) if width > 0 and height > 0 else QSize()
    size = fitted_size(natural, PREVIEW_CHART_PIXELS, PREVIEW_CHART_MAX_HEIGHT)
    if size is None:
        return None
    if isinstance(svg, PackedSvg):
        svg = svg.unpacked()
    data = QByteArray(with_chart_font(svg))  # the labels' font, as Graphviz measured them
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"svg")
    reader.setScaledSize(size)
    reader.setBackgroundColor(QColor("white"))  # paper, as on the Humor Element page: arrows read in dark mode too
    image = reader.read()
    return None if image.isNull() else image
