"""The printed page made and printed in short steps, so that printing shows its progress and stops when asked.

``QTextDocument.setHtml`` of the whole 10,000-event page ran 4.5 s in one call that
kept Python's lock (the window froze with it, though it ran in a worker) and could not
be stopped; ``QTextDocument.print_`` another 2.5 s. Here the page is made as the
preview makes its own: the Markdown export cut into pieces, each converted and added
to the document on its own (``widgets.preview_render``), then laid out a few hundred
blocks at a time, then printed one page at a time. Between two steps the work
gives way to a busy window and stops if cancelled (``Steps.check``).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QImage,
    QPainter,
    QPalette,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from app.model import PostMortem
from widgets.runner import JobCancelledError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

CHART_NAME = "postmortem-chart.png"
LAYOUT_STEP_BLOCKS = 150
"""Blocks laid out in one step (10,000 events: 30,000 blocks, some 15 ms a step)."""
REPORT_SECONDS = 0.1
PRINT_CHART_DPI = 200
"""The chart's picture is printed at this resolution at most (its labels stay sharp on paper)."""

# Share of the bar each stage takes (measured on 10,000 events: converting is most of the time).
_STAGES = {"convert": (0.0, 0.6), "layout": (0.6, 0.2), "print": (0.8, 0.2)}


@dataclass(frozen=True)
class Progress:
    """How far printing has gone: ``fraction`` of the whole, and what it is doing."""

    stage: str  # "convert", "layout" or "print"
    fraction: float
    text: str


