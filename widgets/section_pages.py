"""The window's sections: their order in the section list, their pages and their preview headings.

Pages are built when first shown (``SectionNavigator`` calls each ``make``), and
their modules imported only then, so start-up pays for the first page alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from widgets.navigation import Section

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from widgets.document import Document

# The heading each section has in the exported Markdown (the reference layout's names).
PREVIEW_HEADINGS = {
    "overview": None,
    "introduction": "Introduction",
    "summary": "Issue Summary",
    "timeline": "Timeline",
    "root_cause": "Root Cause and Resolution",
    "measures": "Corrective and Preventative Measures",
    "closing": "Closing Notes",
    "humor": "Humor Element",
}


def section_pages(doc: Document) -> list[Section]:
    """The window's sections in the order of the section list, each with the page that edits it."""

    # Pages are imported when first shown, so startup only pays for the first one.
    def build(module: str, name: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            return getattr(importlib.import_module(module), name)(doc)

        return make

    return [
        Section("overview", "Overview", ("metadata",), build("widgets.panes.metadata", "MetadataPage")),
        Section(
            "introduction",
            "Introduction",
            ("introduction",),
            build("widgets.panes.text_section", "IntroductionPage"),
        ),
        Section("summary", "Issue Summary", ("summary",), build("widgets.panes.summary", "SummaryPage")),
        Section("timeline", "Timeline", ("timeline",), build("widgets.panes.timeline_page", "TimelinePage")),
        Section(
            "root_cause",
            "Root Cause",  # the page itself says "Root Cause and Resolution"
            ("root_cause",),
            build("widgets.panes.root_cause", "RootCausePage"),
        ),
        Section(
            "measures",
            "Corrective Measures",  # The page header gives the full name; the list stays one line.
            ("measures",),
            build("widgets.panes.measures", "MeasuresPage"),
        ),
        Section(
            "closing", "Closing Notes", ("closing_notes",), build("widgets.panes.text_section", "ClosingNotesPage")
        ),
        Section("humor", "Humor Element", ("humor",), build("widgets.panes.humor", "HumorPage")),
        Section(
            "sections", "Additional Sections", ("extra_sections",), build("widgets.panes.sections", "SectionsPage")
        ),
    ]
