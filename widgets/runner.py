"""One runner for background work: debounce, generation, cancel, delivery on the UI thread, shutdown.

The preview, the chart, the picture saved beside a page, autosave and chart
export each run a function off the UI thread and want the same things:

* a burst of requests within the debounce delay becomes one job;
* a newer request for the same key supersedes the older one: the older job is
  told to stop (``Job.cancelled``, ``Job.cancel_event`` for a subprocess) and
  its result, if it still comes, goes to ``outdated`` instead of ``finished``;
* results and partial results (``Job.report``) arrive on the UI thread, handed
  over without the worker calling Qt (``widgets.ui_inbox``), never while the
  job's owner is half destroyed;
* the window's close ends it all: ``shut_down`` cancels every job and waits at
  most a short while, so no thread pool later blocks in a destructor.

The work function receives the job's input (taken on the UI thread when the
job starts, by calling the request's ``source``) and the ``Job``. It must check
``job.cancelled()`` between steps of anything long, so that cancelling and
quitting take effect within one step.

A job's Python code competes with the UI thread for the interpreter lock: a
page built while a 60 MB file was parsed took twice as long. A job that calls
``Job.give_way`` between short steps pauses while the UI thread is busy
(``widgets.ui_pulse``: its pulse, which the runner keeps beating while jobs run,
is late), so the window works at full speed and the job takes the time the
window leaves.
"""

from __future__ import annotations

import functools
import itertools
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from app.free_memory import give_back_free_memory
from widgets.qt_guard import never_raises, report_exception
from widgets.ui_inbox import UiInbox
from widgets.ui_pulse import PulseKeeper, ui_pulse

Work = Callable[[Any, "Job"], Any]

_UNIQUE = itertools.count(1)

SHARED_THREADS = 32
"""Most threads of the pool every runner's jobs run on: more than all runners' own limits together."""
_shared_pool: QThreadPool | None = None


def shared_threads() -> QThreadPool:
    """The one pool of threads every runner's jobs run on (each runner keeps to its own limit).

    A pool per runner made a thread per runner, and glibc gives each new thread one of
    the editor's two heaps (``app.process_start``) in turn: the chart's first job, on a
    thread of its own, landed in the window's heap or in the workers' one by the order
    the threads happened to start in. In the window's heap, its memory was mixed with
    the pages the window built meanwhile, and none of it was handed back: a 1,400-node
    chain opened by File > Open peaked 1.4 MB higher than at launch. On one pool, a job
    takes a thread an earlier job left idle, in the heap those jobs left free.
    """
    global _shared_pool
    if _shared_pool is None or not shiboken6.isValid(_shared_pool):
        # Owned by the application where there is one: it waits for its jobs when the application goes.
        _shared_pool = QThreadPool(QCoreApplication.instance())
        _shared_pool.setMaxThreadCount(SHARED_THREADS)
    return _shared_pool


class JobCancelledError(Exception):
    """Raised by ``Job.check`` in a job that was superseded or shut down; the runner drops it quietly."""


class Job:
    """What a running job knows about itself: its key and generation, whether to stop, how to report."""

    def __init__(self, runner: Runner, key: Hashable, generation: int) -> None:
        self.key = key
        self.generation = generation
        self.cancel_event = threading.Event()
        self.ui_thread = runner.thread()
        """The runner's thread: a Qt object made by the job moves there before it is delivered."""
        self._runner = runner

    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check(self) -> None:
        """Stop here (raise ``JobCancelledError``) if the job is no longer wanted."""
        if self.cancel_event.is_set():
            raise JobCancelledError

    def give_way(self) -> None:
        """Between two short steps: stop if cancelled, and pause while the UI thread is busy."""
        self.check()
        ui_pulse.give_way(self.cancelled)
        self.check()

    def report(self, partial: Any) -> None:
        """Send a partial result to the UI thread (``Runner.progressed``), if still wanted."""
        if not self.cancelled():
            self._runner._deliver(self, "progress", partial)


