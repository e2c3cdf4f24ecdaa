"""One open library: its folder, its index, and the reads the window and the command line need."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.library import reads, stats
from app.library.indexer import IndexReport, Progress, Scope, update_index
from app.library.query import Query, parse_query
from app.library.store import Store, open_store


class Library:
    """The post-mortems under ``folder``, indexed in ``data`` (the user's data folder by default).

    Calls may come from two threads (the window indexes in the background
    while its table reads): a lock keeps them one at a time on the connection.
    """

    def __init__(self, folder: Path, data: Path | None = None):
        self.folder = Path(folder)
        self._data = data
        self._store: Store = open_store(self.folder, data)
        self._lock = threading.RLock()

    @property
    def notice(self) -> str:
        """Why the index is only kept in memory, or ''."""
        return self._store.notice

    @property
    def index_path(self) -> Path | None:
        return self._store.path

    def twin(self) -> Library:
        """A handle on the same index for another thread (its own connection); itself when in memory.

        Through a twin, one thread updates the index while another reads it (WAL).
        An index in memory exists in one connection only, so it cannot have a twin.
        """
        if self._store.path is None:
            return self
        return Library(self.folder, self._data)

    def update(
        self,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
        scope: Scope | None = None,
    ) -> IndexReport:
        """Bring the index up to date with the folder (or the ``scope`` of it that changed).

        Raises ``scan.FolderGoneError``. The lock is taken per batch written, so reads through this
        handle go on during a long index.
        """
        return update_index(
            self._store, self.folder, progress=progress, cancelled=cancelled, lock=self._lock, scope=scope
        )

    def incidents(self, query: Query | str = "", **options) -> list[reads.IncidentRow]:
        with self._lock:
            return reads.incidents(self._store.connection, _query(query), **options)

    def snippets(self, query: Query | str, ids: list[int]) -> dict[int, reads.Snippet]:
        """Snippets of the incidents ``ids`` (``IncidentRow.file_id``) for the words of ``query``."""
        query = _query(query)
        if not query.match or not ids:
            return {}
        with self._lock:
            return reads.snippets_of(self._store.connection, query.match, ids)

    def count(self, query: Query | str = "") -> int:
        with self._lock:
            return reads.count(self._store.connection, _query(query))

    def stats(self, query: Query | str = "", today: date | None = None) -> stats.Stats:
        with self._lock:
            return stats.library_stats(self._store.connection, _query(query), today=today)

    def tasks(self, query: Query | str = "", **options) -> list[reads.TaskRow]:
        with self._lock:
            return reads.tasks(self._store.connection, _query(query), **options)

    def path_of(self, row: reads.IncidentRow | reads.TaskRow) -> Path:
        return self.folder / row.path

    def relative(self, path: Path) -> str | None:
        """``path`` as the index names it, or None when it is not in this library's folder.

        Not resolved: a file reached through a linked subfolder keeps the name the walk gave it.
        """
        try:
            return Path(os.path.abspath(path)).relative_to(os.path.abspath(self.folder)).as_posix()
        except ValueError:
            return None

    def close(self) -> None:
        with self._lock:
            self._store.close()


def _query(query: Query | str) -> Query:
    return parse_query(query) if isinstance(query, str) else query