class SendingGate:
    """A Cancel on the UI thread and a printer opened by the worker: whichever comes first wins, the other is refused.

    A printer is sent what was painted when the painter ends, whatever happens: once the worker has
    opened it, stopping would send half the pages. The worker commits just before opening the printer;
    the window asks here before cancelling, and a Cancel that comes later is refused (and said so)
    rather than reported as done while the pages go out anyway.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = "open"

    def commit(self) -> bool:
        """The worker is about to open the printer: False if a Cancel came first."""
        with self._lock:
            if self._state == "cancelled":
                return False
            self._state = "committed"
            return True

    def cancel(self) -> bool:
        """The user cancels: False once the worker has committed (the pages go out whole)."""
        with self._lock:
            if self._state == "committed":
                return False
            self._state = "cancelled"
            return True


@dataclass
class Steps:
    """What the stepwise work calls between steps: ``check`` (raises to stop), ``report`` (progress).

    ``gate`` is a printer's (None for a PDF, which a cancel simply leaves unwritten): past its commit, just
    before the printer is opened, no check stops the work, so that a printer never gets half the pages.
    """

    check: Callable[[], None] = lambda: None
    report: Callable[[Progress], None] = lambda _progress: None
    cancel_event: threading.Event | None = None
    gate: SendingGate | None = None
    _last_report: float = field(default=0.0)

    def commit(self) -> None:
        """Just before the output is opened: stop now if asked; for a printer, the last chance to."""
        self.check()
        if self.gate is None:
            return
        if not self.gate.commit():
            raise JobCancelledError  # cancelled before the printer was opened: nothing was sent
        stop_or_give_way = self.check

        def give_way_only() -> None:
            # The pages go out whole from here (closing the window does not stop them), still giving way
            # to a busy window between two pages.
            with contextlib.suppress(JobCancelledError):
                stop_or_give_way()

        self.check = give_way_only

    def progress(self, stage: str, done: int, total: int, text: str, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_report < REPORT_SECONDS:
            return
        self._last_report = now
        start, share = _STAGES[stage]
        self.report(Progress(stage, start + share * min(1.0, done / max(1, total)), text))


def chart_png(model: PostMortem) -> bytes | None:
    if not model.humor.flowchart.nodes:
        return None
    from app.errors import DocumentError
    from app.flowchart.export import render_chart

    try:
        return render_chart(model, "png")
    except DocumentError:
        return None  # no renderer: the page keeps the export's words for the chart


def blank_page() -> QTextDocument:
    """An empty text document, with its layout, for a print worker to make the page in: call on the UI thread.

    Making a text document's layout connects the two, under one of Qt's locks for
    connections, and deleting it ends that connection under the same kind of lock;
    PySide keeps Python's lock through both calls. Done by a print worker, it waited
    for Qt's lock while the UI thread, holding that lock to end a connection to Python
    code, waited for Python's: a deadlock seen in the tests. So the document and its
    layout are made here, and deleted on the UI thread too (the caller keeps it until
    its job has ended, ``Runner.ended``). In between it belongs to no thread, so that
    the worker may add the text's frames, lists and tables to it (Qt refuses children
    made in another thread than their parent's).
    """
    document = QTextDocument()
    document.setUndoRedoEnabled(False)  # nobody undoes the making of a page: no record of each step kept
    document.documentLayout()
    document.moveToThread(None)  # type: ignore[arg-type]  # no thread: usable by the worker, no events
    return document


def printable_document(
    model: PostMortem, page: QSizeF, steps: Steps | None = None, into: QTextDocument | None = None
) -> QTextDocument:
    """The HTML export's page as a text document of ``page`` size (points), laid out, the chart drawn into it.

    Made in ``into`` (a ``blank_page``) when given, else in a new document: on the UI thread only.
    """
    steps = steps or Steps()
    png = chart_png(model)
    chart = QImage.fromData(png, "PNG") if png is not None else None
    if chart is not None and chart.isNull():
        chart = None
    steps.check()
    document = into
    if document is None:
        document = QTextDocument()
        document.setUndoRedoEnabled(False)  # nobody undoes the making of a page: no record of each step kept
    try:
        _fill(document, model, page, chart, steps)
    except BaseException:
        dismantle(document)
        raise
    return document


def _fill(document: QTextDocument, model: PostMortem, page: QSizeF, chart: QImage | None, steps: Steps) -> None:
    from app.formats.html_export import STYLE
    from widgets.preview_render import append_html, markdown_in_parts, markdown_to_html, pieces

    texts = pieces(markdown_in_parts(model, CHART_NAME if chart is not None else None, steps.check), steps.check)
    document.setPageSize(page)
    document.setDefaultStyleSheet(STYLE)
    # As wide as the text column at most; the picture's pixels drawn at 96 dpi, in points.
    shown = min(page.width() - 2 * document.documentMargin(), chart.width() * 0.75) if chart is not None else 0.0
    if chart is not None:
        chart = for_paper(chart, shown)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_NAME), chart)
    cursor = QTextCursor(document)
    # The first block of the first piece naming the chart's picture: the search for it starts there (a later
    # piece whose text mentions the file's name would start it past the picture, leaving it unsized).
    chart_from: int | None = None
    for index, text in enumerate(texts):
        steps.check()
        html = markdown_to_html(text, steps.cancel_event)
        steps.check()
        if chart_from is None and CHART_NAME in html:
            chart_from = max(0, document.blockCount() - 1)
        if index == 0:
            document.setHtml(html)
        else:
            append_html(cursor, html)
        steps.progress("convert", index + 1, len(texts), f"Preparing the page: part {index + 1:,} of {len(texts):,}")
    if chart is not None:
        _fit_chart(document, chart, chart_from or 0, shown)
    lay_out(document, steps)


DISMANTLE_BLOCKS = 1000


def dismantle(document: QTextDocument) -> None:
    """Empty ``document`` from its end, a thousand blocks at a time, letting other threads run in between.

    Deleted whole, the 30,000 blocks of 10,000 events took 50-70 ms of one call that kept Python's
    lock (the window froze for it, at the end of every large print): some 7 ms a step so.
    """
    cursor = QTextCursor(document)
    while document.blockCount() > 1:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        start = document.findBlockByNumber(max(0, document.blockCount() - DISMANTLE_BLOCKS)).position()
        cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        time.sleep(0)  # hands Python's lock to a thread waiting for it (the window's)


def for_paper(chart: QImage, width_points: float) -> QImage:
    """The chart's picture flattened on white and no finer than ``PRINT_CHART_DPI`` at ``width_points`` wide.

    A PDF page with the picture as drawn (2,043 × 1,327 pixels with an alpha channel) took
    630 ms to print, one call that kept Python's lock: the window froze for it. White paper
    needs no alpha channel, and 200 dots per inch are plenty: some 70 ms.
    """
    most = max(1, round(width_points / 72 * PRINT_CHART_DPI))
    if chart.width() > most:
        chart = chart.scaledToWidth(most, Qt.TransformationMode.SmoothTransformation)
    flat = QImage(chart.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, chart)
    painter.end()
    return flat


def lay_out(document: QTextDocument, steps: Steps) -> None:
    """Lay the whole document out, ``LAYOUT_STEP_BLOCKS`` at a time (asking a block's place lays out up to it)."""
    layout = document.documentLayout()
    count = document.blockCount()
    for number in range(LAYOUT_STEP_BLOCKS, count + LAYOUT_STEP_BLOCKS, LAYOUT_STEP_BLOCKS):
        steps.check()
        layout.blockBoundingRect(document.findBlockByNumber(min(number, count - 1)))
        steps.progress("layout", number, count, "Laying out the pages…")


def _fit_chart(document: QTextDocument, chart: QImage, from_block: int, width: float) -> None:
    """Give the chart's image its size in the layout, ``width`` points wide, looking from block ``from_block`` on."""
    block = document.findBlockByNumber(from_block)
    while block.isValid():
        for fragment_range in block.textFormats():
            fmt = fragment_range.format
            if fmt.isImageFormat() and fmt.toImageFormat().name() == CHART_NAME:
                cursor = QTextCursor(document)
                cursor.setPosition(block.position() + fragment_range.start)
                cursor.setPosition(
                    block.position() + fragment_range.start + fragment_range.length, QTextCursor.MoveMode.KeepAnchor
                )
                image = QTextImageFormat(fmt.toImageFormat())
                image.setWidth(width)
                image.setHeight(width * chart.height() / chart.width())
                cursor.setCharFormat(image)
                return
        block = block.next()


def page_numbers(printer: QPrinter, count: int) -> list[int]:
    """The pages to print (from 1), as the print dialog's page range chose, as ``QTextDocument.print_`` does."""
    ranges = printer.pageRanges()
    if ranges.isEmpty():
        return list(range(1, count + 1))
    first, last = max(1, ranges.firstPage()), min(count, ranges.lastPage())
    return [page for page in range(first, last + 1) if ranges.contains(page)]


def print_pages(document: QTextDocument, printer: QPrinter, steps: Steps | None = None) -> int:
    """Print the laid-out ``document`` on ``printer`` one page at a time; the number of pages printed.

    The document's page maps onto the printer's page as in ``QTextDocument.print_``.
    Stopped between two pages (``steps.check`` raised), the painter is ended all the same; a printer's
    ``steps`` (with a gate) are never stopped once it is opened.
    """
    steps = steps or Steps()
    numbers = page_numbers(printer, document.pageCount())
    if not numbers:
        return 0
    steps.commit()
    page = document.pageSize()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        steps.check()
        painter.scale(printer.width() / page.width(), printer.height() / page.height())
        layout = document.documentLayout()
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = context.palette
        palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)  # black on paper, whatever the theme
        context.palette = palette
        for done, number in enumerate(numbers):
            steps.check()
            if done and not printer.newPage():
                raise OSError("the printer refused a new page")
            view = QRectF(0, (number - 1) * page.height(), page.width(), page.height())
            painter.save()
            painter.translate(0, -view.top())
            painter.setClipRect(view)
            context.clip = view
            layout.draw(painter, context)
            painter.restore()
            steps.progress("print", done + 1, len(numbers), f"Printing page {done + 1:,} of {len(numbers):,}")
    finally:
        painter.end()
    return len(numbers)
