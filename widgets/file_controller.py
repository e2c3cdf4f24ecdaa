"""Files of one window: new, open, save, save as, export, close, recent files.

Every failure is a ``DocumentError`` shown through the dialog seam with the
file's name; the open document is never touched by a failed open, and a
failed save leaves the document modified and the file on disk as it was.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.errors import DocumentError
from app.formats import files
from app.model import PostMortem
from app.safe_files import resolved, same_file
from widgets.dialogs import Dialogs, UnsavedChoice
from widgets.document import Document
from widgets.file_reading import DiskStamp, Opening, ReadResult, read_document
from widgets.findings import Findings
from widgets.recovery import Autosaver
from widgets.runner import Job, Runner
from widgets.settings import Settings

if TYPE_CHECKING:
    from widgets.file_writing import WriteOutcome, WriteRequest

__all__ = ["EXPORT_FILTERS", "DiskStamp", "FileController"]

EXPORT_FILTERS = {
    ".md": "Markdown (*.md)",
    ".html": "HTML page (*.html)",
    ".png": "PNG image (*.png)",
    ".svg": "SVG image (*.svg)",
}


class FileController(QObject):
    recent_files_changed = Signal()
    status_message = Signal(str)
    opened = Signal(str, list)  # a file was opened: its name and the import's notes on what it guessed
    opening_changed = Signal(str)  # the name of the file being read, "" once the open has ended
    open_finished = Signal(bool)  # an open started by ``open_path`` ended: True when the file was opened

    def __init__(self, document: Document, dialogs: Dialogs, settings: Settings, autosaver: Autosaver, parent=None):
        super().__init__(parent)
        self._document = document
        self._dialogs = dialogs
        self._settings = settings
        self._autosaver = autosaver
        self._stamp: DiskStamp | None = None
        self._read_from: Path | None = None  # the plain-text or HTML page the document was read from
        # Pages written off the UI thread (a chart to draw, exports): a newer write of the same
        # file supersedes one not done yet.
        self._writes = Runner(_write_page, self, name="writes")
        self._writes.finished.connect(self._on_written)
        self._warnings_shown: set[str] = set()
        # Files are read and parsed here, off the UI thread; one open at a time.
        self._reader = Runner(read_document, self, name="open")
        self._reader.finished.connect(self._on_read)
        self._reader.failed.connect(self._on_read_failed)
        self._opening: Opening | None = None
        self._last_open_worked = False

    # ----------------------------------------------------------------- names

    def display_name(self) -> str:
        return self._document.path.name if self._document.path else "Untitled"

    def _folder(self) -> Path:
        if self._document.path:
            return self._document.path.parent
        return self._settings.last_folder or Path.home()

    # ----------------------------------------------------------------- new / open / close

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the current document."""
        return self._settle_unsaved_changes() is not UnsavedChoice.CANCEL

    def _settle_unsaved_changes(self) -> UnsavedChoice | None:
        """Ask about unsaved changes and act on the answer.

        None when there was nothing to ask; CANCEL also when the save failed.
        """
        if self._writes.is_busy():
            self._writes.wait()  # a save under way ends first: it may be all the question was about
        if not self._document.is_modified():
            return None
        choice = self._dialogs.ask_unsaved_changes(self.display_name())
        if choice is UnsavedChoice.SAVE:
            saved = self.save() and self._writes.wait() and not self._document.is_modified()
            return UnsavedChoice.SAVE if saved else UnsavedChoice.CANCEL
        if choice is UnsavedChoice.DISCARD:
            self._autosaver.discard()
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def new_document(self, model: PostMortem | None = None) -> bool:
        if self._opening is not None and self._opening.deciding:
            return self._still_opening()
        if not self.maybe_save():
            return False
        self.cancel_open()  # the user chose another document than the one being read
        self._autosaver.discard()
        self._document.replace_model(model if model is not None else PostMortem(), None)
        self._stamp = None
        self._read_from = None
        self.status_message.emit("New post-mortem")
        return True

    def new_from_template(self) -> bool:
        from app import templates

        name = self._dialogs.choose_template(templates.available())
        if name is None:
            return False
        try:
            model = templates.load_template(name)
        except DocumentError as error:
            self._dialogs.show_error("New from Template", f"{name}: {error}")
            return False
        return self.new_document(model)

    def open_dialog(self) -> bool:
        if self.is_opening():
            return self._still_opening()
        path = self._dialogs.open_path(self._folder())
        return self.open_path(path) if path else False

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Start opening ``path`` into this window; True when started (``open_finished`` tells the end).

        The file is read and parsed on the runner's thread (a 60 MB file takes
        seconds), and the window answers meanwhile. It is read before asking
        about unsaved changes, so a file that cannot be opened never costs the
        user a decision (or their work); on any problem one dialog names the
        file and the current document stays. One open at a time: another asked
        for while one is under way is refused with a word on the status bar.
        """
        if self.is_opening():
            return self._still_opening()
        path = Path(path)
        self._opening = Opening(path, ask, DiskStamp.of(path))
        self._last_open_worked = False
        self.opening_changed.emit(path.name)
        self._reader.request(lambda: path, immediately=True)
        return True

    def open_now(self, path: Path, *, ask: bool = True) -> bool:
        """Open ``path`` and wait for the end (start-up with a small file, recovery, the library): True if opened."""
        return self.open_path(path, ask=ask) and self.wait_for_open()

    def is_opening(self) -> bool:
        return self._opening is not None

    def cancel_open(self) -> None:
        """Stop the open under way (its file is still being read); nothing changes in the window."""
        opening = self._opening
        if opening is None or opening.deciding:
            return
        self._reader.cancel()
        self.status_message.emit(f"Did not open {opening.path.name}")
        self._end_open(False)

    def wait_for_open(self, msecs: int = 60000) -> bool:
        """Block until the open under way has ended; True when the file was opened (tests, start-up, recovery)."""
        deadline = time.monotonic() + msecs / 1000
        while self._opening is not None and time.monotonic() < deadline:
            self._reader.wait(max(1, int((deadline - time.monotonic()) * 1000)))
            if self._opening is not None and not self._reader.is_busy():
                break  # the read ended without a word (the window is closing)
        return self._opening is None and self._last_open_worked

    def _still_opening(self) -> bool:
        assert self._opening is not None
        self.status_message.emit(f"Still opening {self._opening.path.name}…")
        return False

    def _on_read(self, _key: object, result: ReadResult) -> None:
        opening = self._opening
        if opening is None:
            return
        try:
            opening.deciding = True  # a modal question may follow: no cancel, no second open meanwhile
            worked = self._take(opening, result)
        finally:
            opening.deciding = False
        if worked is not None:
            self._end_open(worked)

    def _on_read_failed(self, _key: object, error: object) -> None:
        # A bug in reading, not the file: still a dialog, never a traceback and a silent window.
        if self._opening is not None:
            name = self._opening.path.name
            self._dialogs.show_error("Cannot Open File", f"{name}: internal error ({type(error).__name__})")
            self._end_open(False)

    def _take(self, opening: Opening, result: ReadResult) -> bool | None:
        """Put what was read in the window; None when the file must be read again first."""
        path = opening.path
        if result.error:
            self._dialogs.show_error("Cannot Open File", f"{path.name}: {result.error}")
            if not os.path.lexists(path):
                self._settings.remove_recent_file(path)
                self.recent_files_changed.emit()
            return False
        if opening.ask:
            settled = self._settle_unsaved_changes()
            if settled is UnsavedChoice.CANCEL:
                return False
            if settled is UnsavedChoice.SAVE and DiskStamp.of(path) != opening.stamp:
                # The save wrote the very file being opened (reopening it from Open Recent,
                # or dropping it): what was read is out of date. Read it again, asking nothing.
                opening.ask = False
                self._reader.request(lambda: path, immediately=True)
                return None
        assert result.model is not None
        self._autosaver.discard()
        # replace_model counts one change: what was found while reading is for that revision.
        Findings.of(self._document).prime(result.findings, self._document.revision + 1)
        self._document.replace_model(result.model, resolved(path))
        self._stamp = DiskStamp.of(path)
        # A page read from plain text or HTML is not this document's file: no export may replace it, even
        # once the document is saved beside it as Markdown.
        self._read_from = resolved(path) if files.suffix_of(path) not in files.SAVEABLE_SUFFIXES else None
        self._remember(path)
        notes = result.notes
        if notes:
            count = f"{len(notes)} note{'s' if len(notes) != 1 else ''}"
            self.status_message.emit(f"Opened {path.name}: the import left {count} on what it guessed")
        else:
            self.status_message.emit(f"Opened {path.name}")
        self.opened.emit(path.name, notes)
        return True

    def _end_open(self, worked: bool) -> None:
        self._opening = None
        self._last_open_worked = worked
        self.opening_changed.emit("")
        self.open_finished.emit(worked)

    def close_document(self) -> bool:
        return self.new_document()

    # ----------------------------------------------------------------- save

    def save(self) -> bool:
        path = self._document.path
        if path is None or files.suffix_of(path) not in files.SAVEABLE_SUFFIXES:
            return self.save_as()
        changed_on_disk = self._stamp is not None and DiskStamp.of(path) not in (None, self._stamp)
        if changed_on_disk and not self._dialogs.ask_overwrite_changed_file(path):
            return False
        return self._write(path)

    def save_as(self) -> bool:
        current = self._document.path
        if current is not None and files.suffix_of(current) not in files.SAVEABLE_SUFFIXES:
            suggested = current.with_suffix(".md")  # read from plain text: saved beside it, as Markdown
        else:
            suggested = current or self._folder() / files.suggested_file_name(self._document.model, ".json")
        path = self._dialogs.save_path("Save Post-Mortem As", suggested)
        if path is None:
            return False
        if files.suffix_of(path) not in files.SAVEABLE_SUFFIXES:
            self._dialogs.show_error("Cannot Save", f"{path.name}: save as .json or .md")
            return False
        return self._write(path)

    def _write(self, path: Path) -> bool:
        model = self._document.snapshot()
        revision = self._document.revision
        from widgets.file_writing import WriteRequest, written_in_background  # not at start-up: see _write_page

        if written_in_background(model, path, saving=True):
            return self._write_later(WriteRequest(model, path, saving=True, revision=revision))
        try:
            # The file itself is written here and now: whether the save worked decides the modified state.
            files.write_document(model, path)
        except DocumentError as error:
            self._dialogs.show_error("Cannot Save", f"{path.name}: {error}")
            return False
        self._saved(path, revision)
        self.status_message.emit(f"Saved {resolved(path).name}")
        return True

    def _saved(self, path: Path, revision: int) -> None:
        """``path`` now holds the document as it was at ``revision``."""
        path = resolved(path)
        if path != self._document.path:
            self._document.set_path(path)
        if self._document.revision == revision:  # no edit since the copy that was written
            self._document.mark_saved()
            self._autosaver.discard()
        self._stamp = DiskStamp.of(path)
        self._remember(path)

    # ----------------------------------------------------------------- export

    def export(self, suffix: str) -> bool:
        name_filter = EXPORT_FILTERS[suffix]
        suggested = self._folder() / files.suggested_file_name(self._document.model, suffix, self._document.path)
        path = self._dialogs.save_path(f"Export {name_filter.split(' (')[0]}", suggested, name_filter)
        if path is None:
            return False
        if files.suffix_of(path) != suffix:
            path = path.with_name(path.name + suffix)
        if self._read_from is not None and same_file(self._read_from, path):
            self._dialogs.show_error(
                "Cannot Export", f"{path.name} is the page this post-mortem was read from: export it under another name"
            )
            return False
        from widgets.file_writing import WriteRequest

        request = WriteRequest(self._document.snapshot(), path, saving=False, revision=self._document.revision)
        return self._write_later(request)

    # ----------------------------------------------------------------- pages written in the background

    def _write_later(self, request: WriteRequest) -> bool:
        """Write on the runner's thread; the outcome is said when it comes (``_on_written``)."""
        doing = "Saving" if request.saving else "Exporting"
        self.status_message.emit(f"{doing} {request.path.name}…")
        if request.model.humor.flowchart.nodes:
            from widgets.flowchart.chart_font import prepare_chart_font  # not at start: no chart drawn yet

            prepare_chart_font()  # here, on the UI thread: the chart's picture may be drawn with it
        self._writes.request(lambda: request, key=resolved(request.path), immediately=True)
        return True

    def wait_for_writes(self, msecs: int = 60000) -> bool:
        """Block until the pages being written are written and said (tests, closing after a save)."""
        return self._writes.wait(msecs)

    def wait_for_pictures(self, msecs: int = 60000) -> bool:
        """``wait_for_writes``: a Markdown page's picture is written with the page."""
        return self.wait_for_writes(msecs)

    def _on_written(self, _key: object, outcome: WriteOutcome) -> None:
        request = outcome.request
        name = request.path.name
        if outcome.error:
            title = "Cannot Save" if request.saving else "Cannot Export"
            self.status_message.emit(f"{name} was not {'saved' if request.saving else 'exported'}")
            self._dialogs.show_error(title, f"{name}: {outcome.error}")
            return
        if request.saving:
            self._saved(request.path, request.revision)
        done = "saved" if request.saving else "exported"
        picture = files.flowchart_picture_path(request.model, request.path)
        if not outcome.warnings:
            # A picture is a second file the user will find beside the page: say so.
            beside = f", and its flowchart as {picture.name} beside it" if picture is not None else ""
            self.status_message.emit(f"{done.capitalize()} {name}{beside}")
            return
        reason = "; ".join(outcome.warnings)
        message = f"{name} was {done}, but {reason}"
        self.status_message.emit(message)
        if picture is None:
            self._dialogs.show_warning("Exported Without the Flowchart", message)
        elif reason not in self._warnings_shown:
            # Once per reason: every Ctrl+S on a machine without Graphviz need not ask for a click.
            self._warnings_shown.add(reason)
            self._dialogs.show_warning("Flowchart Picture Not Written", message)

    # ----------------------------------------------------------------- recent files

    def recent_files(self) -> list[Path]:
        return self._settings.recent_files

    def clear_recent_files(self) -> None:
        self._settings.clear_recent_files()
        self.recent_files_changed.emit()

    def _remember(self, path: Path) -> None:
        self._settings.add_recent_file(path)
        self._settings.last_folder = resolved(path).parent
        self.recent_files_changed.emit()


def _write_page(request: WriteRequest, job: Job) -> WriteOutcome:
    """``widgets.file_writing.write_page``, imported with the first save or export rather than at start-up.

    The request was made on the UI thread, which imported the module then (the warm-up imports it
    once the window shows): here, on the runner's thread, the import only looks it up.
    """
    from widgets.file_writing import write_page

    return write_page(request, job)