class _Task(QRunnable):
    def __init__(self, runner: Runner, work: Work, payload: Any, job: Job) -> None:
        super().__init__()
        self._runner, self._work, self._payload, self._job = runner, work, payload, job

    @never_raises()
    def run(self) -> None:
        try:
            self._run()
        finally:
            # Always, also for a job cancelled before it started: else the runner counts it as running
            # for ever, and with all its threads so counted, every later job waits in its queue.
            self._runner._task_done()

    def _run(self) -> None:
        job = self._job
        # The snapshot goes with the job, not with the pool's last runnable.
        payload, self._payload = self._payload, None
        kind, value = "dropped", None
        if not job.cancelled():
            try:
                kind, value = "finished", self._work(payload, job)
            except JobCancelledError:
                pass
            except Exception as error:
                report_exception(f"a background job of {self._runner.objectName() or 'a runner'}")
                kind, value = "failed", _without_frames(error)
        # Nothing of the job's input is held here any more when the UI thread hears that it ended
        # (``Runner.ended``): a Qt object the job used is let go of last, and so deleted, on the UI thread.
        del payload
        try:
            self._runner._deliver(job, kind, value)
        finally:
            # What the job freed stays in its thread's heap, where the UI thread's allocations never
            # reuse it: a preview or a chart made that way kept 1-1.5 MB resident for good.
            give_back_free_memory()


def _without_frames(error: BaseException) -> BaseException:
    """``error`` (reported already) without its tracebacks: their frames, the job's own variables, stay here."""
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        link.__traceback__ = None
        link = link.__cause__ or link.__context__
    return error


def _cancel_jobs(running: dict[int, Job], *_: object) -> None:
    for job in list(running.values()):
        job.cancel_event.set()


