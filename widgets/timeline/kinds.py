"""Colour and icon of each event kind, drawn with QPainter.

One hue per kind, picked to stay readable on light and dark backgrounds;
against a dark palette the hues are lifted a little so they do not sink.
Icons are a filled disc in the kind's colour with a white glyph, cached per
size and device pixel ratio.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from app.model import EventKind

# Where the kind's disc sits in a row; the delegate and the in-place editor share it.
RAIL_X = 22
ICON_SIZE = 22
TEXT_LEFT = 44

_HUES: dict[EventKind, str] = {
    EventKind.DETECTION: "#d97706",  # amber: the alarm
    EventKind.ACTION: "#2563eb",  # blue: hands on
    EventKind.MISLEADING: "#c026d3",  # magenta: the detour
    EventKind.ESCALATION: "#ea580c",  # orange: raising the stakes
    EventKind.RESOLUTION: "#16a34a",  # green: fixed
    EventKind.NOTE: "#64748b",  # slate: an aside
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def kind_color(kind: EventKind, palette: QPalette | None = None) -> QColor:
    color = QColor(_HUES[kind])
    if palette is not None and is_dark(palette):
        color = color.lighter(135)
    return color


def kind_pixmap(kind: EventKind, size: int, ratio: float = 1.0, *, dark: bool = False) -> QPixmap:
    """The kind's icon, drawn once per size, screen density and light or dark palette."""
    return _pixmap(kind, size, round(ratio * 100), dark)


@cache
def _pixmap(kind: EventKind, size: int, ratio_percent: int, dark: bool) -> QPixmap:
    ratio = ratio_percent / 100
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(_HUES[kind]).lighter(135) if dark else None
    draw_kind_icon(painter, QRectF(0, 0, size, size), kind, color)
    painter.end()
    return pixmap


def kind_icon(kind: EventKind) -> QIcon:
    icon = QIcon()
    for size in (16, 20, 24, 32):
        icon.addPixmap(kind_pixmap(kind, size, 2.0))
    return icon


def draw_kind_icon(painter: QPainter, rect: QRectF, kind: EventKind, color: QColor | None = None) -> None:
    """A disc in the kind's colour with the kind's glyph in white."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color or kind_color(kind))
    painter.drawEllipse(rect)
    side = rect.width()
    pen = QPen(QColor("white"), max(1.4, side / 11), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.translate(rect.topLeft())
    painter.scale(side / 24, side / 24)
    # Glyphs are drawn on a 24 x 24 grid; the pen is scaled back to stay crisp.
    pen.setWidthF(pen.widthF() * 24 / side)
    painter.setPen(pen)
    _GLYPHS[kind](painter)
    painter.restore()


def _bell(painter: QPainter) -> None:
    path = QPainterPath(QPointF(7.5, 15.5))
    path.lineTo(16.5, 15.5)
    path.cubicTo(15.2, 14.2, 15.5, 12.5, 15.5, 10.8)
    path.cubicTo(15.5, 8.5, 14, 7, 12, 7)
    path.cubicTo(10, 7, 8.5, 8.5, 8.5, 10.8)
    path.cubicTo(8.5, 12.5, 8.8, 14.2, 7.5, 15.5)
    painter.drawPath(path)
    painter.drawLine(QPointF(11, 17.8), QPointF(13, 17.8))


def _play(painter: QPainter) -> None:
    path = QPainterPath(QPointF(10, 7.5))
    path.lineTo(16.5, 12)
    path.lineTo(10, 16.5)
    path.closeSubpath()
    # A colour, not QBrush(colour): choosing among QBrush's constructors loads QGradient's type
    # (22 M instructions, 1.5 % of start-up, for a gradient never drawn).
    painter.setBrush(QColor("white"))
    painter.drawPath(path)


def _detour(painter: QPainter) -> None:
    path = QPainterPath(QPointF(7, 17))
    path.lineTo(7, 11)
    path.cubicTo(7, 8, 9, 7, 12, 7)
    path.lineTo(16.5, 7)
    painter.drawPath(path)
    painter.drawLine(QPointF(14, 4.8), QPointF(16.5, 7))
    painter.drawLine(QPointF(14, 9.2), QPointF(16.5, 7))
    painter.drawLine(QPointF(13, 13.5), QPointF(17, 17.5))
    painter.drawLine(QPointF(17, 13.5), QPointF(13, 17.5))


def _arrow_up(painter: QPainter) -> None:
    painter.drawLine(QPointF(12, 17.5), QPointF(12, 7))
    painter.drawLine(QPointF(8, 11), QPointF(12, 7))
    painter.drawLine(QPointF(16, 11), QPointF(12, 7))


def _check(painter: QPainter) -> None:
    path = QPainterPath(QPointF(7.5, 12.5))
    path.lineTo(10.8, 15.8)
    path.lineTo(16.8, 8.5)
    painter.drawPath(path)


def _note(painter: QPainter) -> None:
    for y, right in ((8.5, 16.5), (12, 16.5), (15.5, 13)):
        painter.drawLine(QPointF(7.5, y), QPointF(right, y))


_GLYPHS = {
    EventKind.DETECTION: _bell,
    EventKind.ACTION: _play,
    EventKind.MISLEADING: _detour,
    EventKind.ESCALATION: _arrow_up,
    EventKind.RESOLUTION: _check,
    EventKind.NOTE: _note,
}
