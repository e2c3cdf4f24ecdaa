"""Import what the pages need in the background once the window is up.

Pages are built when first shown, and their modules are imported then so that
start-up stays short. Importing the Humor Element page (the chart view, the SVG
module, Graphviz's wrappers) took 0.2 to 0.4 s on the UI thread, the first
click on it freezing the window that long. A thread imports them meanwhile:
Python hands the UI thread its turn every few milliseconds, and a page module
already imported costs its first visit nothing.
"""

from __future__ import annotations

import importlib
import threading

MODULES = (
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "app.flowchart.dot",
    "app.flowchart.render",
    "app.flowchart.from_timeline",
    "widgets.flowchart.pane",
    "widgets.panes.humor",
    "widgets.timeline.pane",
    "widgets.panes.timeline_page",
    "widgets.panes.summary",
    "widgets.panes.measures",
    "widgets.panes.root_cause",
    "widgets.panes.sections",
    "widgets.panes.text_section",
    "app.formats.html_export",
    "app.timeparse",  # the first time typed or read (app.timefmt imports it then)
)


def _import_all() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # Not this thread's business: the page that needs it reports the error.
            continue


def start_warm_up() -> threading.Thread:
    thread = threading.Thread(target=_import_all, name="warm-up imports", daemon=True)
    thread.start()
    return thread