class Runner(QObject):
    """Runs ``work`` in the background, newest request first; results on the UI thread."""

    finished = Signal(object, object)  # key, result of the newest job for that key
    failed = Signal(object, object)  # key, the exception it raised
    progressed = Signal(object, object)  # key, a partial result (``Job.report``)
    outdated = Signal(object, object)  # key, the result of a job superseded before it ended
    started = Signal(object)  # key
    ended = Signal(object)  # key: a job for it ended, whatever became of it (its worker holds nothing of it now)

    def __init__(
        self, work: Work, parent: QObject | None = None, *, name: str = "", delay_ms: int = 0, threads: int = 1
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._work = work
        self._threads = threads
        self._tasks = threading.Condition()
        self._queued: deque[_Task] = deque()
        """Tasks waiting for one of this runner's ``threads`` (guarded by ``_tasks``)."""
        self._active = 0
        """Tasks started on the shared pool and not yet ended (guarded by ``_tasks``)."""
        self._generation: dict[Hashable, int] = {}
        self._running: dict[int, Job] = {}  # by id(job): started and not yet delivered
        self._pending: dict[Hashable, Callable[[], Any]] = {}
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start_pending)
        self._pulse = PulseKeeper(self)
        # From the worker: (job, kind, value), handed over without a Qt call (``widgets.ui_inbox``).
        self._inbox = UiInbox(lambda delivery: self._on_delivered(*delivery), lambda: bool(self._running), self)
        # Deleted with its owner (a pane closed): stop the jobs. A plain function over the
        # jobs, because the runner itself is half destroyed when ``destroyed`` arrives.
        self.destroyed.connect(functools.partial(_cancel_jobs, self._running))
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.shut_down)

    # ----------------------------------------------------------------- asking

    def request(self, source: Callable[[], Any], *, key: Hashable = None, immediately: bool = False) -> None:
        """Run ``work(source())`` once the debounce delay has passed without a newer request for ``key``.

        ``source`` is called on the UI thread when the job starts, so the job sees the latest state.
        """
        if self._closed:
            return
        self._generation[key] = self._generation.get(key, 0) + 1
        self._pending[key] = source
        if immediately or self._timer.interval() == 0:
            self._start_pending()
        else:
            self._timer.start()

    def run_once(self, payload: Any) -> None:
        """Run ``work(payload)`` as a job of its own, superseding nothing (an export to a chosen file)."""
        self.request(lambda: payload, key=("once", next(_UNIQUE)), immediately=True)

    def cancel(self, key: Hashable = None) -> None:
        """Forget the pending request for ``key`` and stop its running job: whatever still ends is outdated."""
        self._pending.pop(key, None)
        self._generation[key] = self._generation.get(key, 0) + 1
        for job in list(self._running.values()):
            if job.key == key:
                job.cancel_event.set()

    def is_busy(self) -> bool:
        return bool(self._running) or bool(self._pending)

    def is_latest(self, job: Job) -> bool:
        return self._generation.get(job.key) == job.generation

    # ----------------------------------------------------------------- running

    def _start_pending(self) -> None:
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for key, source in pending.items():
            job = Job(self, key, self._generation.get(key, 0))
            for older in self._running.values():
                if older.key == key:
                    older.cancel_event.set()  # Its result would be out of date: let it stop early.
            try:
                payload = source()
            except Exception:
                report_exception(f"the input of {self.objectName() or 'a runner'}")
                continue
            self._running[id(job)] = job
            self._pulse.start()
            self._inbox.open()
            self.started.emit(key)
            self._submit(_Task(self, self._work, payload, job))

    def _submit(self, task: _Task) -> None:
        with self._tasks:
            if self._active >= self._threads:
                self._queued.append(task)
                return
            self._active += 1
        shared_threads().start(task)

    def _task_done(self) -> None:
        """A task ended (on its worker thread): the next queued one takes its place."""
        with self._tasks:
            following = self._queued.popleft() if self._queued else None
            if following is None:
                self._active -= 1
                self._tasks.notify_all()
        if following is not None:
            shared_threads().start(following)

    def _wait_for_tasks(self, msecs: int) -> bool:
        """Block until none of this runner's tasks runs or waits; False if ``msecs`` (if not negative) passed first."""
        deadline = time.monotonic() + msecs / 1000
        with self._tasks:
            if msecs < 0:  # as QThreadPool.waitForDone(-1): no time limit
                return self._tasks.wait_for(lambda: self._active == 0)
            return self._tasks.wait_for(lambda: self._active == 0, max(0.0, deadline - time.monotonic()))

    def _deliver(self, job: Job, kind: str, value: Any) -> None:
        # From the worker thread: plain Python (a runner already gone, its window closed, never looks).
        self._inbox.put((job, kind, value))

    @never_raises()
    def _on_delivered(self, job: Job, kind: str, value: Any) -> None:
        if kind != "progress":
            self._running.pop(id(job), None)
            if not self._running:
                self._pulse.stop()
            self.ended.emit(job.key)
        if self._closed or kind == "dropped":
            return
        latest = self.is_latest(job) and not job.cancelled()
        if kind == "progress":
            if latest:
                self.progressed.emit(job.key, value)
        elif not latest:
            if kind == "finished":
                self.outdated.emit(job.key, value)
        elif kind == "finished":
            self.finished.emit(job.key, value)
        else:
            self.failed.emit(job.key, value)

    # ----------------------------------------------------------------- waiting and ending

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the running jobs end and their results are delivered (tests, autosave's discard)."""
        self._start_pending()
        with ui_pulse.waiting():
            done = self._wait_for_tasks(msecs)
        self._inbox.take_all()
        return done

    def cancel_all(self) -> None:
        """Tell every running job to stop, without waiting."""
        self._closed = True
        self._timer.stop()
        self._pulse.stop()
        self._pending.clear()
        for job in self._running.values():
            job.cancel_event.set()

    def shut_down(self, msecs: int = 150) -> bool:
        """Cancel everything and wait a little: the window is closing or the application quitting.

        Jobs check for cancellation between short steps, so this returns at once
        in practice; a job still running after ``msecs`` (stuck in a C call)
        finishes on its own and its result is dropped.
        """
        self.cancel_all()
        with self._tasks:
            self._queued.clear()  # Queued jobs never start.
        with ui_pulse.waiting():
            return self._wait_for_tasks(msecs)


def shut_down_runners(owner: QObject) -> bool:
    """Shut down every runner under ``owner`` (the window closing): cancelled together, then waited for.

    True when every job had ended within the short wait.
    """
    runners = owner.findChildren(Runner)
    for runner in runners:
        runner.cancel_all()
    return all([runner.shut_down() for runner in runners])
