"""Icons: the toolbar's (desktop theme first, else our SVGs) and the section list's.

Our toolbar SVGs are single-colour line drawings; they are tinted with the
palette's button text colour when painted, so they read on light and dark
palettes alike and a disabled action (Undo with nothing to undo) is drawn in
the palette's disabled colour rather than a generic grey that looks enabled
on a dark background.

The section icons are drawn with QPainter on a 24 x 24 grid in the text colour
of the list they sit in, with a second set for selected rows.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from widgets.qt_guard import never_raises

ICON_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"


# --------------------------------------------------------------------------- toolbar icons


# Engines handed to Qt by ``clone()`` (when an icon is copied and then changed, e.g. by
# ``addPixmap``): PySide does not pass their ownership to Qt, so without a Python reference
# the engine would be deleted on return and the icon would crash when painted.
_CLONES: list[QIconEngine] = []


def kept_engine(engine: QIconEngine) -> QIconEngine:
    _CLONES.append(engine)
    return engine


class DrawnIconEngine(QIconEngine):
    """Draws each size and mode when first asked for it, and keeps it: nothing is drawn up front."""

    def __init__(self) -> None:
        super().__init__()
        self._cache: dict[tuple[int, int, int, int], QPixmap] = {}

    def color(self, mode: QIcon.Mode, state: QIcon.State) -> QColor:
        raise NotImplementedError

    def draw(self, size: QSize, color: QColor) -> QPixmap:
        """The picture at ``size`` device pixels in ``color``."""
        raise NotImplementedError

    @never_raises(fallback=lambda *_: QPixmap())
    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        color = self.color(mode, state)
        key = (size.width(), size.height(), round(scale * 100), color.rgba())
        if key not in self._cache:
            pixmap = self.draw(QSize(round(size.width() * scale), round(size.height() * scale)), color)
            pixmap.setDevicePixelRatio(scale)
            if len(self._cache) > 32:
                self._cache.clear()
            self._cache[key] = pixmap
        return self._cache[key]

    @never_raises(fallback=lambda *_: QPixmap())
    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    @never_raises()
    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    @never_raises(QSize())
    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size


class _TintedIconEngine(DrawnIconEngine):
    """A one-colour SVG painted in the application palette's button text colour for the icon's mode."""

    def __init__(self, source: QIcon):
        super().__init__()
        self._source = source

    @never_raises()
    def clone(self) -> QIconEngine:
        return kept_engine(_TintedIconEngine(self._source))

    @never_raises(True)
    def isNull(self) -> bool:
        return self._source.isNull()

    def color(self, mode: QIcon.Mode, state: QIcon.State) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)

    def draw(self, size: QSize, color: QColor) -> QPixmap:
        base = self._source.pixmap(size)
        tinted = QPixmap(base.size())
        tinted.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tinted)
        painter.drawPixmap(0, 0, base)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        # The rectangle filled as fillRect(rect, color) would, without its overloads that take a
        # brush: choosing among them loads QGradient's type (1.5 % of start-up) for the toolbar's icons.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(tinted.rect())
        painter.end()
        return tinted


@cache
def icon(name: str) -> QIcon:
    """``name`` is a freedesktop icon name (``document-save``); our tinted SVG of that name backs it."""
    bundled = ICON_FOLDER / f"{name}.svg"
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    if not bundled.is_file():
        return QIcon()
    return QIcon(_TintedIconEngine(QIcon(str(bundled))))


def app_icon() -> QIcon:
    return QIcon(str(ICON_FOLDER / "postmortem-editor.svg"))


# --------------------------------------------------------------------------- section icons

Draw = Callable[[QPainter], None]


def _dashboard(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(4, 4, 7, 9), 1.5, 1.5)
    p.drawRoundedRect(QRectF(13, 4, 7, 5), 1.5, 1.5)
    p.drawRoundedRect(QRectF(4, 15, 7, 5), 1.5, 1.5)
    p.drawRoundedRect(QRectF(13, 11, 7, 9), 1.5, 1.5)


def _paragraph(p: QPainter) -> None:
    for y, right in ((6, 20), (10, 20), (14, 20), (18, 13)):
        p.drawLine(QPointF(4, y), QPointF(right, y))


def _clock(p: QPainter) -> None:
    p.drawEllipse(QPointF(12, 12), 8, 8)
    p.drawLine(QPointF(12, 12), QPointF(12, 7.5))
    p.drawLine(QPointF(12, 12), QPointF(15.5, 14))


def _timeline(p: QPainter) -> None:
    p.drawLine(QPointF(7, 4), QPointF(7, 20))
    for y, right in ((6.5, 19), (12, 16), (17.5, 19)):
        p.drawLine(QPointF(10.5, y), QPointF(right, y))
    p.save()
    p.setBrush(p.pen().color())
    for y in (6.5, 12, 17.5):
        p.drawEllipse(QPointF(7, y), 1.6, 1.6)
    p.restore()


def _magnifier(p: QPainter) -> None:
    p.drawEllipse(QPointF(10.5, 10.5), 5.5, 5.5)
    p.drawLine(QPointF(14.5, 14.5), QPointF(19.5, 19.5))


def _checklist(p: QPainter) -> None:
    for y in (7.5, 16.5):
        path = QPainterPath(QPointF(3.5, y))
        path.lineTo(5.3, y + 1.8)
        path.lineTo(8.5, y - 2)
        p.drawPath(path)
        p.drawLine(QPointF(11.5, y), QPointF(20.5, y))


def _flag(p: QPainter) -> None:
    p.drawLine(QPointF(6, 4), QPointF(6, 20.5))
    path = QPainterPath(QPointF(6, 5))
    path.lineTo(18, 5)
    path.lineTo(15.5, 8.75)
    path.lineTo(18, 12.5)
    path.lineTo(6, 12.5)
    p.drawPath(path)


def _flowchart(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(8.5, 3, 7, 5), 1.2, 1.2)
    p.drawRoundedRect(QRectF(2.5, 16, 7, 5), 1.2, 1.2)
    p.drawRoundedRect(QRectF(14.5, 16, 7, 5), 1.2, 1.2)
    path = QPainterPath(QPointF(12, 8))
    path.lineTo(12, 12)
    path.moveTo(6, 16)
    path.lineTo(6, 12)
    path.lineTo(18, 12)
    path.lineTo(18, 16)
    p.drawPath(path)


def _pages(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(4, 7.5, 12, 13), 1.5, 1.5)
    path = QPainterPath(QPointF(8, 4))
    path.lineTo(20, 4)
    path.lineTo(20, 17)
    p.drawPath(path)


SECTION_GLYPHS: dict[str, Draw] = {
    "overview": _dashboard,
    "introduction": _paragraph,
    "summary": _clock,
    "timeline": _timeline,
    "root_cause": _magnifier,
    "measures": _checklist,
    "closing": _flag,
    "humor": _flowchart,
    "sections": _pages,
}


def draw_glyph(painter: QPainter, rect: QRectF, glyph: Draw, color: QColor, pen_width: float = 1.7) -> None:
    """``glyph`` drawn on its 24 x 24 grid into ``rect`` with a round pen of ``color``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / 24, rect.height() / 24)
    pen = QPen(color, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    glyph(painter)
    painter.restore()


class GlyphIconEngine(DrawnIconEngine):
    """A line glyph in fixed colours per mode (taken from a palette when the icon is made): the
    sections' icons, and the timeline's tool buttons (with a slightly heavier pen)."""

    def __init__(self, glyph: Draw, colors: dict[QIcon.Mode, QColor], pen_width: float = 1.7):
        super().__init__()
        self._glyph = glyph
        self._colors = colors
        self._pen_width = pen_width

    @never_raises()
    def clone(self) -> QIconEngine:
        return kept_engine(GlyphIconEngine(self._glyph, self._colors, self._pen_width))

    def color(self, mode: QIcon.Mode, state: QIcon.State) -> QColor:
        return self._colors.get(mode, self._colors[QIcon.Mode.Normal])

    def draw(self, size: QSize, color: QColor) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        draw_glyph(painter, QRectF(0, 0, size.width(), size.height()), self._glyph, color, self._pen_width)
        painter.end()
        return pixmap


def section_icon(key: str, palette: QPalette) -> QIcon:
    """The icon of section ``key`` in ``palette``'s text colours (normal, selected, disabled).

    Drawn when first painted, at the size and screen density it is painted at.
    """
    glyph = SECTION_GLYPHS.get(key)
    if glyph is None:
        return QIcon()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    # A touch quieter than the text, as icons beside words usually are.
    text.setAlphaF(0.8)
    colors = {
        QIcon.Mode.Normal: text,
        QIcon.Mode.Active: text,
        QIcon.Mode.Selected: palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
        QIcon.Mode.Disabled: palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
    }
    return QIcon(GlyphIconEngine(glyph, colors))


def badge_pixmap(color: QColor, size: int = 16, ratio: float = 2.0) -> QPixmap:
    """A small filled triangle with an exclamation mark: the warning mark of a section row."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    path = QPainterPath(QPointF(12, 3))
    path.lineTo(22, 20.5)
    path.lineTo(2, 20.5)
    path.closeSubpath()
    painter.setPen(QPen(color, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(color)
    painter.drawPath(path)
    painter.setPen(QPen(QColor("white"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(12, 9), QPointF(12, 14))
    painter.drawPoint(QPointF(12, 17.5))
    painter.end()
    return pixmap
