"""Autosave: a recovery copy of every modified document, written every few seconds.

The copies and their session locks are kept by ``app.recovery_store``; this is
the Qt side that decides when to write (a timer, off the UI thread) and when a
copy is no longer wanted (a save, a discard, a close).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import DocumentError
from app.model import PostMortem
from app.recovery_store import RecoveredCopy, RecoveryStore, new_session_id
from widgets.document import Document
from widgets.runner import Job, Runner

__all__ = ["AUTOSAVE_INTERVAL_MS", "Autosaver", "RecoveredCopy", "RecoveryStore"]

AUTOSAVE_INTERVAL_MS = 5000


class Autosaver(QObject):
    """Writes a recovery copy of one document while it has unsaved changes."""

    # Once per editor, when no copy can be written: what to tell the user.
    unavailable = Signal(str)

    def __init__(self, document: Document, store: RecoveryStore, interval_ms: int = AUTOSAVE_INTERVAL_MS, parent=None):
        super().__init__(parent)
        self._document = document
        self._store = store
        self.session = new_session_id()
        # Held while this editor runs: another editor then knows our copies are not left behind.
        self.session_lock = store.claim(self.session)
        self._file: Path | None = None
        self._pending = False
        self._warned = False
        # Every write runs to its end (none supersedes another); ``discard`` waits for them.
        self.runner = Runner(self._write, self, name="autosave")
        self.runner.finished.connect(lambda _key, outcome: self._on_written(*outcome))
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.write_soon)
        self._timer.start()
        document.changed.connect(self._on_changed)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        document.path_changed.connect(self._on_path_changed)

    @property
    def recovery_file(self) -> Path | None:
        return self._file

    def write_soon(self) -> None:
        """The timer's tick: write in the background if there is anything new."""
        if not self._pending or not self._document.is_modified():
            return
        self._pending = False
        file = self._store.file_for(self._document.path, self.session)
        self.runner.run_once((file, self._document.snapshot(), self._document.path))

    def _write(self, what: tuple[Path, PostMortem, Path | None], _job: Job) -> tuple[Path | None, str]:
        """Serialise and write one copy, off the UI thread (a long timeline takes tens of ms)."""
        file, model, source = what
        try:
            self._store.write(file, model, source, self.session)
        except (DocumentError, OSError) as error:
            return None, getattr(error, "strerror", None) or str(error)
        return file, ""

    def write_now(self) -> None:
        """Write at once and wait (tests, and before anything risky)."""
        self.write_soon()
        self.wait()

    def wait(self) -> None:
        self.runner.wait(10000)  # and the news of it delivered, before returning

    def discard(self) -> None:
        """The document was saved, discarded or closed: its copy is no longer needed."""
        # A copy being written now must not outlive this: wait for it, and take in the news
        # of it (still queued) so that its file is known and removed below.
        self.wait()
        if self._file is not None:
            self._store.remove(self._file)
            self._file = None
        self._pending = False

    def close(self) -> None:
        """The window closes: the copy goes, and so does the claim on this session."""
        self.discard()
        self._timer.stop()
        if self.session_lock is not None:
            self.session_lock.release()

    def _on_written(self, file: Path | None, problem: str) -> None:
        if file is None:
            self._pending = True  # Try again at the next tick; the document itself is untouched.
            if not self._warned:
                self._warned = True
                self.unavailable.emit(
                    f"Unsaved changes cannot be kept for recovery in {self._store.folder}: {problem}. "
                    "Save your work to keep it safe."
                )
        else:
            self._file = file

    def _on_changed(self) -> None:
        self._pending = True

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def _on_path_changed(self, _path: object) -> None:
        # Save As or open: the old copy's name no longer matches the document.
        self.discard()
        self._pending = self._document.is_modified()
