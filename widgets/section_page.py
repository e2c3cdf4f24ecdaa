"""What the window expects of every section page: one small typed protocol.

The section list builds each page on first show, tells it the document's
problems, asks it to focus the field or row a problem path names, and lets it
ask for another part of the document to be shown (the Overview's warnings
do). ``FormPage`` and ``EmbeddedPage`` (``widgets.panes``) implement it; a page
that does not is refused when built, instead of being probed with
``hasattr`` at every use.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance

from app.validation import Problem


@runtime_checkable
class SectionPage(Protocol):
    # Carries a model path (``timeline[3].time``) or a section's path (``timeline``) to show.
    reveal_requested: SignalInstance

    def show_problems(self, problems: list[Problem]) -> None:
        """The document's latest problems (each page shows those about its own fields)."""
        ...

    def reveal(self, path: str) -> bool:
        """Focus the field or row that ``path`` names; False when the page has none."""
        ...


@runtime_checkable
class RevealsRows(Protocol):
    """A pane inside a page (the timeline, the flowchart) that can select what a path names."""

    def reveal(self, path: str) -> bool: ...
