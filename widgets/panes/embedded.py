"""Places for the timeline and flowchart editors, with a plain list while one is missing.

The timeline and flowchart panes are written separately; importing them here,
at the moment the page is built, lets the window start (and be tested) with
whichever of them exists.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from app.validation import Problem
from widgets.document import Document
from widgets.panes.page import WarningLabel, problems_for, summarize


def timeline_pane(document: Document) -> QWidget:
    try:
        from widgets.timeline.pane import TimelinePane
    except ImportError:
        return PlainListPane(document, "timeline", _describe_event, "The timeline editor is not installed.")
    return TimelinePane(document)


def flowchart_pane(document: Document) -> QWidget:
    try:
        from widgets.flowchart.pane import FlowchartPane
    except ImportError:
        return PlainListPane(document, "nodes", _describe_node, "The flowchart editor is not installed.")
    return FlowchartPane(document)


def _describe_event(event) -> str:
    when = f"{event.time:%Y-%m-%d %H:%M} " if event.time else ""
    return f"{event.kind.label}: {when}{event.text.splitlines()[0] if event.text else ''}"


def _describe_node(node) -> str:
    return f"{node.kind.label} [{node.id}]: {node.label}"


class PlainListPane(QWidget):
    """A read-only list, so the content is visible until the real editor is in place."""

    def __init__(self, document: Document, name: str, describe, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._name = name
        self._describe = describe
        self.list = QListWidget()
        self.list.setAccessibleName(f"{name.capitalize()} (read only)")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(note)
        hint.setEnabled(False)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        document.changed.connect(self.refresh)
        document.document_reset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.list.addItems([self._describe(item) for item in self._document.items(self._name)])  # type: ignore[arg-type]


class EmbeddedPage(QWidget):
    """A section page around another engineer's pane, with the section's warnings above it."""

    def __init__(self, title: str, section_paths: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.section_paths = section_paths
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 18, 24, 18)
        self._layout.setSpacing(8)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        heading.setFont(font)
        self._layout.addWidget(heading)
        self.warnings = WarningLabel()
        self._layout.addWidget(self.warnings)

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self._layout.addWidget(widget, stretch)

    def show_problems(self, problems: list[Problem]) -> None:
        mine = problems_for(problems, self.section_paths)
        self.warnings.show_messages(summarize(mine, limit=5).splitlines() if mine else [])
