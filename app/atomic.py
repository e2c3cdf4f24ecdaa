"""Atomic file writing: a crash or a full disk never leaves a truncated file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from app.errors import DocumentError


def _read_umask() -> int:
    # os.umask can only be read by setting it; do that once, at import, rather
    # than on every save, where another thread could create a file meanwhile.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, then rename.

    The previous file stays intact until the new one is complete and on disk.
    Raises ``DocumentError`` with a readable reason when anything fails.
    """
    # Write through a symbolic link to the file it names, as an editor should:
    # replacing the link itself would leave its target stale.
    path = Path(os.path.realpath(path)) if Path(path).is_symlink() else Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise DocumentError(f"cannot write in {directory}: {error.strerror or error}") from error
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the permissions a user gave the file they are overwriting.
            os.chmod(temp_name, path.stat().st_mode & 0o7777)
        else:
            os.chmod(temp_name, 0o666 & ~_UMASK)
        os.replace(temp_name, path)
    except OSError as error:
        _remove_quietly(temp_name)
        raise DocumentError(f"cannot save: {error.strerror or error}") from error
    except BaseException:
        _remove_quietly(temp_name)
        raise
    _fsync_directory(directory)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def _remove_quietly(name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name)


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not every platform allows it.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
