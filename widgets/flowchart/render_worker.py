"""Renders the chart off the UI thread: debounced, newest request wins.

Each request gets a generation number. Requests within the debounce delay
collapse into one; a job that starts after a newer request was made skips its
work, and a result that arrives after a newer one was requested is dropped.
Graphviz itself runs with a time limit (``app.flowchart.render``), so a
hostile chart ends in an error message, not a stuck worker.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtSvg import QSvgRenderer

from app.flowchart.dot import build_dot
from app.flowchart.render import DEFAULT_TIMEOUT, Renderer, RenderError, default_renderer
from app.model import Flowchart
from widgets.qt_guard import never_raises


@dataclass
class RenderResult:
    generation: int
    svg: bytes = b""
    element_ids: dict[str, str] = field(default_factory=dict)
    error: str = ""
    svg_renderer: QSvgRenderer | None = None
    """The SVG already parsed by Qt, in the worker.

    PySide keeps Python's lock while Qt parses (about 15 ms for 500 nodes), so
    the UI thread still waits that long; but it waits here, apart from the
    first paint of the picture, instead of for both in one go.
    """


def _snapshot(chart: Flowchart) -> Flowchart:
    """A copy the worker can read while the user goes on editing.

    The document's commands replace list items, never change one in place, so
    copying the two lists is enough; a deep copy of a 500-node chart would
    cost the UI thread several milliseconds per render.
    """
    return Flowchart.model_construct(direction=chart.direction, nodes=list(chart.nodes), edges=list(chart.edges))


def _cancel_all(events: dict[int, threading.Event], *_: object) -> None:
    for event in list(events.values()):
        event.set()


def _parsed(svg: bytes) -> QSvgRenderer | None:
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        return None
    application = QCoreApplication.instance()
    if application is not None:
        # Hand it to the UI thread, which owns it from now on (and deletes it).
        renderer.moveToThread(application.thread())
    return renderer


class _RenderJob(QRunnable):
    def __init__(self, scheduler: RenderScheduler, generation: int, chart: Flowchart, cancel: threading.Event) -> None:
        super().__init__()
        self._scheduler = scheduler
        self._generation = generation
        self._chart = chart
        self._cancel = cancel

    @never_raises()
    def run(self) -> None:
        result = RenderResult(self._generation)
        if self._cancel.is_set() or self._scheduler.latest_generation() != self._generation:
            # Superseded while queued: report back only so the scheduler stops counting it.
            self._report(result)
            return
        try:
            source = build_dot(self._chart)
            renderer = self._scheduler.renderer_factory()
            result.svg = renderer.render(source.dot, "svg", timeout=self._scheduler.timeout, cancel=self._cancel)
            result.element_ids = source.element_ids
            result.svg_renderer = _parsed(result.svg)
        except RenderError as error:
            result.error = str(error)
        except Exception as error:  # A bug in a renderer must not take the editor down; show it instead.
            result.error = f"the chart could not be drawn: {error}"
        self._report(result)

    def _report(self, result: RenderResult) -> None:
        # RuntimeError: the pane was closed while this render ran; nobody is waiting for the picture.
        with contextlib.suppress(RuntimeError):
            self._scheduler.job_finished.emit(result)


class RenderScheduler(QObject):
    """Turns "the chart changed" into at most one render at a time per newest state."""

    # Emitted from the worker thread; the connection to our slot is queued.
    job_finished = Signal(object)
    started = Signal()
    rendered = Signal(object)  # RenderResult with svg
    failed = Signal(object)  # RenderResult with error

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        delay_ms: int = 120,
        timeout: float = DEFAULT_TIMEOUT,
        renderer_factory: Callable[[], Renderer] = default_renderer,
    ) -> None:
        super().__init__(parent)
        self.timeout = timeout
        self.renderer_factory = renderer_factory
        self._lock = threading.Lock()
        self._generation = 0
        self._pending: Flowchart | None = None
        self._busy = 0
        # Cancel switches of the jobs started and not finished yet, by generation.
        self._in_flight: dict[int, threading.Event] = {}
        self._pool = QThreadPool(self)
        # Two threads: a newer render need not wait for a slow one to time out.
        self._pool.setMaxThreadCount(2)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._start)
        self.job_finished.connect(self._finish)
        # When the pane goes away (window closed, application quitting) the pool waits for its
        # jobs: tell them to stop first. A plain function over the events, because the
        # scheduler itself is half destroyed when `destroyed` arrives.
        self.destroyed.connect(functools.partial(_cancel_all, self._in_flight))
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.discard)

    def latest_generation(self) -> int:
        with self._lock:
            return self._generation

    def is_busy(self) -> bool:
        return self._busy > 0 or self._timer.isActive()

    def request(self, chart: Flowchart, *, immediately: bool = False) -> None:
        """Render ``chart`` as it is when the debounce delay ends."""
        self._pending = chart
        with self._lock:
            self._generation += 1
        if immediately:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def _start(self) -> None:
        if self._pending is None:
            return
        chart, self._pending = _snapshot(self._pending), None
        generation = self.latest_generation()
        self.cancel_running()  # Their pictures are out of date: stop them where the renderer allows.
        cancel = self._in_flight[generation] = threading.Event()
        self._busy += 1
        self.started.emit()
        self._pool.start(_RenderJob(self, generation, chart, cancel))

    def cancel_running(self) -> None:
        for cancel in self._in_flight.values():
            cancel.set()

    def _finish(self, result: RenderResult) -> None:
        self._in_flight.pop(result.generation, None)
        self._busy = max(0, self._busy - 1)
        if result.generation != self.latest_generation():
            return  # A newer edit was made while this one rendered.
        if result.error:
            self.failed.emit(result)
        else:
            self.rendered.emit(result)

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until running jobs end (tests)."""
        return self._pool.waitForDone(msecs)

    def discard(self) -> None:
        """Forget pending and running renders: nothing should be drawn (the chart was emptied)."""
        self._timer.stop()
        self._pending = None
        with self._lock:
            self._generation += 1  # Whatever still finishes is stale.
        self.cancel_running()

    def shut_down(self, msecs: int = 3000) -> bool:
        """Stop what can be stopped and wait a little (the pane is closing)."""
        self.discard()
        return self._pool.waitForDone(msecs)
