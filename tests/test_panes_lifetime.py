"""A page, pane or list editor that goes away stops following the document.

The document lives as long as the window; a page may not (a test, a future
"close this view"). Whatever a page connected to the document must go with it,
or every later edit calls into a deleted widget ("already deleted").
"""

from __future__ import annotations

import importlib
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from app.model import ExtraSection, FlowEdge, FlowNode, PostMortem, Task, TimelineEvent
from widgets.document import Document

START = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)

PAGES = [
    ("widgets.panes.metadata", "MetadataPage"),
    ("widgets.panes.text_section", "IntroductionPage"),
    ("widgets.panes.summary", "SummaryPage"),
    ("widgets.panes.timeline_page", "TimelinePage"),
    ("widgets.panes.root_cause", "RootCausePage"),
    ("widgets.panes.measures", "MeasuresPage"),
    ("widgets.panes.text_section", "ClosingNotesPage"),
    ("widgets.panes.humor", "HumorPage"),
    ("widgets.panes.sections", "SectionsPage"),
    ("widgets.flowchart.pane", "FlowchartPane"),
    ("widgets.flowchart.editor", "FlowchartEditor"),
    ("widgets.timeline.pane", "TimelinePane"),
]


def _document() -> Document:
    return Document(
        PostMortem(
            timeline=[TimelineEvent(text=t, time=START) for t in "ab"],
            measures={"tasks": [Task(text="t")]},
            extra_sections=[ExtraSection(heading="One"), ExtraSection(heading="Two")],
            humor={
                "flowchart": {
                    "nodes": [FlowNode(id="a"), FlowNode(id="b")],
                    "edges": [FlowEdge(source="a", target="b")],
                }
            },
        )
    )


# An item to insert into each list, and a change to make to an item of it.
EDITS = {
    "timeline": (TimelineEvent(text="c"), {"text": "x"}),
    "tasks": (Task(text="u"), {"text": "x"}),
    "sections": (ExtraSection(heading="Three"), {"heading": "Renamed"}),
    "nodes": (FlowNode(id="c"), {"label": "x"}),
    "edges": (FlowEdge(source="b", target="c"), {"source": "a"}),
}


def _edit_everything(document: Document) -> None:
    """One edit of every kind on every list and a field, then undo, redo and a new model."""
    document.set_field(("introduction",), "Typed after the page went")
    for name, (item, change) in EDITS.items():
        document.insert_items(name, 0, [item])
        document.move_items(name, [0], 2)
        document.update_item(name, 1, fields=change)
        document.replace_list(name, list(reversed(document.items(name))), text="Reverse")
        document.remove_items(name, [0])
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    document.replace_model(PostMortem())


@pytest.mark.parametrize(("module", "name"), PAGES, ids=[name for _module, name in PAGES])
def test_edits_after_a_page_is_deleted_reach_nothing_of_it(qtbot, module, name):
    document = _document()
    page: QWidget = getattr(importlib.import_module(module), name)(document)
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _edit_everything(document)  # an exception in any slot fails the test (pytest-qt)
    qtbot.wait(300)  # and in any debounced refresh
