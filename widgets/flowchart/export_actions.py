"""File ▸ Export Flowchart as PNG / SVG: actions the window puts in its menu.

The window passes its dialog seam: any object with
``save_path(title, suggested, name_filter) -> Path | None`` and
``show_error(title, message)`` (``widgets.dialogs.Dialogs``). The PNG scale is
asked through ``ChartExporter.choose_png_scale``, the one seam of its own that
tests patch. The chart is drawn and written off the UI thread; ``exported``
or ``export_failed`` says how it went.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QWidget

from app.atomic import write_bytes_atomic
from app.errors import DocumentError
from app.flowchart.export import DEFAULT_SCALE, render_chart
from app.model import PostMortem
from widgets.document import Document
from widgets.flowchart.chart_font import prepare_chart_font
from widgets.runner import Job, JobCancelledError, Runner

SCALES: tuple[tuple[str, float], ...] = (
    ("1x (normal screens)", 1.0),
    ("2x (high-density screens)", 2.0),
    ("3x", 3.0),
    ("4x (print)", 4.0),
)

PNG_FILTER = "PNG image (*.png)"
SVG_FILTER = "SVG image (*.svg)"


class ExportDialogs(Protocol):
    def save_path(self, title: str, suggested: Path, name_filter: str = ...) -> Path | None: ...

    def show_error(self, title: str, message: str) -> None: ...


class ChartExporter(QObject):
    """Owns the two export actions and runs the exports."""

    exported = Signal(object)  # Path written
    export_failed = Signal(str)  # "FILE: reason"

    def __init__(self, document: Document, dialogs: ExportDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._dialogs = dialogs
        self._parent = parent
        # Every export runs (two exports to two files are two jobs); the window's close cancels them.
        self.runner = Runner(_export, self, name="chart export")
        self.runner.finished.connect(lambda _key, outcome: self._finished(*outcome))
        self.png_action = QAction("Flowchart as &PNG…", self)
        self.png_action.setStatusTip("Save the flowchart as a PNG picture")
        self.svg_action = QAction("Flowchart as S&VG…", self)
        self.svg_action.setStatusTip("Save the flowchart as an SVG drawing")
        self.png_action.triggered.connect(self.export_png)
        self.svg_action.triggered.connect(self.export_svg)
        document.changed.connect(self._update_enabled)
        document.document_reset.connect(self._update_enabled)
        self._update_enabled()

    def actions(self) -> list[QAction]:
        return [self.png_action, self.svg_action]

    def _update_enabled(self) -> None:
        has_chart = bool(self._document.model.humor.flowchart.nodes)
        self.png_action.setEnabled(has_chart)
        self.svg_action.setEnabled(has_chart)

    def _suggested(self, suffix: str) -> Path:
        path = self._document.path
        if path is None:
            return Path.home() / f"flowchart{suffix}"
        # Not "NAME.flowchart.png": saving the document as Markdown writes its own picture under that name.
        return path.with_name(path.stem + "-flowchart" + suffix)

    def choose_png_scale(self) -> float | None:
        """Ask for the PNG scale (2x preselected); None when cancelled."""
        captions = [caption for caption, _ in SCALES]
        default = next(i for i, (_, scale) in enumerate(SCALES) if scale == DEFAULT_SCALE)
        caption, ok = QInputDialog.getItem(self._parent, "Export Flowchart as PNG", "Scale:", captions, default, False)
        if not ok:
            return None
        return dict(SCALES).get(caption, DEFAULT_SCALE)

    def export_png(self) -> None:
        scale = self.choose_png_scale()
        if scale is None:
            return
        path = self._dialogs.save_path("Export Flowchart as PNG", self._suggested(".png"), PNG_FILTER)
        if path is not None:
            self.export_to(path.with_suffix(".png") if path.suffix.lower() != ".png" else path, scale=scale)

    def export_svg(self) -> None:
        path = self._dialogs.save_path("Export Flowchart as SVG", self._suggested(".svg"), SVG_FILTER)
        if path is not None:
            self.export_to(path.with_suffix(".svg") if path.suffix.lower() != ".svg" else path)

    def export_to(self, path: Path, *, scale: float = DEFAULT_SCALE) -> None:
        """Draw the current chart into ``path`` (.png or .svg) in the background."""
        fmt = path.suffix.lower().lstrip(".")
        prepare_chart_font()  # here, on the UI thread: the export may draw the PNG with it
        self.runner.run_once((self._document.snapshot(), path, fmt, scale))

    def wait_for_done(self, msecs: int = 30000) -> bool:
        return self.runner.wait(msecs)

    def _finished(self, path: Path, error: str) -> None:
        if error:
            message = f"{path.name}: {error}"
            self._dialogs.show_error("Export Failed", message)
            self.export_failed.emit(message)
        else:
            self.exported.emit(path)


def _export(what: tuple[PostMortem, Path, str, float], job: Job) -> tuple[Path, str]:
    """Draw the chart and write it, off the UI thread: the path, and the error ("" when written)."""
    model, path, fmt, scale = what
    try:
        picture = render_chart(model, fmt, scale=scale, cancel=job.cancel_event)
        job.check()  # The window closed while Graphviz drew: write nothing.
        write_bytes_atomic(path, picture)
    except JobCancelledError:
        raise
    except DocumentError as error:
        return path, str(error)
    except Exception as error:  # Whatever went wrong, the window reports it instead of losing it.
        return path, f"the chart could not be exported: {error}"
    return path, ""
