"""Python's cyclic garbage collection, run on the UI thread only.

Left to itself, the collector runs in whichever thread happens to allocate
when a generation fills up: the spelling dictionary's loader, the preview's
or the chart's worker. A cycle it frees there may hold a QObject (a page, a
timer, a model of a closed window), whose C++ side is then destroyed on the
wrong thread; a timer left registered with the UI thread's event loop later
fires into freed memory (a segfault in ``QTimerInfoList::activateTimers``,
seen in the test suite while the dictionary loaded). So automatic collection
is turned off, and a timer on the UI thread collects when Python's own
thresholds say it would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# How often the counts are looked at: often enough that garbage does not pile up.
INTERVAL_MS = 100


class UiThreadCollector(QObject):
    """Collects cycles from the UI thread, generation by generation, as Python's thresholds would."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()
        self.destroyed.connect(gc.enable)  # without the timer, Python's own collection again

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; the number of objects freed."""
        counts = gc.get_count()
        freed = 0
        for generation in range(3):
            if counts[generation] <= self._thresholds[generation]:
                break
            freed = gc.collect(generation)
        return freed


_installed: UiThreadCollector | None = None


def collect_on_ui_thread(application: QObject) -> UiThreadCollector:
    """Turn automatic collection off and collect from ``application``'s thread instead (once)."""
    global _installed
    if _installed is None:
        _installed = UiThreadCollector(application)
    return _installed
