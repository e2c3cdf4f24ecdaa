"""File › Print… and Export › PDF: the same page as the HTML export, the flowchart included.

The page is a ``QTextDocument`` of the HTML export's body, with the chart drawn by
the same renderer as the PNG export and handed to the document as its own resource
(nothing is loaded from the disk or the network), scaled to the paper's width
(``widgets.print_steps``).

A large document is made and printed off the UI thread, in short steps: a progress
dialog follows it, and Cancel (or closing the window) stops it within one step. A
PDF (Export › PDF, or the print dialog's "Print to File") is written beside its name
and moved into place once whole: a cancelled or failed print leaves no file behind.
A printer, though, is handed the pages by Qt's print system only when the painter
ends (``QPrinter.abort`` cannot stop a CUPS print run): so the last stage, the
pages sent to a printer, offers no Cancel, and the stages before it send nothing.
The worker opens the printer only through a ``SendingGate``: a Cancel that comes
after that (before the dialog heard of it) is refused with a word, never half-done.
"""

from __future__ import annotations

import contextvars
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QSizeF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QTextDocument

from app.model import PostMortem
from widgets.dialogs import Dialogs
from widgets.document import Document
from widgets.print_steps import (
    CHART_NAME,
    Progress,
    SendingGate,
    Steps,
    blank_page,
    dismantle,
    print_pages,
)
from widgets.print_steps import printable_document as _printable_document
from widgets.runner import Job, Runner

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QProgressDialog

# QtPrintSupport and the HTML export are imported when a page is printed: startup does not pay for them.

__all__ = ["CHART_NAME", "Printing", "is_large", "pdf_printer", "print_page", "printable_document"]


def printable_document(model: PostMortem, width: float = 640.0) -> QTextDocument:
    """The HTML export's page as a text document ``width`` points wide (an A4 page's height), the chart drawn in."""
    return _printable_document(model, QSizeF(width, width * 1.414))


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


# The steps of the print job running on this thread (a job sets them; a print on the UI thread has none).
_current_steps: contextvars.ContextVar[Steps | None] = contextvars.ContextVar("print_steps", default=None)


