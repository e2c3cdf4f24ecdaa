"""Crash recovery: a copy of every modified document, written every few seconds.

A recovery file lives in the user's data folder, one per open document. It is
removed when the document is saved, discarded or closed cleanly, so any file
still there at the next start was left by a crash and is offered for restore.
The store itself is plain Python; ``Autosaver`` is the Qt timer that feeds it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal

from app.atomic import write_text_atomic
from app.errors import DocumentError
from app.formats import json_format
from app.model import PostMortem
from widgets.document import Document
from widgets.settings import testing

RECOVERY_VERSION = 1
AUTOSAVE_INTERVAL_MS = 5000


def default_folder() -> Path:
    override = os.environ.get("POSTMORTEM_EDITOR_DATA_DIR")
    if override:
        return Path(override) / "recovery"
    if testing():
        return Path(tempfile.gettempdir()) / f"postmortem-editor-tests-{os.getpid()}" / "recovery"
    import platformdirs

    return Path(platformdirs.user_data_dir("postmortem-editor", appauthor=False)) / "recovery"


@dataclass(frozen=True)
class RecoveredCopy:
    """A recovery file left behind, and what it holds."""

    file: Path
    source: Path | None
    saved_at: datetime
    model: PostMortem

    @property
    def display_name(self) -> str:
        return self.source.name if self.source else "Untitled"


class RecoveryStore:
    """Reads and writes recovery files in one folder."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder if folder is not None else default_folder()

    def file_for(self, source: Path | None, session: str) -> Path:
        # Named after the document, so reopening the same file finds the same copy.
        key = str(Path(source).resolve()) if source else f"untitled-{session}"
        return self.folder / f"{hashlib.sha256(key.encode()).hexdigest()[:20]}.recovery.json"

    def write(self, file: Path, model: PostMortem, source: Path | None) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "recovery_version": RECOVERY_VERSION,
            "pid": os.getpid(),
            "source": str(source) if source else None,
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "document": model.model_dump(mode="json"),
        }
        write_text_atomic(file, json.dumps(payload, ensure_ascii=False))

    def remove(self, file: Path) -> None:
        try:
            file.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass  # A stale copy is only offered again; never block a save on it.

    def left_behind(self) -> list[RecoveredCopy]:
        """Copies from editors that are no longer running, newest first; unreadable ones are skipped."""
        copies: list[RecoveredCopy] = []
        if not self.folder.is_dir():
            return copies
        for file in self.folder.glob("*.recovery.json"):
            copy = self._read(file)
            if copy is not None:
                copies.append(copy)
        return sorted(copies, key=lambda c: c.saved_at, reverse=True)

    def _read(self, file: Path) -> RecoveredCopy | None:
        try:
            payload = json.loads(file.read_text(encoding="utf-8"))
            if not isinstance(payload, dict) or payload.get("recovery_version") != RECOVERY_VERSION:
                return None
            pid = payload.get("pid")
            if isinstance(pid, int) and pid != os.getpid() and _process_alive(pid):
                return None  # Another editor is still running and owns this copy.
            model = json_format.from_data(payload.get("document"))
            source = payload.get("source")
            saved_at = datetime.fromisoformat(str(payload.get("saved_at")))
        except (OSError, ValueError, DocumentError, RecursionError):
            return None
        return RecoveredCopy(file, Path(source) if isinstance(source, str) else None, saved_at, model)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


class _WriteJob(QRunnable):
    """Serialises and writes one copy off the UI thread (a long timeline takes tens of ms)."""

    def __init__(self, autosaver: Autosaver, generation: int, file: Path, model: PostMortem, source: Path | None):
        super().__init__()
        self._autosaver, self._generation, self._file = autosaver, generation, file
        self._model, self._source = model, source

    def run(self) -> None:
        try:
            self._autosaver._store.write(self._file, self._model, self._source)
        except (DocumentError, OSError):
            self._autosaver.written.emit(self._generation, None)
            return
        self._autosaver.written.emit(self._generation, self._file)


class Autosaver(QObject):
    """Writes a recovery copy of one document while it has unsaved changes."""

    # From the writer thread: generation, the file written (None when writing failed).
    written = Signal(int, object)

    def __init__(self, document: Document, store: RecoveryStore, interval_ms: int = AUTOSAVE_INTERVAL_MS, parent=None):
        super().__init__(parent)
        self._document = document
        self._store = store
        self._session = uuid.uuid4().hex
        self._file: Path | None = None
        self._pending = False
        # Bumped whenever the copy becomes unwanted, so a write still running then is undone.
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.written.connect(self._on_written, Qt.ConnectionType.QueuedConnection)
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
        from widgets.preview import snapshot

        self._pending = False
        file = self._store.file_for(self._document.path, self._session)
        self._pool.start(_WriteJob(self, self._generation, file, snapshot(self._document.model), self._document.path))

    def write_now(self) -> None:
        """Write at once and wait (tests, and before anything risky)."""
        self.write_soon()
        self.wait()

    def wait(self) -> None:
        self._pool.waitForDone(10000)
        QCoreApplication.sendPostedEvents(self)  # deliver ``written`` before returning

    def discard(self) -> None:
        """The document was saved, discarded or closed: its copy is no longer needed."""
        self._pool.waitForDone(10000)  # a copy being written now must not outlive this
        self._generation += 1
        if self._file is not None:
            self._store.remove(self._file)
            self._file = None
        self._pending = False

    def _on_written(self, generation: int, file: Path | None) -> None:
        if file is None:
            self._pending = True  # Try again at the next tick; the document itself is untouched.
        elif generation != self._generation:
            self._store.remove(file)  # Saved or discarded while the copy was being written.
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
