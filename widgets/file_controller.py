"""Files of one window: new, open, save, save as, export, close, recent files.

Every failure is a ``DocumentError`` shown through the dialog seam with the
file's name; the open document is never touched by a failed open, and a
failed save leaves the document modified and the file on disk as it was.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.errors import DocumentError
from app.formats import files
from app.model import PostMortem
from app.safe_files import resolved
from app.text_pieces import giving_way
from widgets.dialogs import Dialogs, UnsavedChoice
from widgets.document import Document
from widgets.findings import Findings, work_out
from widgets.recovery import Autosaver
from widgets.runner import Job, JobCancelledError, Runner
from widgets.settings import Settings

EXPORT_FILTERS = {
    ".md": "Markdown (*.md)",
    ".html": "HTML page (*.html)",
    ".png": "PNG image (*.png)",
    ".svg": "SVG image (*.svg)",
}


@dataclass(frozen=True)
class DiskStamp:
    """What the file looked like when we last read or wrote it."""

    mtime_ns: int
    size: int

    @classmethod
    def of(cls, path: Path) -> DiskStamp | None:
        try:
            status = os.stat(path)
        except OSError:
            return None
        return cls(status.st_mtime_ns, status.st_size)


OPEN_AT_ONCE_BYTES = 4 * 1024 * 1024
"""A file given at start-up up to this size is read before the window shows (a few tenths of a second)."""


def opens_at_once(path: Path) -> bool:
    """Whether start-up should wait for ``path`` to be read: a small file, or one that is refused at once."""
    stamp = DiskStamp.of(path)
    return stamp is None or stamp.size <= OPEN_AT_ONCE_BYTES


@dataclass
class _Opening:
    """An open under way: the file, whether to ask about unsaved changes, how it looked when asked for."""

    path: Path
    ask: bool
    stamp: DiskStamp | None
    deciding: bool = field(default=False)  # what was read is being put in the window (a question may be open)


@dataclass(frozen=True)
class ReadResult:
    """What reading a file gave: the model and the import's notes, or a one-line reason it cannot be opened."""

    model: PostMortem | None
    notes: list[str]
    error: str = ""
    findings: dict[str, Any] = field(default_factory=dict)  # ``widgets.findings.work_out`` of the model


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
        # One picture per page: a newer save of the same page supersedes a picture not drawn yet.
        self._pictures = Runner(_draw_picture, self, name="pictures")
        self._pictures.finished.connect(self._on_picture_done)
        self._warnings_shown: set[str] = set()
        # Files are read and parsed here, off the UI thread; one open at a time.
        self._reader = Runner(_read_document, self, name="open")
        self._reader.finished.connect(self._on_read)
        self._reader.failed.connect(self._on_read_failed)
        self._opening: _Opening | None = None
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
        if not self._document.is_modified():
            return None
        choice = self._dialogs.ask_unsaved_changes(self.display_name())
        if choice is UnsavedChoice.SAVE:
            return UnsavedChoice.SAVE if self.save() else UnsavedChoice.CANCEL
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
        self._opening = _Opening(path, ask, DiskStamp.of(path))
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

    def _take(self, opening: _Opening, result: ReadResult) -> bool | None:
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
        suggested = self._document.path or self._folder() / _suggested_name(self._document.model, ".json")
        path = self._dialogs.save_path("Save Post-Mortem As", suggested)
        if path is None:
            return False
        if files.suffix_of(path) not in files.SAVEABLE_SUFFIXES:
            self._dialogs.show_error("Cannot Save", f"{path.name}: save as .json or .md")
            return False
        return self._write(path)

    def _write(self, path: Path) -> bool:
        model = self._document.snapshot()
        try:
            # The file itself is written here and now: whether the save worked decides the modified state.
            files.write_document(model, path)
        except DocumentError as error:
            self._dialogs.show_error("Cannot Save", f"{path.name}: {error}")
            return False
        self._draw_picture_beside(model, path)
        path = resolved(path)
        if path != self._document.path:
            self._document.set_path(path)
        self._document.mark_saved()
        self._autosaver.discard()
        self._stamp = DiskStamp.of(path)
        self._remember(path)
        self.status_message.emit(f"Saved {path.name}")
        return True

    # ----------------------------------------------------------------- export

    def export(self, suffix: str) -> bool:
        name_filter = EXPORT_FILTERS[suffix]
        suggested = self._folder() / _suggested_name(self._document.model, suffix, self._document.path)
        path = self._dialogs.save_path(f"Export {name_filter.split(' (')[0]}", suggested, name_filter)
        if path is None:
            return False
        if files.suffix_of(path) != suffix:
            path = path.with_name(path.name + suffix)
        model = self._document.snapshot()
        try:
            warnings = files.write_document(model, path)
        except DocumentError as error:
            self._dialogs.show_error("Cannot Export", f"{path.name}: {error}")
            return False
        self._draw_picture_beside(model, path)
        self.status_message.emit(f"Exported {path.name}")
        if warnings:
            message = f"{path.name} was exported, but {'; '.join(warnings)}"
            self.status_message.emit(message)
            self._dialogs.show_warning("Exported Without the Flowchart", message)
        return True

    # ----------------------------------------------------------------- the flowchart picture of a page

    def _draw_picture_beside(self, model: PostMortem, page: Path) -> None:
        if files.flowchart_picture_path(model, page) is None:
            return
        page = resolved(page)
        self._pictures.request(lambda: (model, page), key=page, immediately=True)

    def wait_for_pictures(self, msecs: int = 60000) -> bool:
        """Block until the pictures being drawn are written (tests; never needed for correctness)."""
        return self._pictures.wait(msecs)

    def _on_picture_done(self, page: Path, warning: str) -> None:
        if not warning:
            # The picture is a second file the user will find beside the page: say so.
            self.status_message.emit(
                f"Saved {page.name}, and its flowchart as {files.picture_name_beside(page)} beside it"
            )
            return
        message = f"{page.name} was saved, but {warning}"
        self.status_message.emit(message)
        if warning not in self._warnings_shown:
            # Once per reason: every Ctrl+S on a machine without Graphviz need not ask for a click.
            self._warnings_shown.add(warning)
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


def _read_document(path: Path, job: Job) -> ReadResult:
    """Read and parse ``path`` on the runner's thread; a problem with the file is a result, not an exception."""
    try:
        # Between pieces of a long text the read pauses while the window is busy.
        with giving_way(job.give_way):
            model, notes = files.load_with_notes(path, check=job.give_way)
            job.give_way()
            found = work_out(model)
    except DocumentError as error:
        return ReadResult(None, [], str(error))
    except JobCancelledError:
        raise
    except Exception as error:  # A bug, not the file: the window says so in its dialog, with the name.
        return ReadResult(None, [], f"internal error ({type(error).__name__})")
    return ReadResult(model, notes, findings=found)


def _draw_picture(what: tuple[PostMortem, Path], _job: Job) -> str:
    """Draw the flowchart picture beside a saved page (Graphviz takes seconds on big charts): a warning or ""."""
    model, page = what
    try:
        warnings = files.write_flowchart_picture(model, page)
    except Exception as error:  # Whatever went wrong, the window says so instead of losing it.
        warnings = [f"the flowchart picture was not written: {error}"]
    return "; ".join(warnings)


def _suggested_name(model: PostMortem, suffix: str, current: Path | None = None) -> str:
    if current is not None:
        return current.with_suffix(suffix).name
    words = "".join(c if c.isalnum() else " " for c in model.metadata.title.lower()).split()
    return "-".join(words[:8] or ["post-mortem"]) + suffix
