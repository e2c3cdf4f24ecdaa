"""File › Print… and Export › PDF: the same page as the HTML export, the flowchart included.

The page is laid out by a ``QTextDocument`` from the HTML export, with the chart
drawn by the same renderer as the PNG export and handed to the document as its
own resource (nothing is loaded from the disk or the network), scaled to the
paper's width.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QTextDocument, QTextImageFormat

from app.errors import DocumentError
from app.model import PostMortem
from widgets.dialogs import Dialogs
from widgets.document import Document
from widgets.runner import Job, Runner

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# QtPrintSupport and the HTML export are imported when a page is printed: startup does not pay for them.

CHART_NAME = "postmortem-chart.png"


def printable_document(model: PostMortem, width: float = 640.0) -> QTextDocument:
    """The HTML export's page as a text document ``width`` points wide, the chart drawn into it."""
    from app.formats import html_export

    document = QTextDocument()
    document.setPageSize(QSizeF(width, width * 1.414))
    png = _chart_png(model)
    chart = QImage.fromData(png, "PNG") if png is not None else None
    html = html_export.to_html(model, flowchart_png=png if chart is not None and not chart.isNull() else None)
    if chart is not None and not chart.isNull():
        # The export embeds the picture as a data URL; the page here is given it as its own resource.
        data_url = "data:image/png;base64," + base64.b64encode(png or b"").decode("ascii")
        html = html.replace(f'src="{data_url}"', f'src="{CHART_NAME}"')
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_NAME), chart)
    else:
        chart = None
    document.setHtml(html)
    if chart is not None:
        _fit_chart(document, chart, width - 2 * document.documentMargin())
    return document


def _chart_png(model: PostMortem) -> bytes | None:
    if not model.humor.flowchart.nodes:
        return None
    from app.flowchart.export import render_chart

    try:
        return render_chart(model, "png")
    except DocumentError:
        return None  # no renderer: the page keeps the export's words for the chart


def _fit_chart(document: QTextDocument, chart: QImage, room: float) -> None:
    """Give the chart's image a size in the layout: as wide as the text column at most."""
    block = document.begin()
    while block.isValid():
        for fragment_range in block.textFormats():
            fmt = fragment_range.format
            if fmt.isImageFormat() and fmt.toImageFormat().name() == CHART_NAME:
                from PySide6.QtGui import QTextCursor

                cursor = QTextCursor(document)
                cursor.setPosition(block.position() + fragment_range.start)
                cursor.setPosition(
                    block.position() + fragment_range.start + fragment_range.length, QTextCursor.MoveMode.KeepAnchor
                )
                image = QTextImageFormat(fmt.toImageFormat())
                width = min(room, chart.width() * 0.75)  # pixels drawn at 96 dpi, in points
                image.setWidth(width)
                image.setHeight(width * chart.height() / chart.width())
                cursor.setCharFormat(image)
        block = block.next()


def pdf_printer(path: Path) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def print_model(model: PostMortem, printer: QPrinter) -> None:
    """Lay the page out on ``printer``'s paper and print it."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        print_page(model, printer)
    finally:
        QGuiApplication.restoreOverrideCursor()


def print_page(model: PostMortem, printer: QPrinter) -> None:
    """Lay the page out and print it, on whatever thread calls this (no cursor, no dialog)."""
    width = printer.pageLayout().paintRect(QPageLayout.Unit.Point).width()
    document = printable_document(model, width)
    document.print_(printer)


LARGE_ITEMS = 400
LARGE_TEXT = 200_000


def is_large(model: PostMortem) -> bool:
    """Whether laying ``model`` out takes long enough to do off the UI thread (10,000 events: 44 s, 150 MB)."""
    items = len(model.timeline) + len(model.measures.tasks) + len(model.humor.flowchart.nodes)
    text = len(model.introduction) + len(model.closing_notes) + sum(len(extra.body) for extra in model.extra_sections)
    return items > LARGE_ITEMS or text > LARGE_TEXT


@dataclass
class PrintJob:
    """A page printed off the UI thread: to ``printer``; a PDF is written to ``partial``, then moved to ``path``."""

    model: PostMortem
    printer: QPrinter
    partial: Path | None = None
    path: Path | None = None


def _print_job(job_input: PrintJob, job: Job) -> PrintJob:
    job.check()
    try:
        print_page(job_input.model, job_input.printer)
    except BaseException:
        if job_input.partial is not None:
            job_input.partial.unlink(missing_ok=True)  # never half a PDF left beside the name
        raise
    return job_input


class Printing(QObject):
    """Print… and Export › PDF for one window's document."""

    status_message = Signal(str)

    def __init__(self, document: Document, dialogs: Dialogs, suggested_folder: Callable[[], Path], parent: QObject):
        super().__init__(parent)
        self._document = document
        self._dialogs = dialogs
        self._folder = suggested_folder
        # A large document is laid out and printed here, off the UI thread: the window stays usable.
        self.runner = Runner(_print_job, self, name="printing")
        self.runner.finished.connect(lambda _key, done: self._printed(done))
        self.runner.failed.connect(lambda _key, error: self._dialogs.show_error("Cannot Print", str(error)))

    def print_document(self) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._document.model.metadata.title or "Post-mortem")
        if not self._dialogs.ask_print(printer):
            return False
        model = self._document.snapshot()
        if is_large(model):
            self.runner.run_once(PrintJob(model, printer))
            self.status_message.emit("Printing…")
            return True
        print_model(model, printer)
        self.status_message.emit("Sent to the printer")
        return True

    def export_pdf(self) -> bool:
        current = self._document.path
        name = current.with_suffix(".pdf").name if current else "post-mortem.pdf"
        path = self._dialogs.save_path("Export PDF", self._folder() / name, "PDF document (*.pdf)")
        if path is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        # Written beside, then moved into place: a failed print never leaves half a PDF under the name.
        partial = path.with_name(f".{path.name}.partial")
        model = self._document.snapshot()
        if is_large(model):
            self.runner.run_once(PrintJob(model, pdf_printer(partial), partial, path))
            self.status_message.emit(f"Exporting {path.name}…")
            return True
        print_model(model, pdf_printer(partial))
        return self._move_into_place(partial, path)

    def _printed(self, done: PrintJob) -> None:
        if done.partial is None or done.path is None:
            self.status_message.emit("Sent to the printer")
        else:
            self._move_into_place(done.partial, done.path)

    def _move_into_place(self, partial: Path, path: Path) -> bool:
        try:
            if not partial.is_file() or partial.stat().st_size == 0:
                raise OSError("nothing was written")
            partial.replace(path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            self._dialogs.show_error("Cannot Export", f"{path.name}: {error}")
            return False
        self.status_message.emit(f"Exported {path.name}")
        return True
