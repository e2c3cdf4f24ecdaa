"""Bringing a library's index up to date off the UI thread, with progress and cancel.

The job works on its own handle of the index (its own SQLite connection; WAL
lets the table read while it writes), so the window stays responsive. An
index kept only in memory has a single connection, which the job then
shares: reads wait for each batch to finish.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.library.indexer import IndexReport, Scope
from app.library.library import Library
from app.library.scan import FolderGoneError
from widgets.qt_guard import never_raises
from widgets.ui_inbox import UiInbox


class _IndexJob(QRunnable):
    """The update, on a thread of the pool: what it has to say goes to the window's inbox (``widgets.ui_inbox``)."""

    def __init__(self, library: Library, inbox: UiInbox, cancel: threading.Event, scopes: list[Scope]):
        super().__init__()
        self._library, self._inbox, self._cancel, self._scopes = library, inbox, cancel, scopes

    @never_raises()
    def run(self) -> None:
        worker = self._library.twin()
        try:
            total = IndexReport()
            for scope in self._scopes:
                report = worker.update(
                    progress=lambda done, count: self._inbox.put(("progress", (done, count))),
                    cancelled=self._cancel.is_set,
                    scope=scope,
                )
                total.read, total.removed = total.read + report.read, total.removed + report.removed
                total.unchanged += report.unchanged
            # The last report counts the whole library; what this run did is the sum over its scopes.
            report.read, report.removed, report.unchanged = total.read, total.removed, total.unchanged
        except FolderGoneError as error:
            self._inbox.put(("failed", f"{self._library.folder}: {error}"))
            return
        except Exception as error:  # whatever broke, the window says so and keeps what it shows
            self._inbox.put(("failed", f"the index could not be updated ({type(error).__name__}: {error})"))
            return
        finally:
            if worker is not self._library:
                worker.close()
        self._inbox.put(("finished", report))


class Indexer(QObject):
    """Runs one update at a time; what is asked for meanwhile is gathered into the next one.

    ``start()`` updates the whole folder; ``start(under=["2024"])`` only the subfolders a watcher saw
    change, ``start(paths=["2024/x.md"])`` only files saved in an editor (milliseconds, not a walk of
    10,000 files).
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, library: Library, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._inbox = UiInbox(self._receive, lambda: self._running, self)
        self._cancel = threading.Event()
        self._running = False
        self._waiting: list[Scope] | None = None
        """What to do once the running update ends; [Scope()] is everything."""

    @property
    def running(self) -> bool:
        return self._running

    def start(self, *, under: Iterable[str] = (), paths: Iterable[str] = ()) -> None:
        folders = sorted(set(under))
        # A file in a folder looked at anyway needs no second look.
        paths = sorted({p for p in paths if not any(p.startswith(f"{folder}/") for folder in folders)})
        scopes = [Scope(under=folder) for folder in folders]
        if paths:
            scopes.append(Scope(paths=tuple(paths)))
        if not scopes or any(scope == Scope() for scope in scopes):
            scopes = [Scope()]
        if self._running:
            self._waiting = _merged(self._waiting, scopes)
            return
        self._running = True
        self._cancel = threading.Event()
        self.running_changed.emit(True)
        self._inbox.open()
        self._pool.start(_IndexJob(self.library, self._inbox, self._cancel, scopes))

    def cancel(self) -> None:
        self._waiting = None
        self._cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the update ends (tests, the command line), what it said handed over."""
        done = self._pool.waitForDone(msecs)
        self._inbox.take_all()
        return done

    def shutdown(self) -> None:
        self.cancel()
        self._pool.waitForDone()

    @never_raises()
    def _receive(self, said: tuple[str, object]) -> None:
        kind, value = said
        if kind == "progress":
            self.progress.emit(*value)  # type: ignore[misc]  # (done, count)
        elif kind == "finished":
            self._done(value)
        else:
            self._failed(str(value))

    def _done(self, report: object) -> None:
        self._finish()
        self.finished.emit(report)

    def _failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)

    def _finish(self) -> None:
        self._running = False
        self.running_changed.emit(False)
        waiting, self._waiting = self._waiting, None
        if waiting:
            under = [scope.under for scope in waiting if scope.paths is None]
            paths = [path for scope in waiting for path in (scope.paths or ())]
            everything = any(scope == Scope() for scope in waiting)
            self.start() if everything else self.start(under=under, paths=paths)


def _merged(waiting: list[Scope] | None, scopes: list[Scope]) -> list[Scope]:
    if waiting is None:
        return scopes
    if any(scope == Scope() for scope in (*waiting, *scopes)):
        return [Scope()]
    return [*waiting, *scopes]
