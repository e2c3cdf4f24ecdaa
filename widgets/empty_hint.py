"""An empty list or picture says what to do, rather than showing a blank box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractScrollArea, QTableView, QWidget

from widgets.muted import quiet_text_color
from widgets.qt_guard import never_raises


def paint_empty_hint(view: QAbstractScrollArea, text: str, margin: int = 16) -> None:
    """Draw ``text`` in the middle of ``view``'s viewport (call at the end of ``paintEvent``)."""
    if not text:
        return
    painter = QPainter(view.viewport())
    painter.setPen(quiet_text_color(view.palette()))
    painter.drawText(
        view.viewport().rect().adjusted(margin, margin, -margin, -margin),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        text,
    )
    painter.end()


class HintingTableView(QTableView):
    """A table that shows ``empty_text`` while it has no rows."""

    def __init__(self, empty_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_text = empty_text

    def empty_hint(self) -> str:
        """The hint on show now: the empty text while there are no rows."""
        model = self.model()
        return self.empty_text if model is None or model.rowCount() == 0 else ""

    @never_raises()
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_empty_hint(self, self.empty_hint(), margin=12)
