"""An empty list says what to do, rather than showing a blank box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from widgets.muted import quiet_text_color


def paint_empty_hint(view: QAbstractItemView, text: str) -> None:
    """Draw ``text`` in the middle of ``view``'s empty viewport (call from ``paintEvent``)."""
    painter = QPainter(view.viewport())
    painter.setPen(quiet_text_color(view.palette()))
    painter.drawText(
        view.viewport().rect().adjusted(16, 12, -16, -12),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        text,
    )
    painter.end()


class HintingTableView(QTableView):
    """A table that shows ``empty_hint`` while it has no rows."""

    def __init__(self, empty_hint: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_hint = empty_hint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_hint and (model is None or model.rowCount() == 0):
            paint_empty_hint(self, self.empty_hint)
