"""A lock file that is held exactly as long as the process holding it lives.

Recovery copies must tell "an editor is still running and owns this copy"
from "the editor that wrote it crashed". A process id written into the copy
cannot: after a crash the id may be reused by any other program, and the copy
would then be hidden for as long as that program runs. An operating-system
lock on an open file can: the kernel drops it when its holder dies, whatever
happens next. ``flock`` locks belong to the open file, so two editors in one
process (or a test) exclude each other just as two processes do.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

# Opening a FIFO someone left under a lock file's name must not wait for a writer (POSIX only).
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class SessionLock:
    """An acquired lock on one file; ``release`` unlocks and removes the file."""

    def __init__(self, file: Path, fd: int):
        self.file = file
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, file: Path) -> SessionLock | None:
        """Lock ``file`` (creating it); None when another holder has it or it cannot be made."""
        try:
            fd = os.open(file, os.O_RDWR | os.O_CREAT | _NONBLOCK, 0o600)
        except OSError:
            return None
        if not _try_lock(fd):
            os.close(fd)
            return None
        return cls(file, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform == "win32":  # pragma: no cover - Windows cannot remove a file still open
            _unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                self.file.unlink()
            return
        # Removed while still locked, so nobody can lock the old file in between.
        with contextlib.suppress(OSError):  # A stale lock file is harmless: nobody holds it.
            self.file.unlink()
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def is_held(file: Path) -> bool:
    """Whether a living holder (in this process or another) has ``file`` locked."""
    try:
        # Read-only is enough to test a lock, and works in a folder mounted read-only.
        fd = os.open(file, os.O_RDONLY | _NONBLOCK)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # Unreadable: assume a holder rather than offer someone else's work.
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)
        return False
    finally:
        os.close(fd)
