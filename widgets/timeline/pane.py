"""The timeline pane: the events in the user's order (first version)."""

from __future__ import annotations

from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from widgets.document import Document
from widgets.timeline.model import TimelineModel


class TimelinePane(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = TimelineModel(document, self)
        self.view = QListView(self)
        self.view.setUniformItemSizes(True)
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
