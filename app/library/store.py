"""The index database: where it lives, its schema, and what happens when it is broken.

One SQLite file per library folder in the user's data folder, named after
the folder's resolved path. It is only a cache of the files: an index that
is corrupt, of another schema version or unreadable is deleted and built
again without asking. WAL lets the window and the command line use it at the
same time. When the data folder cannot be written, the index lives in memory
for this run and ``Store.notice`` says so.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

from app.user_data import data_folder

SCHEMA_VERSION = 4
_BUSY_TIMEOUT_MS = 5000

_SCHEMA = """
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL,
    error TEXT
);
CREATE TABLE incidents (
    file_id INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    start TEXT,
    severity TEXT,
    status TEXT NOT NULL,
    service TEXT NOT NULL,
    duration_s INTEGER,
    ttd_s INTEGER,
    ttr_s INTEGER,
    tasks_open INTEGER NOT NULL,
    tasks_in_progress INTEGER NOT NULL,
    tasks_done INTEGER NOT NULL
);
CREATE INDEX incidents_start ON incidents(start);
CREATE TABLE tasks (
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    owner TEXT NOT NULL,
    due TEXT,
    status TEXT NOT NULL,
    link TEXT NOT NULL,
    PRIMARY KEY (file_id, position)
) WITHOUT ROWID;
CREATE INDEX tasks_open_due ON tasks(status, due);
CREATE VIRTUAL TABLE incident_text USING fts5(
    title, service, body,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""


class IndexUnavailableError(Exception):
    """SQLite itself cannot be used (no FTS5 in this Python's SQLite)."""


def index_file(folder: Path, data: Path | None = None) -> Path:
    """The index of the library at ``folder``: one per folder, named by its resolved path."""
    key = str(Path(folder).resolve())
    name = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return (data if data is not None else data_folder()) / "library" / f"{name}.sqlite3"


class Store:
    """An open index: ``connection`` plus whether it persists and why not."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None, notice: str = "", rebuilt: str = ""):
        self.connection = connection
        self.path = path
        self.notice = notice
        """Why the index is only in memory, or ''."""
        self.rebuilt = rebuilt
        """Why an existing index was thrown away and is built again, or ''."""

    @property
    def persistent(self) -> bool:
        return self.path is not None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.connection.close()

    def reset(self, reason: str) -> None:
        """Throw the index away and start an empty one (after corruption found while in use)."""
        self.close()
        if self.path is not None:
            fresh = open_store_at(self.path, force_new=True)
            self.connection, self.path, self.notice = fresh.connection, fresh.path, fresh.notice
        else:
            self.connection = _memory_connection()
        self.rebuilt = reason


def open_store(folder: Path, data: Path | None = None) -> Store:
    return open_store_at(index_file(folder, data))


def open_store_at(path: Path, *, force_new: bool = False) -> Store:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _in_memory(path, error)
    rebuilt = ""
    if force_new:
        _delete_index(path)
    try:
        connection = _connect(path)
    except sqlite3.DatabaseError as error:
        # Not a database at all (or unreadable): it is a cache, so start over.
        rebuilt = f"the index was unreadable ({error}) and is built again"
        _delete_index(path)
        try:
            connection = _connect(path)
        except sqlite3.Error as second:
            return _in_memory(path, second)
    except OSError as error:
        return _in_memory(path, error)
    return Store(connection, path, rebuilt=rebuilt)


def _connect(path: Path) -> sqlite3.Connection:
    # Autocommit: the indexer opens and ends its transactions itself.
    connection = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None)
    try:
        connection.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            # A read-only folder cannot hold the WAL files: the caller falls back to memory.
            raise sqlite3.OperationalError("cannot use write-ahead logging here")
        # The index is a cache: a power cut may cost it its last transactions (the next update reads those
        # files again, their stamps being unknown) or damage it (rebuilt when found); every write is faster.
        connection.execute("PRAGMA synchronous = OFF")
        _ensure_schema(connection)
        connection.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        connection.close()
        raise
    return connection


def _ensure_schema(connection: sqlite3.Connection) -> None:
    """Check the tables are ours; an index of another version (or none) is replaced by an empty one."""
    if connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        # A file that says it is ours but has lost its tables counts as corrupt.
        connection.execute("SELECT count(*) FROM files").fetchone()
        connection.execute("SELECT rowid FROM incident_text LIMIT 1").fetchone()
        return
    connection.execute("BEGIN IMMEDIATE")  # another process may be creating it right now
    try:
        if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
                )
            ]
            for table in tables:
                # Dropping a full-text table drops its own shadow tables, which may already be gone then.
                connection.execute(f'DROP TABLE IF EXISTS "{table.replace(chr(34), chr(34) * 2)}"')
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise


def _memory_connection() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    try:
        _ensure_schema(connection)
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.OperationalError as error:
        raise IndexUnavailableError(f"SQLite here cannot build the index: {error}") from None
    return connection


def _in_memory(path: Path, error: BaseException) -> Store:
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    notice = f"cannot keep an index in {path.parent} ({reason}); the library is indexed in memory for this session"
    return Store(_memory_connection(), None, notice=notice)


def _delete_index(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()
