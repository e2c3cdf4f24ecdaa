"""The chart's side of ``PreviewPane``: its picture fitted to the column and drawn a screen at a time.

The preview's text holds a blank image where the chart goes, sized like the picture
(``preview_window.size_chart``); the pane draws the strips of the picture that are on
screen under the text (``PackedPicture``), so that a tall chart is never unpacked whole
while the preview shows it: a 140-node chain is 174 × 8,000 pixels (5.3 MB), a tenth
of which is on screen at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QScrollBar, QWidget

from widgets.preview_document import PackedPicture

__all__ = ["DrawsChart"]


class DrawsChart:
    """Mixed into ``PreviewPane`` (a ``QTextBrowser``): the attributes below are its own."""

    _chart_at: int | None
    _chart_original: PackedPicture | None
    _chart_shown: PackedPicture | None
    _chart_strips: dict[int, QImage]

    if TYPE_CHECKING:

        def document(self) -> QTextDocument: ...
        def viewport(self) -> QWidget: ...
        def devicePixelRatioF(self) -> float: ...
        def horizontalScrollBar(self) -> QScrollBar: ...
        def verticalScrollBar(self) -> QScrollBar: ...
        def textCursor(self) -> QTextCursor: ...
        def hasFocus(self) -> bool: ...
        def palette(self) -> QPalette: ...

    def fit_chart(self) -> None:
        """Show the chart's picture as wide as the column allows, never wider than it was drawn.

        The picture is scaled here, smoothly, to exactly the width shown: the text
        layout would otherwise scale it itself, pixel by pixel, and blur its labels.
        """
        original = self._chart_original
        if self._chart_at is None or original is None:
            return
        document = self.document()
        block = document.findBlock(self._chart_at)
        if not block.isValid() or self._chart_at >= document.characterCount():
            self._chart_at = None  # the picture's place went with the text that held it
            return
        room = int(self.viewport().width() - 2 * document.documentMargin() - 8)
        width = max(40, min(original.width, room))
        cursor = QTextCursor(document)
        cursor.setPosition(self._chart_at)
        cursor.setPosition(self._chart_at + 1, QTextCursor.MoveMode.KeepAnchor)
        image_format = cursor.charFormat().toImageFormat()
        if not image_format.isValid():
            return
        ratio = self.devicePixelRatioF()
        # Never more pixels than drawn: on a high-density screen, scaled up, it gained no detail and was unpacked,
        # scaled and packed again (4 times the pixels) at every step of a splitter's drag.
        pixels = min(round(width * ratio), original.width)
        shown = self._chart_shown
        if shown is None or shown.width != pixels or shown.ratio != ratio:
            # Packed again, at the width shown, when that is not the width drawn: unpacked whole, a moment.
            self._chart_shown = original.shown_at(pixels).with_ratio(ratio)
            self._chart_strips.clear()
        elif round(image_format.width()) == width:
            return
        image_format.setWidth(width)
        image_format.setHeight(width * original.height / original.width)
        cursor.setCharFormat(image_format)
        self.viewport().update()

    def chart_area(self) -> QRectF | None:
        """Where the chart's picture is in the viewport (None: not in the laid-out part)."""
        if self._chart_at is None or self._chart_shown is None:
            return None
        document = self.document()
        block = document.findBlock(self._chart_at)
        layout = block.layout()
        if not block.isValid() or layout is None:
            return None
        at = self._chart_at - block.position()
        line = layout.lineForTextPosition(at)
        cursor = QTextCursor(document)
        cursor.setPosition(self._chart_at + 1)
        image = cursor.charFormat().toImageFormat()
        if not line.isValid() or not image.isValid():
            return None
        x = line.cursorToX(at)
        x = x[0] if isinstance(x, tuple) else x
        top = document.documentLayout().blockBoundingRect(block).top() + line.y() + line.ascent() - image.height()
        left = layout.position().x() + x
        return QRectF(
            left - self.horizontalScrollBar().value(),
            top - self.verticalScrollBar().value(),
            image.width(),
            image.height(),
        )

    def _paint_chart(self, exposed: QRectF) -> None:
        """Draw the strips of the chart's picture that lie in ``exposed``, where the document leaves it room.

        Drawn over the text's blank place for it, then tinted as the text layout tints a selected image
        (its selection's colour at half strength), so that a selected chart still shows through.
        """
        shown, area = self._chart_shown, self.chart_area()
        if shown is None or area is None or area.isEmpty():
            self._chart_strips.clear()
            return
        scale = area.height() / shown.height
        visible = area.intersected(QRectF(self.viewport().rect()))
        wanted = {
            index
            for index in range(len(shown.strips))
            if not (rows := shown.strip_rows(index)).stop * scale + area.top() <= visible.top()
            and not rows.start * scale + area.top() >= visible.bottom()
        }
        for index in [index for index in self._chart_strips if index not in wanted]:
            del self._chart_strips[index]  # off screen: unpacked again if it comes back
        painter = QPainter(self.viewport())
        try:
            for index in sorted(wanted):
                rows = shown.strip_rows(index)
                target = QRectF(area.left(), area.top() + rows.start * scale, area.width(), len(rows) * scale)
                if not target.intersects(exposed):
                    continue
                strip = self._chart_strips.get(index)
                if strip is None:
                    strip = self._chart_strips[index] = shown.strip(index)
                painter.drawImage(target, strip)
            if self._chart_selected():
                tint = QColor(self._selection_brush().color())
                tint.setAlpha(128)
                painter.fillRect(visible.intersected(exposed), tint)
        finally:
            painter.end()

    def _chart_selected(self) -> bool:
        cursor = self.textCursor()
        at = self._chart_at
        return at is not None and cursor.hasSelection() and cursor.selectionStart() <= at < cursor.selectionEnd()

    def _selection_brush(self) -> QBrush:
        group = QPalette.ColorGroup.Active if self.hasFocus() else QPalette.ColorGroup.Inactive
        return self.palette().brush(group, QPalette.ColorRole.Highlight)
