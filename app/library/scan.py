"""The post-mortem files under a folder: what is there, with its size and modification time.

A library folder is whatever a person keeps in a repository: symlinks (also
ones looping back up), folders that cannot be opened, files vanishing while we
look. None of it stops the walk: a folder that cannot be listed is reported
and skipped, a loop is entered once. Hidden folders (``.git``) are skipped.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from app.formats.files import LIBRARY_SUFFIXES


class FolderGoneError(Exception):
    """The library folder itself is not (or no longer) there."""


class FoundFile(NamedTuple):
    """A named tuple, not a dataclass: a walk makes 10,000 of them, and a tuple is made 3x faster."""

    relative: str
    """Path from the library folder, with ``/`` separators: the file's key in the index."""
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class ScanProblem:
    relative: str
    message: str


@dataclass
class ScanResult:
    files: list[FoundFile]
    problems: list[ScanProblem]


def is_post_mortem_name(name: str) -> bool:
    return name.lower().endswith(LIBRARY_SUFFIXES) and not name.startswith(".")


def scan(folder: Path, cancelled: Callable[[], bool] = lambda: False, under: str = "") -> ScanResult:
    """Every ``.json``/``.md`` file under ``folder``, in no particular order.

    ``under`` (a relative path with ``/``) limits the walk to that subfolder, with paths still relative to
    ``folder``; a subfolder that is not there holds no files. Raises ``FolderGoneError`` when ``folder``
    itself cannot be listed.
    """
    folder = Path(folder)
    root_status = check_folder(folder)
    start, seen = folder, {(root_status.st_dev, root_status.st_ino)}
    if under:
        start = folder / under
        try:
            start_status = os.stat(start)
        except OSError:
            return ScanResult([], [])
        if not stat.S_ISDIR(start_status.st_mode):
            return ScanResult([], [])
        seen.add((start_status.st_dev, start_status.st_ino))
    files: list[FoundFile] = []
    problems: list[ScanProblem] = []
    try:
        files.extend(_walk(start, under, seen, problems, cancelled))
    except _RootUnlistableError as error:
        if not under:
            raise FolderGoneError(str(error)) from None
        problems.append(ScanProblem(under, f"folder cannot be listed: {error}"))
    return ScanResult(files, problems)


def check_folder(folder: Path) -> os.stat_result:
    """The library folder's status; ``FolderGoneError`` when it is not (or no longer) a folder."""
    try:
        status = os.stat(folder)
    except FileNotFoundError:
        raise FolderGoneError("no such folder") from None
    except OSError as error:
        raise FolderGoneError(_reason(error, "cannot be opened")) from None
    if not stat.S_ISDIR(status.st_mode):
        raise FolderGoneError("is not a folder")
    return status


def stat_files(folder: Path, relatives: list[str]) -> ScanResult:
    """The named files as ``scan`` would find them; files that are not there are left out."""
    files: list[FoundFile] = []
    problems: list[ScanProblem] = []
    for relative in sorted(set(relatives)):
        try:
            status = os.stat(Path(folder) / relative)
        except FileNotFoundError:
            continue
        except OSError as error:
            problems.append(ScanProblem(relative, _reason(error, "cannot be read")))
            continue
        if stat.S_ISREG(status.st_mode):
            files.append(FoundFile(relative, status.st_size, status.st_mtime_ns))
        elif not stat.S_ISDIR(status.st_mode):
            problems.append(ScanProblem(relative, "is not a regular file"))
    return ScanResult(files, problems)


class _RootUnlistableError(Exception):
    pass


def _walk(
    folder: Path, prefix: str, seen: set[tuple[int, int]], problems: list[ScanProblem], cancelled: Callable[[], bool]
) -> Iterator[FoundFile]:
    # An explicit stack instead of recursion: a deep tree cannot exhaust Python's stack.
    stack: list[tuple[Path, str]] = [(folder, prefix)]
    while stack:
        if cancelled():
            return
        directory, relative_dir = stack.pop()
        try:
            with os.scandir(directory) as entries:
                listed = list(entries)
        except OSError as error:
            if directory == folder:
                raise _RootUnlistableError(_reason(error, "cannot be listed")) from None
            problems.append(ScanProblem(relative_dir, f"folder cannot be listed: {_reason(error, 'unknown error')}"))
            continue
        for entry in listed:
            name = entry.name
            relative = f"{relative_dir}/{name}" if relative_dir else name
            if not _is_utf8(name):
                # The index (SQLite text) holds UTF-8 only: such a name is reported, as written, and skipped.
                if is_post_mortem_name(name) or entry.is_dir():
                    problems.append(ScanProblem(_shown(relative), "its name is not UTF-8 text: rename it to index it"))
                continue
            try:
                if entry.is_dir():  # follows symlinks
                    if name.startswith("."):
                        continue
                    status = entry.stat()
                    key = (status.st_dev, status.st_ino)
                    if key in seen:
                        continue  # a symlink loop or a second link to a folder already walked
                    seen.add(key)
                    stack.append((Path(entry.path), relative))
                    continue
                if not is_post_mortem_name(name):
                    continue
                status = entry.stat()
            except OSError as error:
                if is_post_mortem_name(name):
                    problems.append(ScanProblem(relative, _reason(error, "cannot be read")))
                continue
            if not stat.S_ISREG(status.st_mode):
                problems.append(ScanProblem(relative, "is not a regular file"))  # a pipe would block the reader
                continue
            yield FoundFile(relative, status.st_size, status.st_mtime_ns)


def _is_utf8(name: str) -> bool:
    """Whether a name from the file system is real text (undecodable bytes arrive as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(relative: str) -> str:
    """A path with undecodable bytes written as ``\\xe9``, so that it can be stored and printed."""
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _reason(error: OSError, fallback: str) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    if isinstance(error, PermissionError):
        return "permission denied"
    if error.errno is not None and error.errno == getattr(os, "ELOOP", -1):
        return "too many levels of symbolic links"
    return error.strerror or fallback
