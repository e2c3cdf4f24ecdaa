"""Atomic file writing: a crash or a full disk never leaves a truncated file."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from app.errors import DocumentError
from app.safe_files import describe_kind, describe_os_error


def _read_umask() -> int:
    # os.umask can only be read by setting it; do that once, at import, rather
    # than on every save, where another thread could create a file meanwhile.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def writable_target(path: Path) -> Path:
    """The file that writing ``path`` replaces: a link's target; ``DocumentError`` if it is not a regular file.

    Writing through a symbolic link to the file it names is what an editor
    should do (replacing the link itself would leave its target stale). But a
    FIFO or a device (``/dev/full``, a link to one) must never be replaced by a
    regular file, and a folder cannot be: anything that exists and is not a
    regular file is refused.
    """
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return path  # A new file (or a link to one not yet written): created as a regular file.
    except OSError as error:
        raise DocumentError(describe_os_error(error, "write")) from None
    if stat.S_ISDIR(mode):
        raise DocumentError(f"cannot save: {os.strerror(errno.EISDIR)}")
    kind = describe_kind(mode)
    if kind:
        raise DocumentError(f"{kind}: only regular files are written")
    return path


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, then rename.

    The previous file stays intact until the new one is complete and on disk.
    Raises ``DocumentError`` with a readable reason when anything fails.
    """
    write_files_atomic([(path, data)])


def write_files_atomic(outputs: Sequence[tuple[Path, bytes]]) -> None:
    """Write several files that belong together (a page and its picture): all of them or none.

    Each is written completely to a temporary file beside it first; only when
    every one is on disk are they renamed into place, so a full disk while
    writing any of them leaves every older file as it was.
    """
    targets = [(writable_target(path), data) for path, data in outputs]
    temporaries: list[tuple[str, Path]] = []
    try:
        for target, data in targets:
            temporaries.append((_write_temporary(target, data), target))
        for temp_name, target in temporaries:
            os.replace(temp_name, target)
    except OSError as error:
        for temp_name, _target in temporaries:
            _remove_quietly(temp_name)
        raise DocumentError(f"cannot save: {error.strerror or error}") from error
    except BaseException:
        for temp_name, _target in temporaries:
            _remove_quietly(temp_name)
        raise
    for directory in {_directory_of(target) for target, _data in targets}:
        _fsync_directory(directory)


def _directory_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _write_temporary(path: Path, data: bytes) -> str:
    """A complete, synced copy of ``data`` beside ``path``, with the permissions ``path`` should get."""
    directory = _directory_of(path)
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
    except BaseException:
        _remove_quietly(temp_name)
        raise
    return temp_name


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
