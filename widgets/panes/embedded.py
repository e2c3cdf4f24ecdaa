"""The Timeline and Humor pages around the timeline and flowchart editors.

The editors are imported when their page is first built, so the window
starts without paying for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.validation import Problem
from widgets.document import Document
from widgets.panes.page import WarningLabel, page_layout, problems_for, summarize
from widgets.section_page import RevealsRows

if TYPE_CHECKING:  # imported when the page is built (startup does not pay for them)
    from widgets.flowchart.pane import FlowchartPane
    from widgets.timeline.pane import TimelinePane


def timeline_pane(document: Document) -> TimelinePane:
    from widgets.timeline.pane import TimelinePane

    return TimelinePane(document)


def flowchart_pane(document: Document) -> FlowchartPane:
    from widgets.flowchart.pane import FlowchartPane

    return FlowchartPane(document)


class EmbeddedPage(QWidget):
    """A section page around another engineer's pane, with the section's warnings above it.

    A ``SectionPage`` (``widgets.section_page``); subclasses set ``pane`` in their constructor.
    """

    reveal_requested = Signal(str)
    pane: RevealsRows

    def __init__(
        self, title: str, section_paths: tuple[str, ...], description: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.title = title
        self.section_paths = section_paths
        self._layout = page_layout(self, title, description)
        self.warnings = WarningLabel()
        self._layout.addWidget(self.warnings)

    def reveal(self, path: str) -> bool:
        """Select and focus the row that ``path`` names in the embedded pane."""
        return self.pane.reveal(path)

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self._layout.addWidget(widget, stretch)

    def show_problems(self, problems: list[Problem]) -> None:
        mine = problems_for(problems, self.section_paths)
        self.warnings.show_messages(summarize(mine, limit=5).splitlines() if mine else [])
