"""Reading files that may be anything: only regular files, never past a size cap.

A path handed to the editor may name a FIFO (which blocks an ordinary
``open`` forever), a device (``/dev/zero`` reports size 0 and never ends), a
folder, a loop of symbolic links or a file that grows while it is read. Each
is refused at once with a one-line ``DocumentError``; a regular file is read
through one descriptor, checked with ``fstat`` and read to at most the cap.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from app.errors import DocumentError

# O_NONBLOCK: opening a FIFO that has no writer returns at once instead of
# waiting for one (POSIX); O_NOCTTY: a terminal named as a file never becomes
# ours. Neither exists on Windows, which has no FIFOs by path.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
_CHUNK = 1024 * 1024


def describe_kind(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    return "is not a regular file"


def describe_os_error(error: OSError, doing: str = "read") -> str:
    """A one-line reason for an ``OSError`` met while opening or reading a file."""
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, PermissionError):
        return "permission denied"
    if error.errno == errno.ELOOP:
        return "is a loop of symbolic links"
    if isinstance(error, NotADirectoryError):
        return "no such file (a part of the path is not a folder)"
    if error.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return f"cannot {doing}: {error.strerror or error}"


def too_large(size: int) -> DocumentError:
    return DocumentError(f"is too large to be a post-mortem ({size // (1024 * 1024)} MiB)")


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at ``path``; ``DocumentError`` for anything else or over ``limit`` bytes."""
    return b"".join(read_regular_file_in_pieces(path, limit))


def read_regular_file_in_pieces(path: Path | str, limit: int) -> list[bytes]:
    """``read_regular_file`` as the pieces read, never joined: joining 60 MB holds the interpreter lock 60 ms."""
    try:
        # Refuse what is plainly not a file before opening it: opening a device may itself act.
        kind = describe_kind(os.stat(path).st_mode)
        if kind:
            raise DocumentError(kind)
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise DocumentError(describe_os_error(error)) from None
    try:
        # The path may have been swapped since the stat above: what counts is what was opened.
        status = os.fstat(descriptor)
        kind = describe_kind(status.st_mode)
        if kind:
            raise DocumentError(kind)
        if status.st_size > limit:
            raise too_large(status.st_size)
        chunks: list[bytes] = []
        total = 0
        # stat's size is only a hint (a file may grow, a special file system may say 0):
        # read at most one byte past the cap, whatever it said.
        while total <= limit:
            chunk = os.read(descriptor, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except BlockingIOError:
        raise DocumentError("cannot read: the file is not ready (is it a special file?)") from None
    except OSError as error:
        raise DocumentError(describe_os_error(error)) from None
    finally:
        os.close(descriptor)
    if total > limit:
        raise too_large(total)
    return chunks


def resolved(path: Path | str) -> Path:
    """``path`` made absolute with its links followed as far as they go; never raises.

    ``Path.resolve`` raises on a loop of symbolic links (``RuntimeError``
    before Python 3.13, ``OSError`` since); a loop is then kept absolute as named.
    """
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        return Path(os.path.abspath(path))


def same_file(one: Path, other: Path) -> bool:
    """Whether ``other`` names the file ``one`` is: through links, "..", a hard link, or another case of the
    same name on a file system that ignores case (``Page.html`` and ``page.html`` on macOS); never raises."""
    try:
        return resolved(one) == resolved(other) or (other.exists() and os.path.samefile(one, other))
    except (OSError, ValueError):
        return False
