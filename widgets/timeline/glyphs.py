"""Line icons of the timeline's tool buttons, drawn in the palette's text colour.

Drawn rather than loaded so they follow the palette (dark mode included) and
stay sharp at any device pixel ratio; each size is drawn when first shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPainterPath, QPalette, QPixmap

from app.model import EventKind
from widgets.icons import DrawnIconEngine, GlyphIconEngine, kept_engine
from widgets.qt_guard import never_raises
from widgets.timeline.kinds import draw_kind_icon, kind_color

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
    """The glyph in the text colour, and greyed for the disabled state (drawn when first shown)."""
    colors = {
        QIcon.Mode.Normal: palette.color(QPalette.ColorRole.ButtonText),
        QIcon.Mode.Disabled: palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
    }
    return QIcon(GlyphIconEngine(GLYPHS[name], colors, pen_width=1.8))


def kind_toggle_icon(kind: EventKind) -> QIcon:
    """The kind's disc when shown (On), a grey disc when filtered out (Off).

    Drawn at the size asked for when the menu first shows it: the twelve icons of the kind
    filter's menus, drawn up front at three sizes and two states, took a fifth of the time
    the Timeline page took to appear.
    """
    return QIcon(_KindToggleEngine(kind))


_HIDDEN_KIND = QColor(148, 163, 184, 150)


class _KindToggleEngine(DrawnIconEngine):
    """A kind's disc in its colour when ticked (On), in grey when not (Off)."""

    def __init__(self, kind: EventKind) -> None:
        super().__init__()
        self._kind = kind

    @never_raises()
    def clone(self) -> QIconEngine:
        return kept_engine(_KindToggleEngine(self._kind))

    def color(self, mode: QIcon.Mode, state: QIcon.State) -> QColor:
        return kind_color(self._kind) if state == QIcon.State.On else _HIDDEN_KIND

    def draw(self, size: QSize, color: QColor) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        # A margin of one pixel in sixteen, as the icon had when drawn at fixed sizes.
        margin = size.width() / 16
        draw_kind_icon(
            painter,
            QRectF(0, 0, size.width(), size.height()).adjusted(margin, margin, -margin, -margin),
            self._kind,
            color,
        )
        painter.end()
        return pixmap
