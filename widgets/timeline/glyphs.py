"""Line icons of the timeline's tool buttons, drawn in the palette's text colour.

Drawn rather than loaded so they follow the palette (dark mode included) and
stay sharp at any device pixel ratio.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from app.model import EventKind
from widgets.timeline.kinds import draw_kind_icon

Draw = Callable[[QPainter], None]


def _plus(p: QPainter) -> None:
    p.drawLine(QPointF(12, 5), QPointF(12, 19))
    p.drawLine(QPointF(5, 12), QPointF(19, 12))


def _insert_below(p: QPainter) -> None:
    p.drawLine(QPointF(4, 6), QPointF(20, 6))
    p.drawLine(QPointF(4, 10), QPointF(14, 10))
    p.drawLine(QPointF(15, 13), QPointF(15, 21))
    p.drawLine(QPointF(11, 17), QPointF(19, 17))


def _duplicate(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(8, 8, 11, 11), 2, 2)
    path = QPainterPath(QPointF(5, 15))
    path.lineTo(5, 7)
    path.quadTo(5, 5, 7, 5)
    path.lineTo(15, 5)
    p.drawPath(path)


def _trash(p: QPainter) -> None:
    p.drawLine(QPointF(5, 7), QPointF(19, 7))
    p.drawLine(QPointF(10, 7), QPointF(10.5, 4.5))
    p.drawLine(QPointF(10.5, 4.5), QPointF(13.5, 4.5))
    p.drawLine(QPointF(13.5, 4.5), QPointF(14, 7))
    path = QPainterPath(QPointF(7, 7))
    path.lineTo(8, 19.5)
    path.lineTo(16, 19.5)
    path.lineTo(17, 7)
    p.drawPath(path)


def _sort(p: QPainter) -> None:
    for y, right in ((6, 9), (11, 12), (16, 15)):
        p.drawLine(QPointF(4, y), QPointF(right, y))
    p.drawLine(QPointF(18, 4), QPointF(18, 19))
    p.drawLine(QPointF(15, 16), QPointF(18, 19))
    p.drawLine(QPointF(21, 16), QPointF(18, 19))


def _gaps(p: QPainter) -> None:
    p.drawEllipse(QRectF(5, 6, 14, 14))
    p.drawLine(QPointF(12, 9), QPointF(12, 13))
    p.drawLine(QPointF(12, 13), QPointF(14.5, 15))
    p.drawLine(QPointF(10, 3.5), QPointF(14, 3.5))


def _funnel(p: QPainter) -> None:
    path = QPainterPath(QPointF(4.5, 5.5))
    path.lineTo(19.5, 5.5)
    path.lineTo(14, 12.5)
    path.lineTo(14, 19)
    path.lineTo(10, 17)
    path.lineTo(10, 12.5)
    path.closeSubpath()
    p.drawPath(path)


GLYPHS: dict[str, Draw] = {
    "add": _plus,
    "insert": _insert_below,
    "duplicate": _duplicate,
    "delete": _trash,
    "sort": _sort,
    "gaps": _gaps,
    "filter": _funnel,
}


def glyph_icon(name: str, palette: QPalette) -> QIcon:
    """The glyph in the text colour, and greyed for the disabled state."""
    icon = QIcon()
    for mode, role_color in (
        (QIcon.Mode.Normal, palette.color(QPalette.ColorRole.ButtonText)),
        (QIcon.Mode.Disabled, palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)),
    ):
        for size in (16, 20, 24):
            icon.addPixmap(_render(GLYPHS[name], size, role_color), mode)
    return icon


def _render(draw: Draw, size: int, color: QColor, ratio: float = 2.0) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    pen = QPen(color, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    draw(painter)
    painter.end()
    return pixmap


def kind_toggle_icon(kind: EventKind) -> QIcon:
    """The kind's disc when shown (On), a grey disc when filtered out (Off)."""
    icon = QIcon()
    for state, color in ((QIcon.State.On, None), (QIcon.State.Off, QColor(148, 163, 184, 150))):
        for size in (16, 20, 24):
            pixmap = QPixmap(size * 2, size * 2)
            pixmap.setDevicePixelRatio(2.0)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            draw_kind_icon(painter, QRectF(1, 1, size - 2, size - 2), kind, color)
            painter.end()
            icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon
