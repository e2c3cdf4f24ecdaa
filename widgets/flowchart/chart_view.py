"""The rendered chart: zoom, zoom to fit, pan, and clicks on nodes.

A new picture replaces the old one without touching the view's transform, so
the zoom level survives re-renders. Clicks map back to the model's node ids
through the SVG element ids that ``app.flowchart.dot`` generates.

The picture sits on a white sheet of "paper": Graphviz draws dark arrows on a
transparent background, which vanish against a dark window. The paper is only
on screen; exported files are Graphviz's own output.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from widgets.empty_hint import paint_empty_hint
from widgets.flowchart.picture import ChartPicture, PictureItem, parse_picture
from widgets.qt_guard import never_raises
from widgets.safe_text import plain_tooltip

if TYPE_CHECKING:
    from app.flowchart.packed_svg import PackedSvg

ZOOM_STEP = 1.25
MIN_ZOOM = 0.05
MAX_ZOOM = 8.0
CLICK_SLOP = 4
"""Pixels the mouse may move between press and release and still count as a click, not a pan."""
PAPER_MARGIN = 18.0
"""White space around the picture on its paper, in picture units (it scales with the zoom)."""
PAPER_COLOR = QColor("#ffffff")
PAPER_BORDER = QColor(0, 0, 0, 56)


class Paper(QGraphicsRectItem):
    """A white sheet with a soft edge and shadow, drawn behind the picture."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    @never_raises(QRectF())
    def boundingRect(self) -> QRectF:
        return self.rect().adjusted(-2, -2, 6, 6)  # Room for the shadow.

    @never_raises()
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.rect()
        scale = max(painter.transform().m11(), 1e-6)
        radius = 4 / scale  # Screen pixels, whatever the zoom.
        painter.setPen(Qt.PenStyle.NoPen)
        for step, alpha in ((3, 14), (2, 20), (1, 28)):
            painter.setBrush(QColor(0, 0, 0, alpha))
            offset = step / scale
            painter.drawRoundedRect(rect.translated(0, offset).adjusted(-offset / 2, 0, offset / 2, 0), radius, radius)
        pen = QPen(PAPER_BORDER)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(PAPER_COLOR)
        painter.drawRoundedRect(rect, radius, radius)


class ChartView(QGraphicsView):
    node_clicked = Signal(str)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._picture: ChartPicture | None = None
        self._item: PictureItem | None = None
        self.paper = Paper()
        self.paper.hide()
        self.scene().addItem(self.paper)
        # A ring around the node chosen in the editor, so table and picture point at the same box.
        self.highlight = QGraphicsPathItem()
        self.highlight.setZValue(10)
        self.highlight.hide()
        self.scene().addItem(self.highlight)
        self._highlighted = ""
        self._empty_text = ""
        self._element_ids: Mapping[str, str] = {}
        self._svg: PackedSvg | None = None  # compressed: the picture draws from its own pieces
        self._press: QPoint | None = None
        self._shown_once = False
        self._user_zoomed = False
        # Node id -> the text its tool tip shows (the whole label, even where the picture cuts it).
        self.node_tooltip: Callable[[str], str] | None = None

    # ----------------------------------------------------------------- picture

    def has_picture(self) -> bool:
        return self._item is not None

    def svg(self) -> bytes:
        """The SVG on show (empty when none)."""
        return self._svg.unpacked() if self._svg is not None else b""

    def show_svg(
        self,
        svg: bytes | PackedSvg,
        element_ids: Mapping[str, str],
        picture: ChartPicture | None = None,
    ) -> bool:
        """Show a new picture; False (old picture kept) when Qt cannot read it.

        ``picture`` is the same SVG already parsed (off the UI thread: ``parse_picture``); without it we parse here.
        The view keeps the SVG compressed (``PackedSvg``): given whole, it is compressed here.
        """
        picture = picture if picture is not None else parse_picture(svg, element_ids)
        if picture is None:
            return False
        item = PictureItem(picture)
        # Paint the picture once per zoom level into a pixmap; panning then only copies pixels.
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        scene = self.scene()
        if self._item is not None:
            scene.removeItem(self._item)
        self._item, self._picture, self._element_ids = item, picture, element_ids  # not changed once made
        if isinstance(svg, bytes):
            from app.flowchart.packed_svg import PackedSvg  # here: the window's start draws no chart

            svg = PackedSvg.of(svg)
        self._svg = svg
        scene.addItem(item)
        paper = item.boundingRect().adjusted(-PAPER_MARGIN, -PAPER_MARGIN, PAPER_MARGIN, PAPER_MARGIN)
        self.paper.setRect(paper)
        self.paper.show()
        # A little room beyond the paper so its shadow is not cut at the scroll limits.
        scene.setSceneRect(paper.adjusted(-8, -8, 8, 8))
        self.viewport().update()
        self._place_highlight()
        if not self._shown_once:
            self._shown_once = True
            self.zoom_to_fit()
        return True

    def clear(self) -> None:
        if self._item is not None:
            self.scene().removeItem(self._item)
        self._item = None
        self._picture = None
        self.paper.hide()
        self.highlight.hide()
        self.scene().setSceneRect(QRectF(0, 0, 1, 1))  # No scroll bars around an empty view.
        self._element_ids = {}
        self._svg = None
        self._shown_once = False
        self._user_zoomed = False
        self.viewport().update()

    # ----------------------------------------------------------------- the chosen node

    def highlight_node(self, node_id: str) -> None:
        """Ring the node ``node_id`` ("" for none); it follows the picture through re-renders."""
        self._highlighted = node_id
        self._place_highlight()

    def _place_highlight(self) -> None:
        element = next((e for e, n in self._element_ids.items() if n == self._highlighted), None)
        bounds = self._bounds_of(element) if self._highlighted and element is not None else None
        if bounds is None or self._item is None:
            self.highlight.hide()
            return
        top_left = self._item.mapToScene(self._from_svg(bounds.topLeft()))
        bottom_right = self._item.mapToScene(self._from_svg(bounds.bottomRight()))
        ring = QPainterPath()
        ring.addRoundedRect(QRectF(top_left, bottom_right).adjusted(-5, -5, 5, 5), 6, 6)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.5)
        pen.setCosmetic(True)  # the same width at every zoom
        self.highlight.setPen(pen)
        self.highlight.setPath(ring)
        self.highlight.show()

    # ----------------------------------------------------------------- empty state

    def set_empty_text(self, text: str) -> None:
        """What the view says while it has no picture ("" says nothing, e.g. while the first one is drawn)."""
        if text != self._empty_text:
            self._empty_text = text
            self.viewport().update()

    def empty_hint(self) -> str:
        """The hint on show now: the empty text, unless a picture is there."""
        return "" if self.has_picture() else self._empty_text

    @never_raises()
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        # The desk under the paper follows the window colour, so the white sheet stands out in
        # light and dark palettes alike.
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Window))

    @never_raises()
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_empty_hint(self, self.empty_hint(), margin=24)

    # ----------------------------------------------------------------- zoom

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        current = self.zoom()
        if current > 0 and abs(factor - current) > 1e-9:
            self.scale(factor / current, factor / current)
            self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self._user_zoomed = True
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._user_zoomed = True
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_to_fit(self) -> None:
        self._user_zoomed = False
        if self._item is None:
            return
        # The whole scene: the paper, its margin around the picture and its shadow, with no scroll bars.
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:  # A tiny chart is shown at its natural size, not blown up.
            self.set_zoom(1.0)
        self.zoom_changed.emit(self.zoom())

    @never_raises()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Until the user picks a zoom, the picture follows the view's size (the first render
        # may land before the window has its final size).
        if self._item is not None and not self._user_zoomed:
            self.zoom_to_fit()

    @never_raises()
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in() if event.angleDelta().y() > 0 else self.zoom_out()
            event.accept()
        else:
            super().wheelEvent(event)

    # ----------------------------------------------------------------- clicks

    def node_at(self, scene_point: QPointF) -> str | None:
        """The model node id under ``scene_point`` (scene = item coordinates here)."""
        if self._item is None or self._picture is None:
            return None
        svg_point = self._to_svg(self._item.mapFromScene(scene_point))
        for element_id, node_id in self._element_ids.items():
            bounds = self._picture.element_bounds.get(element_id)
            if bounds is not None and bounds.contains(svg_point):
                return node_id
        return None

    def scene_point_of(self, element_id: str) -> QPointF | None:
        """The scene point at the centre of an SVG element (tests click there)."""
        bounds = self._bounds_of(element_id)
        if self._item is None or bounds is None:
            return None
        return self._item.mapToScene(self._from_svg(bounds.center()))

    def _bounds_of(self, element_id: str) -> QRectF | None:
        """Where an element of the picture lies, in the SVG's coordinates (None: not in the picture)."""
        return self._picture.element_bounds.get(element_id) if self._picture is not None else None

    def _view_box(self) -> QRectF:
        assert self._picture is not None
        return self._picture.view_box

    def _to_svg(self, point: QPointF) -> QPointF:
        assert self._item is not None
        box, rect = self._view_box(), self._item.boundingRect()
        return QPointF(
            box.x() + point.x() * box.width() / max(rect.width(), 1e-9),
            box.y() + point.y() * box.height() / max(rect.height(), 1e-9),
        )

    def _from_svg(self, point: QPointF) -> QPointF:
        assert self._item is not None
        box, rect = self._view_box(), self._item.boundingRect()
        return QPointF(
            (point.x() - box.x()) * rect.width() / max(box.width(), 1e-9),
            (point.y() - box.y()) * rect.height() / max(box.height(), 1e-9),
        )

    @never_raises(False)
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            node_id = self.node_at(self.mapToScene(event.pos()))
            text = self.node_tooltip(node_id) if node_id is not None and self.node_tooltip else ""
            if text:
                QToolTip.showText(event.globalPos(), plain_tooltip(text), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    @never_raises()
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    @never_raises()
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        position = event.position().toPoint()
        if press is None or (position - press).manhattanLength() > CLICK_SLOP:
            return  # That was a pan.
        node_id = self.node_at(self.mapToScene(position))
        if node_id is not None:
            self.node_clicked.emit(node_id)
