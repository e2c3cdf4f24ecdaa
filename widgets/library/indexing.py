"""Bringing a library's index up to date off the UI thread, with progress and cancel.

The job works on its own handle of the index (its own SQLite connection; WAL
lets the table read while it writes), so the window stays responsive. An
index kept only in memory has a single connection, which the job then
shares: reads wait for each batch to finish.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.library.library import Library
from app.library.scan import FolderGoneError
from widgets.qt_guard import never_raises


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # IndexReport
    failed = Signal(str)


class _IndexJob(QRunnable):
    def __init__(self, library: Library, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self._library, self._signals, self._cancel = library, signals, cancel

    @never_raises()
    def run(self) -> None:
        worker = self._library.twin()
        try:
            report = worker.update(
                progress=lambda done, total: self._emit(self._signals.progress, done, total),
                cancelled=self._cancel.is_set,
            )
        except FolderGoneError as error:
            self._emit(self._signals.failed, f"{self._library.folder}: {error}")
            return
        except Exception as error:  # whatever broke, the window says so and keeps what it shows
            self._emit(self._signals.failed, f"the index could not be updated ({type(error).__name__}: {error})")
            return
        finally:
            if worker is not self._library:
                worker.close()
        self._emit(self._signals.finished, report)

    @staticmethod
    def _emit(signal, *args) -> None:
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile: nobody is left to tell
            signal.emit(*args)


class Indexer(QObject):
    """Runs one update at a time; asking again while one runs queues exactly one more."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, library: Library, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._cancel = threading.Event()
        self._running = False
        self._again = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self._cancel = threading.Event()
        self.running_changed.emit(True)
        self._pool.start(_IndexJob(self.library, self._signals, self._cancel))

    def cancel(self) -> None:
        self._again = False
        self._cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self.cancel()
        self._pool.waitForDone()

    def _done(self, report: object) -> None:
        self._finish()
        self.finished.emit(report)

    def _failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)

    def _finish(self) -> None:
        self._running = False
        self.running_changed.emit(False)
        if self._again:
            self._again = False
            self.start()