def print_model(model: PostMortem, printer: QPrinter) -> None:
    """Lay the page out on ``printer``'s paper and print it, here (a small document: a moment)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        print_page(model, printer)
    finally:
        QGuiApplication.restoreOverrideCursor()


def print_page(model: PostMortem, printer: QPrinter, into: QTextDocument | None = None) -> None:
    """Lay the page out and print it (no cursor, no dialog).

    On the UI thread, or in a worker given ``into``: a ``blank_page`` made on the UI thread, which
    this leaves empty (its deletion is the caller's). The document's page is the printer's printable
    area, so that the text is not stretched on the paper.
    """
    steps = _current_steps.get() or Steps()
    area = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document = _printable_document(model, QSizeF(area.width(), area.height()), steps, into)
    try:
        print_pages(document, printer, steps)
    finally:
        dismantle(document)


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
    gate: SendingGate | None = None
    """A printer's (``partial`` is None): decides between a Cancel and the printer being opened."""
    page: QTextDocument | None = None
    """Where the job makes the page: a ``blank_page``, made on the UI thread when the job starts."""

    def __post_init__(self) -> None:
        if self.partial is None and self.gate is None:
            self.gate = SendingGate()


def _print_job(job_input: PrintJob, job: Job) -> PrintJob:
    steps = Steps(job.give_way, job.report, job.cancel_event, job_input.gate)
    token = _current_steps.set(steps)
    try:
        job.check()
        print_page(job_input.model, job_input.printer, job_input.page)
        if job_input.gate is None:
            job.check()  # cancelled while the last page was printed: the file is not kept either
    except BaseException:
        if job_input.partial is not None:
            job_input.partial.unlink(missing_ok=True)  # never half a PDF left beside the name
        raise
    finally:
        _current_steps.reset(token)
        job_input.page = None  # held by the window alone from now: deleted there (``blank_page``)
    return job_input


def _file_output(printer: QPrinter) -> Path | None:
    """The file the print dialog's "Print to File" chose, if any."""
    from PySide6.QtPrintSupport import QPrinter

    name = printer.outputFileName()
    return Path(name) if name and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else None


def partial_path(path: Path) -> Path:
    """Where a PDF is written before it is whole: beside its name, hidden."""
    return path.with_name(f".{path.name}.partial")


_KEYS = itertools.count(1)


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
        self.runner.finished.connect(lambda key, done: self._printed(key, done))
        self.runner.failed.connect(lambda key, error: self._failed(key, error))
        self.runner.progressed.connect(lambda key, progress: self._progressed(key, progress))
        # Each job's page, made and deleted here on the UI thread (``blank_page``): let go of once its job ended.
        self._pages: dict[tuple[str, int], QTextDocument] = {}
        self.runner.ended.connect(lambda key: self._pages.pop(key, None))
        self._job_key: tuple[str, int] | None = None
        self._job: PrintJob | None = None
        self._cancel_offered = False
        self._cancelled_message = ""
        self.progress: QProgressDialog | None = None
        """The dialog following a print in the background, with its Cancel (None when none runs)."""

    def is_printing(self) -> bool:
        return self._job_key is not None

    def print_document(self) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        if self._refuse_second():
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._document.model.metadata.title or "Post-mortem")
        if not self._dialogs.ask_print(printer):
            return False
        path = _file_output(printer)
        partial = partial_path(path) if path is not None else None
        if partial is not None:
            printer.setOutputFileName(str(partial))  # "Print to File": whole, or not at all
        model = self._document.snapshot()
        if is_large(model):
            self._start(PrintJob(model, printer, partial, path), "Printing…", "Printing")
            return True
        print_model(model, printer)
        if partial is not None and path is not None:
            return self._move_into_place(partial, path)
        self.status_message.emit("Sent to the printer")
        return True

    def export_pdf(self) -> bool:
        if self._refuse_second():
            return False
        current = self._document.path
        name = current.with_suffix(".pdf").name if current else "post-mortem.pdf"
        path = self._dialogs.save_path("Export PDF", self._folder() / name, "PDF document (*.pdf)")
        if path is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        # Written beside, then moved into place: a failed print never leaves half a PDF under the name.
        partial = partial_path(path)
        model = self._document.snapshot()
        if is_large(model):
            self._start(PrintJob(model, pdf_printer(partial), partial, path), f"Exporting {path.name}…", "Export PDF")
            return True
        try:
            print_model(model, pdf_printer(partial))
        except Exception:
            partial.unlink(missing_ok=True)
            raise
        return self._move_into_place(partial, path)

    def cancel(self) -> None:
        """Stop the print running in the background: nothing is kept of it."""
        if self._job_key is None:
            return
        job = self._job
        if job is not None and job.gate is not None and not job.gate.cancel():
            self._offer_no_cancel()
            self.status_message.emit("The pages are on their way to the printer: printing can no longer be cancelled")
            return
        self.runner.cancel(self._job_key)
        self._end_job()
        if job is not None and job.partial is not None:
            job.partial.unlink(missing_ok=True)  # the job removes it too, when it stops; this may come first
        self.status_message.emit(self._cancelled_message)

    # ----------------------------------------------------------------- the job in the background

    def _cancel_asked(self) -> None:
        if self._cancel_offered:
            self.cancel()

    def _refuse_second(self) -> bool:
        if self._job_key is None:
            return False
        self.status_message.emit("Already printing: wait for it, or cancel it")
        if self.progress is not None:
            self.progress.raise_()
        return True

    def _start(self, job: PrintJob, message: str, title: str) -> None:
        from PySide6.QtWidgets import QProgressDialog, QWidget

        self._job_key = ("print", next(_KEYS))
        self._cancelled_message = "Printing cancelled" if title == "Printing" else "Export cancelled"
        self._job = job
        job.page = self._pages[self._job_key] = blank_page()
        self.runner.request(lambda: job, key=self._job_key, immediately=True)
        parent = self.parent()
        dialog = QProgressDialog(message, "Cancel", 0, 1000, parent if isinstance(parent, QWidget) else None)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable meanwhile
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        self._cancel_offered = True
        dialog.canceled.connect(self._cancel_asked)
        dialog.setValue(0)
        dialog.show()
        self.progress = dialog
        self.status_message.emit(message)

    def _progressed(self, key: object, progress: Progress) -> None:
        dialog = self.progress
        if key != self._job_key or dialog is None:
            return
        dialog.setLabelText(progress.text)
        dialog.setValue(round(progress.fraction * 1000))
        job = self._job
        if progress.stage == "print" and job is not None and job.gate is not None:
            # A printer gets what is painted once the painter ends, whatever happens: past this point a
            # cancel would send half the pages, so none is offered (the stages before sent nothing).
            self._offer_no_cancel()

    def _offer_no_cancel(self) -> None:
        self._cancel_offered = False
        dialog = self.progress
        if dialog is not None:
            dialog.setCancelButton(None)  # type: ignore[arg-type]  # removed: nothing to cancel any more
            # A Cancel clicked a moment too late has already hidden the dialog (its own reaction to the
            # click): it shows again, since the printing it follows goes on.
            dialog.show()

    def _end_job(self) -> None:
        self._job_key = None
        self._job = None
        dialog, self.progress = self.progress, None
        if dialog is not None:
            dialog.blockSignals(True)  # closing a progress dialog says "canceled"
            dialog.close()
            dialog.deleteLater()

    def _failed(self, key: object, error: BaseException) -> None:
        if key != self._job_key:
            return
        self._end_job()
        self._dialogs.show_error("Cannot Print", str(error))

    def _printed(self, key: object, done: PrintJob) -> None:
        if key != self._job_key:
            return
        self._end_job()
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
