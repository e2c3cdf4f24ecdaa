"""Bringing the index up to date with the folder: only what changed is read again.

A file whose size and modification time match the index is not opened. One
whose size or time changed is read and hashed; if its content is the same
(a ``touch``, a checkout), only its stamp is updated. Everything else is
parsed with the import, the same code that opens files in the editor. A file
that cannot be read keeps its one-line error in the index and never stops the
rest; files that are gone leave it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import DocumentError
from app.formats import files
from app.library.extract import IncidentRecord, incident_record
from app.library.scan import FolderGoneError, FoundFile, ScanResult, check_folder, scan, stat_files
from app.library.store import Store
from app.model import PostMortem

_BATCH = 200
"""Files per transaction: a cancelled or crashed first index keeps what it had done."""

Progress = Callable[[int, int], None]
"""``progress(done, total)`` with the files to read."""


@dataclass
class IndexReport:
    files: int = 0
    """Post-mortem files in the folder (readable or not)."""
    read: int = 0
    """Files parsed in this run."""
    unchanged: int = 0
    removed: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)
    """``(relative path, one-line error)`` of every file that could not be read, by path."""
    cancelled: bool = False
    notice: str = ""
    """Why the index is not kept on disk, or why it was rebuilt; '' when neither."""

    @property
    def incidents(self) -> int:
        return self.files - len(self.problems)


def read_document(path: Path, data: bytes) -> PostMortem:
    """Parse bytes already read from ``path`` by its suffix, as ``files.load`` does."""
    text, _notes = files.document_text(path, data)
    if files.suffix_of(path) in files.JSON_SUFFIXES:
        from app.formats import json_format

        return json_format.loads(text)
    from app.formats import markdown_import

    return markdown_import.from_markdown(text)


def parse(path: Path, data: bytes) -> tuple[IncidentRecord | None, str | None]:
    try:
        return incident_record(read_document(path, data)), None
    except DocumentError as error:
        return None, _one_line(str(error))
    except RecursionError:
        return None, "is nested too deeply to be read"
    except MemoryError:
        return None, "is too large to be read"
    except Exception as error:  # a bug in the import must not stop the rest of the library
        return None, _one_line(f"could not be read ({type(error).__name__}: {error})")


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:299] + "…"


def update_index(
    store: Store,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    lock: AbstractContextManager[object] | None = None,
    scope: Scope | None = None,
) -> IndexReport:
    """Make the index match ``folder``; raises ``FolderGoneError`` when the folder itself is gone.

    ``scope`` limits the work to what is known to have changed: the files under one subfolder
    (``Scope(under="2024")``, after a file system watcher saw it change) or some files
    (``Scope(paths=[...])``, after a save); the report still counts and lists the whole library.
    ``lock`` is held only while the index is written (a batch at a time), never while files are parsed,
    so a reader sharing the connection waits for one batch at most.
    """
    lock = lock if lock is not None else contextlib.nullcontext()
    scope = scope or Scope()
    try:
        return _update(store, folder, progress, cancelled, lock, scope)
    except sqlite3.OperationalError:
        raise  # busy or locked by another process, a full disk: the index itself is fine
    except sqlite3.DatabaseError as error:
        # The index is damaged (a disk error, someone truncated it): it is a cache, start over, all of it.
        with lock:
            store.reset(f"the index was damaged ({error}) and is built again")
        return _update(store, folder, progress, cancelled, lock, Scope())


@dataclass(frozen=True)
class Scope:
    """Which part of the folder an update looks at: all of it by default."""

    under: str = ""
    """A subfolder, relative with ``/``; '' for the whole folder."""
    paths: tuple[str, ...] | None = None
    """Only these files (relative with ``/``), when not None."""

    def found(self, folder: Path, cancelled: Callable[[], bool]) -> ScanResult:
        if self.paths is not None:
            return stat_files(folder, list(self.paths))
        return scan(folder, cancelled, under=self.under)

    def known_sql(self) -> tuple[str, list[str]]:
        """The condition on ``files.path`` selecting what this scope covers."""
        if self.paths is not None:
            return f"path IN ({', '.join('?' * len(self.paths))})", list(self.paths)
        if self.under:
            # Every path below "a/b/" sorts between "a/b/" and "a/b0" ("0" follows "/").
            return "path > ? AND path < ?", [self.under + "/", self.under + "0"]
        return "1", []


@dataclass
class _Outcome:
    """What reading one file gave, before anything is written."""

    item: FoundFile
    entry: tuple | None
    kind: str
    """``gone``, ``same`` (content unchanged under a new stamp), ``error`` or ``record``."""
    digest: str = ""
    error: str = ""
    record: IncidentRecord | None = None


def _update(
    store: Store,
    folder: Path,
    progress: Progress | None,
    cancelled: Callable[[], bool],
    lock: AbstractContextManager[object],
    scope: Scope,
) -> IndexReport:
    folder = Path(folder)
    check_folder(folder)
    found = scope.found(folder, cancelled)
    report = IndexReport(notice=store.notice or store.rebuilt)
    if cancelled():
        report.cancelled = True
        return report
    db = store.connection
    condition, parameters = scope.known_sql()
    with lock:
        # Only the stamps of every file; the rest of an entry is read for the few that changed.
        query = f"SELECT path, size, mtime_ns FROM files WHERE {condition}"
        stamps = {row[0]: (row[1], row[2]) for row in db.execute(query, parameters)}
    present = {f.relative for f in found.files}
    gone_paths = stamps.keys() - present
    with lock:
        known = _entries(db, gone_paths)
    gone = [known[path][0] for path in gone_paths]
    if gone:
        with lock:
            _write(db, lambda: _delete(db, gone))
        report.removed = len(gone)

    to_read: list[FoundFile] = []
    for item in found.files:
        if stamps.get(item.relative) == (item.size, item.mtime_ns):
            report.unchanged += 1
        else:
            to_read.append(item)
    to_read.sort()  # by path: files keep their order in the index from one build to the next
    with lock:
        known.update(_entries(db, [item.relative for item in to_read if item.relative in stamps]))
    if progress is not None:
        progress(0, len(to_read))
    done = 0
    while done < len(to_read) and not report.cancelled:
        outcomes = []
        for item in to_read[done : done + _BATCH]:
            if cancelled():
                report.cancelled = True
                break
            outcomes.append(_read(folder, item, known.get(item.relative)))
        if outcomes:
            # Parsing happened above, outside the transaction: the write lock is held for milliseconds.
            with lock:
                _write(db, lambda batch=outcomes: [_store(db, outcome, report) for outcome in batch])
        done += len(outcomes)
        if progress is not None:
            progress(done, len(to_read))

    report.problems = [(p.relative, p.message) for p in found.problems]
    with lock:
        report.problems += [(r[0], r[1]) for r in db.execute("SELECT path, error FROM files WHERE error IS NOT NULL")]
        report.files = db.execute("SELECT count(*) FROM files").fetchone()[0] + len(found.problems)
    report.problems.sort()
    return report


def _entries(db: sqlite3.Connection, paths: Iterable[str]) -> dict[str, tuple]:
    """``path: (id, size, mtime_ns, hash, error)`` of these files in the index."""
    query = "SELECT path, id, size, mtime_ns, hash, error FROM files WHERE path = ?"
    return {row[0]: row[1:] for path in paths for row in db.execute(query, (path,))}


def _write(db: sqlite3.Connection, work: Callable[[], object]) -> None:
    db.execute("BEGIN IMMEDIATE")
    try:
        work()
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _read(folder: Path, item: FoundFile, entry: tuple | None) -> _Outcome:
    path = folder / item.relative
    try:
        data = files.read_bytes(path)
    except DocumentError as error:
        if not os.path.lexists(path):
            # Gone since the folder was listed (a checkout, a folder removed meanwhile): not a problem.
            return _Outcome(item, entry, "gone")
        return _Outcome(item, entry, "error", error=_one_line(str(error)))
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    if entry is not None and entry[3] == digest and entry[4] is None:
        return _Outcome(item, entry, "same", digest)  # touched or checked out again: nothing to parse
    record, error = parse(path, data)
    if record is None:
        return _Outcome(item, entry, "error", digest, error or "could not be read")
    return _Outcome(item, entry, "record", digest, record=record)


def _store(db: sqlite3.Connection, outcome: _Outcome, report: IndexReport) -> None:
    item, entry = outcome.item, outcome.entry
    if outcome.kind == "gone":
        if entry is not None:
            _delete(db, [entry[0]])
            report.removed += 1
    elif outcome.kind == "same":
        assert entry is not None
        db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?", (item.size, item.mtime_ns, entry[0]))
        report.unchanged += 1
    elif outcome.kind == "error":
        _store_file(db, item, entry, outcome.digest, outcome.error)
        report.read += 1
    elif outcome.record is not None:
        _store_record(db, _store_file(db, item, entry, outcome.digest, None), outcome.record)
        report.read += 1


def _store_file(db: sqlite3.Connection, item: FoundFile, entry: tuple | None, digest: str, error: str | None) -> int:
    if entry is None:
        cursor = db.execute(
            "INSERT INTO files (path, size, mtime_ns, hash, error) VALUES (?, ?, ?, ?, ?)",
            (item.relative, item.size, item.mtime_ns, digest, error),
        )
        return int(cursor.lastrowid or 0)
    file_id = entry[0]
    db.execute(
        "UPDATE files SET size = ?, mtime_ns = ?, hash = ?, error = ? WHERE id = ?",
        (item.size, item.mtime_ns, digest, error, file_id),
    )
    db.execute("DELETE FROM incidents WHERE file_id = ?", (file_id,))
    db.execute("DELETE FROM tasks WHERE file_id = ?", (file_id,))
    db.execute("DELETE FROM incident_text WHERE rowid = ?", (file_id,))
    return file_id


def _store_record(db: sqlite3.Connection, file_id: int, record: IncidentRecord) -> None:
    counts = {"open": 0, "in progress": 0, "done": 0}
    for task in record.tasks:
        counts[task.status] = counts.get(task.status, 0) + 1
    db.execute(
        "INSERT INTO incidents (file_id, title, start, severity, status, service, duration_s, ttd_s, ttr_s,"
        " tasks_open, tasks_in_progress, tasks_done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            file_id,
            record.title,
            record.start,
            record.severity,
            record.status,
            record.service,
            record.duration_s,
            record.ttd_s,
            record.ttr_s,
            counts["open"],
            counts["in progress"],
            counts["done"],
        ),
    )
    if record.tasks:
        db.executemany(
            "INSERT INTO tasks (file_id, position, text, owner, due, status, link) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(file_id, position, t.text, t.owner, t.due, t.status, t.link) for position, t in enumerate(record.tasks)],
        )
    db.execute(
        "INSERT INTO incident_text (rowid, title, service, body) VALUES (?, ?, ?, ?)",
        (file_id, record.title, record.service, record.body),
    )


def _delete(db: sqlite3.Connection, ids: list[int]) -> None:
    rows = [(i,) for i in ids]
    db.executemany("DELETE FROM incident_text WHERE rowid = ?", rows)
    db.executemany("DELETE FROM files WHERE id = ?", rows)


__all__ = ["FolderGoneError", "IndexReport", "read_document", "update_index"]
