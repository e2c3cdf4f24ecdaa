"""Timeline: the timeline editor pane inside a section page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from widgets.document import Document
from widgets.panes.embedded import EmbeddedPage, timeline_pane


class TimelinePage(EmbeddedPage):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(
            "Timeline",
            ("timeline",),
            "What happened, in the order you choose: drag events or press Alt+Up / Alt+Down. "
            "Enter edits an event; times are optional.",
            parent,
        )
        self.pane = timeline_pane(document)
        self.add_widget(self.pane, 1)

    def focus_search(self) -> None:
        """The keyboard in the search field, its text selected (Edit ▸ Find Event)."""
        self.pane.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.pane.search.selectAll()
