"""File › Print… and Export › PDF: the same page as the HTML export, the flowchart included.

The page is laid out by a ``QTextDocument`` from the HTML export, with the chart
drawn by the same renderer as the PNG export and handed to the document as its
own resource (nothing is loaded from the disk or the network), scaled to the
paper's width.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QTextDocument, QTextImageFormat

from app.errors import DocumentError
from app.model import PostMortem
from widgets.dialogs import Dialogs
from widgets.document import Document

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
        width = printer.pageLayout().paintRect(QPageLayout.Unit.Point).width()
        document = printable_document(model, width)
        document.print_(printer)
    finally:
        QGuiApplication.restoreOverrideCursor()


class Printing(QObject):
    """Print… and Export › PDF for one window's document."""

    status_message = Signal(str)

    def __init__(self, document: Document, dialogs: Dialogs, suggested_folder: Callable[[], Path], parent: QObject):
        super().__init__(parent)
        self._document = document
        self._dialogs = dialogs
        self._folder = suggested_folder

    def print_document(self) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._document.model.metadata.title or "Post-mortem")
        if not self._dialogs.ask_print(printer):
            return False
        print_model(self._document.snapshot(), printer)
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
        print_model(self._document.snapshot(), pdf_printer(partial))
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
