"""Whether the UI thread is free: background threads step aside while it is busy.

Each Qt call the UI thread makes into Python (a ``data``, a ``paint``, a slot)
first waits for the interpreter lock, and a worker running Python keeps that
lock up to Python's switch interval (5 ms) at a time. A page built while the
preview converted 10,000 events and the spelling list loaded spent four fifths
of its 250 ms waiting so. A worker that calls ``give_way`` between short steps
pauses instead while the UI thread is busy, and takes the time the window
leaves.

The UI thread is busy when its pulse is late (a timer that beats on the UI
thread while background work runs, ``PulseKeeper``) or while it says so itself
(``building``: a page or a list is being built, which is one long call).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer

PULSE_MS = 10
"""How often the UI thread says it is free while background work runs."""
BUSY_AFTER = 0.025
"""A pulse this late means the UI thread is busy: work that gives way pauses."""
GIVE_WAY_AT_MOST = 0.5
"""The longest one ``give_way`` pauses: a UI thread busy for longer is frozen anyway, and the work must end.

A pulse later than this is taken for a UI thread that is not running its event loop
at all (a test, a script): nothing there to give way to."""
PAUSE_STEP = 0.002


class UiPulse:
    """When the UI thread was last free, read by other threads (plain numbers: no lock needed)."""

    def __init__(self) -> None:
        self.last = time.monotonic()
        self.waited_on = 0  # the UI thread is blocked waiting for background work: nothing to give way to
        self.built = 0  # the UI thread is in one long call building something (``building``)

    def beat(self) -> None:
        self.last = time.monotonic()

    def ui_busy(self) -> bool:
        if self.waited_on:
            return False
        if self.built:
            return True
        return BUSY_AFTER < time.monotonic() - self.last < GIVE_WAY_AT_MOST

    def give_way(self, stop: Callable[[], bool] | None = None) -> None:
        """Pause while the UI thread is busy (at most ``GIVE_WAY_AT_MOST``, less when ``stop`` says so)."""
        if not self.ui_busy():
            return
        end = time.monotonic() + GIVE_WAY_AT_MOST
        while self.ui_busy() and time.monotonic() < end and not (stop is not None and stop()):
            time.sleep(PAUSE_STEP)  # sleeping releases the interpreter lock to the UI thread

    @contextlib.contextmanager
    def building(self) -> Iterator[None]:
        """On the UI thread, around one long call (a page built): background work pauses at once."""
        self.built += 1
        try:
            yield
        finally:
            self.built -= 1
            self.beat()

    @contextlib.contextmanager
    def waiting(self) -> Iterator[None]:
        """On the UI thread, around blocking until background work ends: that work must not pause."""
        self.waited_on += 1
        try:
            yield
        finally:
            self.waited_on -= 1


ui_pulse = UiPulse()
"""The application's one pulse: every background thread reads it."""


class PulseKeeper(QObject):
    """Beats ``ui_pulse`` from the UI thread while its owner's background work runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(PULSE_MS)
        self._timer.timeout.connect(ui_pulse.beat)

    def start(self) -> None:
        ui_pulse.beat()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
