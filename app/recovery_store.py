"""Recovery copies on disk: written while a document has unsaved changes, read after a crash.

A copy lives in the user's data folder, one per open document and editing
session. It is removed when the document is saved, discarded or closed
cleanly, so a copy still there whose session is no longer running was left by
a crash and is offered for restore. A session proves it is running by holding
its lock file (see ``app.session_lock``); the lock dies with the process.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.atomic import write_text_atomic
from app.errors import DocumentError
from app.formats import json_format
from app.formats.files import MAX_FILE_BYTES
from app.model import PostMortem
from app.safe_files import read_regular_file, resolved
from app.session_lock import SessionLock, is_held
from app.user_data import data_folder

RECOVERY_VERSION = 1
STALE_LOCK_SECONDS = 60
_COPY_GLOB = "*.recovery.json"
# A session id comes back from a file anyone could have written: it names a lock
# file, so it must never be able to point outside the folder.
_SESSION_ID = re.compile(r"[0-9a-f]{32}")


def default_folder() -> Path:
    return data_folder() / "recovery"


def new_session_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class RecoveredCopy:
    """A recovery file left behind, and what it holds."""

    file: Path
    source: Path | None
    saved_at: datetime
    model: PostMortem
    session: str | None = None

    @property
    def display_name(self) -> str:
        return self.source.name if self.source else "Untitled"


class RecoveryStore:
    """Reads and writes recovery files in one folder."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder if folder is not None else default_folder()

    def lock_file(self, session: str) -> Path:
        return self.folder / f"{session}.lock"

    def claim(self, session: str) -> SessionLock | None:
        """Mark ``session`` as running until the lock is released or the process ends."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        return SessionLock.acquire(self.lock_file(session))

    def file_for(self, source: Path | None, session: str) -> Path:
        # One file per document and session: two editors with the same file open
        # never overwrite each other's unsaved work.
        key = f"{session}:{resolved(source) if source else 'untitled'}"
        return self.folder / f"{hashlib.sha256(key.encode()).hexdigest()[:20]}.recovery.json"

    def write(self, file: Path, model: PostMortem, source: Path | None, session: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "recovery_version": RECOVERY_VERSION,
            "session": session,
            "pid": os.getpid(),
            "source": str(source) if source else None,
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "document": model.model_dump(mode="json"),
        }
        write_text_atomic(file, json.dumps(payload, ensure_ascii=False))

    def remove(self, file: Path) -> None:
        with contextlib.suppress(OSError):  # A stale copy is only offered again; never block a save on it.
            file.unlink()

    def forget(self, copy: RecoveredCopy) -> None:
        """Remove a copy left behind (restored, or discarded by the user)."""
        self.remove(copy.file)

    def left_behind(self) -> list[RecoveredCopy]:
        """Copies from editors that are no longer running, newest first; unreadable ones are skipped.

        Lock files of sessions that ended without removing them (a crash, or Windows,
        which cannot remove a file still open) are swept here once they have no copies.
        """
        if not self.folder.is_dir():
            return []
        copies = [copy for file in self.folder.glob(_COPY_GLOB) if (copy := self._read(file)) is not None]
        self._sweep_locks({copy.session for copy in copies})
        return sorted(copies, key=lambda c: c.saved_at, reverse=True)

    def _sweep_locks(self, sessions_with_copies: set[str | None]) -> None:
        now = time.time()
        for lock in self.folder.glob("*.lock"):
            try:
                # A young file may belong to an editor starting now, between creating and locking it.
                young = now - lock.stat().st_mtime < STALE_LOCK_SECONDS
            except OSError:
                continue
            if not young and lock.stem not in sessions_with_copies and not is_held(lock):
                self.remove(lock)

    def _read(self, file: Path) -> RecoveredCopy | None:
        try:
            # Only a regular file, and no larger than a document could make it: the folder is the user's to fill.
            payload = json.loads(read_regular_file(file, 2 * MAX_FILE_BYTES).decode("utf-8"))
            if not isinstance(payload, dict) or payload.get("recovery_version") != RECOVERY_VERSION:
                return None
            session = payload.get("session")
            if isinstance(session, str) and _SESSION_ID.fullmatch(session):
                if is_held(self.lock_file(session)):
                    return None  # Its editor is still running and owns this copy.
            else:
                session = None
                # A copy from before session locks: only its process id can tell.
                pid = payload.get("pid")
                if isinstance(pid, int) and pid > 0 and pid != os.getpid() and _process_alive(pid):
                    return None
            model = json_format.from_data(payload.get("document"))
            source = payload.get("source")
            saved_at = datetime.fromisoformat(str(payload.get("saved_at")))
        except (OSError, ValueError, TypeError, DocumentError, RecursionError):
            return None
        if saved_at.tzinfo is None:
            saved_at = saved_at.replace(tzinfo=UTC)  # so that copies always sort together
        return RecoveredCopy(file, Path(source) if isinstance(source, str) else None, saved_at, model, session)


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover
        # os.kill(pid, 0) sends Ctrl+C there: such a copy is offered rather than hidden for good.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
