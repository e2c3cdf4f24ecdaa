"""Import what the pages need once the window is up, a module at a time, on the UI thread.

Pages are built when first shown, and their modules are imported then so that
start-up stays short. Importing the Humor Element page (the chart view, the SVG
module, Graphviz's wrappers) in one go took 0.2 to 0.4 s, the first click on it
freezing the window that long. The warm-up imports those modules ahead of the
visit, one per turn of the event loop (each a few milliseconds to some 30 ms),
so the window answers between them and a first visit costs nothing.

Not on a thread: once PySide6 is loaded, every import runs its import hook,
and a Qt subclass defined on another thread while the UI thread makes a
QObject crashed the window (once in about 26 launches).
"""

from __future__ import annotations

import contextlib
import importlib

from PySide6.QtCore import QTimer

# Dependencies before what uses them, so that each step imports a little.
MODULES = (
    "app.timeparse",  # the first time typed or read (app.timefmt imports it then)
    "widgets.file_writing",  # the first save or export
    "app.formats.html_export",
    "app.flowchart.dot",
    "app.flowchart.render",
    "app.flowchart.from_timeline",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "widgets.flowchart.picture",
    "widgets.flowchart.render_worker",
    "widgets.flowchart.models",
    "widgets.flowchart.tables",
    "widgets.flowchart.chart_view",
    "widgets.flowchart.pane",
    "widgets.panes.humor",
    "widgets.timeline.model",
    "widgets.timeline.filter",
    "widgets.timeline.delegate",
    "widgets.timeline.view",
    "widgets.timeline.kind_filter",
    "widgets.timeline.pane",
    "widgets.panes.timeline_page",
    "widgets.panes.summary",
    "widgets.panes.measures",
    "widgets.panes.root_cause",
    "widgets.panes.sections",
    "widgets.panes.text_section",
)
# The pause between two imports: the event loop handles what came in meanwhile.
PAUSE_MS = 10


def start_warm_up() -> None:
    """Import ``MODULES`` one per turn of the event loop, starting now."""
    _import_next(list(MODULES))


def _import_next(pending: list[str]) -> None:
    if not pending:
        return
    name = pending.pop(0)
    # A module that fails is not the warm-up's business: the page that needs it reports the error.
    with contextlib.suppress(Exception):
        importlib.import_module(name)
    if pending:
        QTimer.singleShot(PAUSE_MS, lambda: _import_next(pending))
