"""SVG to PNG with Qt's SVG module, for renderers that write only SVG (the embedded Graphviz).

Sizes follow Graphviz's own PNG output: the SVG is measured in points, and a
PNG at scale 1 has 96 pixels per inch, so scale 2 is a PNG for high-density
screens, pixel for pixel what ``dot -Tpng -Gdpi=192`` would write.
"""

from __future__ import annotations

import contextlib
import math
import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from app.errors import DocumentError
from widgets.flowchart.chart_font import with_chart_font

POINTS_PER_INCH = 72.0
PIXELS_PER_INCH = 96.0
MAX_PIXELS = 200_000_000
"""About 800 MB of image memory; a chart that needs more is exported as SVG instead."""

_LENGTH = re.compile(r"^\s*([0-9.]+)\s*(pt|px|in|cm|mm)?\s*$")
_UNIT_IN_POINTS = {"pt": 1.0, "px": 0.75, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, None: 0.75}


def _ensure_gui_application() -> None:
    """Painting text needs a Qt application; the command line has none, so make an offscreen one.

    A QApplication rather than a QGuiApplication, so that widgets can still be made later in the process.
    """
    if QApplication.instance() is None:
        QApplication(["postmortem-editor", "-platform", "offscreen"])


def svg_size_in_points(svg: bytes, renderer: QSvgRenderer | None = None) -> tuple[float, float]:
    """The picture's size as its ``<svg>`` tag states it; else its view box (``renderer``'s, or the tag's).

    Read from the text, so a picture's size is known before Qt parses it; (0, 0) when it says none.
    """
    head = svg[:4096].decode("utf-8", "replace")
    width = re.search(r'<svg[^>]*?\swidth="([^"]+)"', head, re.DOTALL)
    height = re.search(r'<svg[^>]*?\sheight="([^"]+)"', head, re.DOTALL)
    if width and height:
        w, h = _LENGTH.match(width.group(1)), _LENGTH.match(height.group(1))
        if w and h:
            return float(w.group(1)) * _UNIT_IN_POINTS[w.group(2)], float(h.group(1)) * _UNIT_IN_POINTS[h.group(2)]
    if renderer is not None:
        box = renderer.viewBoxF()
        return box.width(), box.height()
    view_box = re.search(r'<svg[^>]*?\sviewBox="([^"]+)"', head, re.DOTALL)
    numbers = view_box.group(1).replace(",", " ").split() if view_box else []
    with contextlib.suppress(ValueError):
        if len(numbers) == 4:  # user units are pixels
            return float(numbers[2]) * _UNIT_IN_POINTS["px"], float(numbers[3]) * _UNIT_IN_POINTS["px"]
    return 0.0, 0.0


def svg_to_png(svg: bytes, scale: float = 2.0) -> bytes:
    _ensure_gui_application()
    svg = with_chart_font(svg)  # drawn in the font Graphviz measured the labels with
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise DocumentError("the rendered chart is not a valid SVG picture")
    width_pt, height_pt = svg_size_in_points(svg, renderer)
    factor = scale * PIXELS_PER_INCH / POINTS_PER_INCH
    width, height = max(1, math.ceil(width_pt * factor)), max(1, math.ceil(height_pt * factor))
    if width * height > MAX_PIXELS:
        raise DocumentError(f"the chart is too large for a PNG at {scale:g}x ({width}×{height} pixels): export SVG")
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)  # Opaque white, like Graphviz's own PNGs of a transparent chart in most viewers.
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise DocumentError("the chart could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())
