"""Copying a preview selection that reaches past the laid-out pieces, made in the background.

The preview holds every piece's HTML (compressed), converted once already; what is
selected is made from it here, a piece at a time in a text document of its own, as
the preview lays each piece out, so the text is the one the reader sees: the same
plain text and rich text Qt's own Copy gives for a laid-out selection. 10,000 events
are 1,113 pieces: seconds of work, which must not hold up the window (a text document
holding the whole took 22 MB and a 4.5 s call that kept Python's lock). So a job
makes it piece by piece, giving way between pieces; a progress dialog with Cancel
appears when it takes more than a moment; the clipboard gets both forms at the end.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import QProgressDialog, QWidget

from widgets.preview_document import new_text_document
from widgets.preview_render import PieceHtml, PreviewPlan, append_html
from widgets.preview_spots import Spot
from widgets.runner import Job, Runner

SHOW_PROGRESS_MS = 400
"""A copy taking longer than this shows its progress (and Cancel)."""
_START, _END = "<!--StartFragment-->", "<!--EndFragment-->"
# What ``QTextDocument.toPlainText`` makes of paragraph and line separators, frames' ends and no-break spaces.
_PLAIN = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n", "\xa0": " "})


@dataclass
class CopyInput:
    parts: list[PieceHtml]
    """The HTML of the pieces from the selection's first to its last."""
    starts_document: bool
    """``parts[0]`` is the document's first piece (laid out on its own, as the preview lays it out)."""
    start: int
    """Where the selection starts in the first piece's text."""
    end: int
    """Where it ends in the last piece's text."""


@dataclass
class Copied:
    text: str
    html: str


def copy_selection(request: CopyInput, job: Job | None = None) -> Copied:
    """The plain text and HTML of the selection, as Qt's Copy would give them had it all been laid out."""
    texts: list[str] = []
    bodies: list[str] = []
    head = ""
    count = len(request.parts)
    for index, part in enumerate(request.parts):
        if job is not None:
            job.give_way()
        document, start = _piece_document(part, index == 0 and request.starts_document)
        end = document.characterCount() - 1
        cursor = QTextCursor(document)
        last = min(end, start + request.end) if index == count - 1 else end
        cursor.setPosition(min(end, start + request.start) if index == 0 else start)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        fragment = QTextDocumentFragment(cursor)
        # The first piece's text as Qt gives it (a selection starting inside a list item starts with a line
        # break); the rest as it reads on from there: Qt's text of a fragment is not the sum of its parts.
        texts.append(fragment.toPlainText() if index == 0 else cursor.selectedText().translate(_PLAIN))
        html = fragment.toHtml()
        opening, body = _body_of(html)
        if not head:
            head = html[:opening]
        bodies.append(body)
        del document, cursor, fragment, html
        if job is not None and (index % 20 == 0 or index == count - 1):
            job.report((index + 1, count))
    html = f"{head}{_START}{''.join(bodies)}{_END}</body></html>" if head else ""
    return Copied("\n".join(texts), html)


def _body_of(html: str) -> tuple[int, str]:
    """Where the body of Qt's HTML of a fragment opens, what it holds (the fragment's markers left out)."""
    opening = html.find(">", html.find("<body")) + 1
    closing = html.rfind("</body>")
    start, end = html.find(_START, opening), html.rfind(_END, opening, closing)
    if start >= 0 and end >= 0:
        return opening, html[start + len(_START) : end]
    return opening, html[opening:closing]


def _piece_document(part: PieceHtml, starts_document: bool):
    """A document laying out ``part`` as the preview's window does, and where the piece's text starts in it."""
    if starts_document:
        return new_text_document(part.text()), 0
    document = new_text_document("")
    append_html(QTextCursor(document), part.text())
    return document, document.findBlockByNumber(1).position()


def copy_input(plan: PreviewPlan, start: Spot, end: Spot) -> CopyInput | None:
    """What to copy from ``plan`` between ``start`` and ``end``; None while a piece of it is not converted yet."""
    last = min(end.piece, len(plan.pieces) - 1)
    parts = plan.html[start.piece : last + 1]
    if any(part is None for part in parts):
        return None
    return CopyInput([part for part in parts if part is not None], start.piece == 0, start.offset, end.offset)


class PreviewCopier(QObject):
    """Copies a preview selection in the background; the clipboard gets it when it is made."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner = Runner(copy_selection, self, name="preview copy")
        self.runner.finished.connect(lambda _key, copied: self._copied(copied))
        self.runner.progressed.connect(lambda _key, done: self._progressed(*done))
        self.runner.failed.connect(lambda _key, error: self._ended(f"Cannot copy: {error}"))
        self.progress: QProgressDialog | None = None
        self._waiting = False  # asked while the preview was still converting

    def copy_selection(self, plan: PreviewPlan, start: Spot, end: Spot) -> None:
        """Copy from ``start`` to ``end``, once the preview is whole (the first screen's plan ends early)."""
        request = copy_input(plan, start, end) if plan.complete else None
        self._show_progress("Copying the preview…")
        if request is None:
            self._waiting = True
            self.progress.setLabelText("Waiting for the preview to be ready…")  # type: ignore[union-attr]
            return
        self._waiting = False
        self.runner.request(lambda: request, key="copy", immediately=True)

    def preview_ready(self, plan: PreviewPlan, selected: tuple[Spot, Spot] | None) -> None:
        """The preview converted every piece: a copy waiting for it goes on, of the selection as it is now.

        The selection follows edits made meanwhile, and goes when an edit touched it or another
        document was opened: then nothing is copied, and the status bar says why.
        """
        waiting, self._waiting = self._waiting, False
        if not waiting:
            return
        if selected is None:
            self._ended("Nothing copied: the selection changed meanwhile")
            return
        self.copy_selection(plan, *selected)

    def cancel(self) -> None:
        self._waiting = False
        self.runner.cancel("copy")
        self._ended("Copy cancelled")

    def _show_progress(self, text: str) -> None:
        if self.progress is not None:
            return
        parent = self.parent()
        dialog = QProgressDialog(text, "Cancel", 0, 0, parent if isinstance(parent, QWidget) else None)
        dialog.setWindowTitle("Copy")
        # Not modal: a modal progress dialog runs the event loop inside each setValue.
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(SHOW_PROGRESS_MS)  # shown only if the copy takes that long
        dialog.canceled.connect(self.cancel)
        self.progress = dialog

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(f"Copying the preview: part {done:,} of {total:,}")

    def _copied(self, copied: Copied) -> None:
        # The clipboard's data is made by Qt (setText), then given the HTML too: a QMimeData made in
        # Python and handed to the clipboard was deleted by Qt after Python had ended, and the editor
        # crashed on quitting.
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(copied.text)
        data = clipboard.mimeData()
        if copied.html and data is not None and data.text() == copied.text:
            data.setHtml(copied.html)
        self._ended(f"Copied {len(copied.text):,} characters")

    def _ended(self, message: str) -> None:
        dialog, self.progress = self.progress, None
        if dialog is not None:
            dialog.blockSignals(True)  # closing it says "canceled"
            dialog.close()
            dialog.deleteLater()
        self.status_message.emit(message)
