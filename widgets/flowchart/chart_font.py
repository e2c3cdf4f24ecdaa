"""One font for measuring and drawing the flowchart's labels.

The embedded Graphviz has no font files: it sizes each label with its built-in
Helvetica (Arial) metrics. Qt then drew the text with whatever the system calls
Helvetica (often DejaVu Sans, about 12% wider), so labels spilled out of their
boxes. The app ships Liberation Sans, metric-compatible with Arial, and every
picture of the chart (on screen, in the preview, in PNG exports) is drawn with it.
"""

from __future__ import annotations

import threading
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtGui import QFontDatabase

GRAPHVIZ_FONT_ATTRIBUTE = b'font-family="Helvetica,Arial,sans-serif"'
FONT_FILES = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")

_lock = threading.Lock()
_family: str | None = None
_tried = False


def chart_font_family() -> str | None:
    """The family the chart is drawn in, registered with Qt on first use (None if it cannot be).

    Only the UI thread registers it (or a process without a Qt application yet:
    the command line). Adding a font rebuilds Qt's font database, which the UI
    thread reads while it lays out text, not all of it under Qt's lock; so the
    panes that draw charts in the background ask for it first, on the UI
    thread (``prepare_chart_font``). A worker that finds it not registered yet
    gets None and draws in Graphviz's own font list.
    """
    global _family, _tried
    with _lock:
        if not _tried:
            if not _on_ui_thread():
                return None
            _tried = True
            folder = resources.files("resources").joinpath("fonts")
            for name in FONT_FILES:
                font_id = _add_font(folder.joinpath(name))
                families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                if families and _family is None:
                    _family = families[0]
        return _family


def _add_font(font: Traversable) -> int:
    """Register one font file with Qt, by its path where it is a file on disk.

    Given the file's bytes, Qt's font database keeps a copy of them for as long as the
    program runs (0.8 MB for the two files); given a path, it reads the file when it
    draws, and the system shares those pages with the file.
    """
    if isinstance(font, Path) and font.is_file():
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id >= 0:
            return font_id
    return QFontDatabase.addApplicationFontFromData(font.read_bytes())  # inside a zip, say


def prepare_chart_font() -> None:
    """Register the chart font now, from the UI thread, before a worker draws a chart."""
    if _on_ui_thread():
        chart_font_family()


def _on_ui_thread() -> bool:
    application = QCoreApplication.instance()
    return application is None or QThread.currentThread() == application.thread()


def with_chart_font(svg: bytes) -> bytes:
    """``svg`` with its labels set in the chart font (Graphviz's font list otherwise)."""
    family = chart_font_family()
    if family is None or GRAPHVIZ_FONT_ATTRIBUTE not in svg:
        return svg
    return svg.replace(GRAPHVIZ_FONT_ATTRIBUTE, b'font-family="' + family.encode("utf-8") + b'"')
