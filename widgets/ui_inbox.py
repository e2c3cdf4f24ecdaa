"""Values handed from worker threads to the UI thread without the worker calling into Qt.

A worker thread runs Python holding Python's lock, and PySide keeps that lock through
every Qt call it makes. A signal emitted from a worker to the UI thread takes one of
Qt's locks for connections (shared by many objects) to queue it; the UI thread, ending a
connection to Python code (an object deleted from the event loop), holds such a lock
while it waits for Python's. Each then waits for the other for ever: a deadlock, rare
but seen in the tests (a print worker making a text layout). So a worker only puts its
value in a plain Python queue here, and a timer on the UI thread takes it out while
work is under way: the worker never touches a Qt lock to hand over.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

INBOX_MS = 5
"""How often the UI thread looks for handed-over values while work is under way (a result waits this long at most)."""
TICK_BUDGET = 0.02
"""The longest one look hands items over for: a pile of reports does not hold the window up in one go."""


class UiInbox(QObject):
    """Hands each item ``put`` by any thread to ``receive``, on this object's (the UI) thread.

    The owner calls ``open`` on the UI thread when it starts work that will hand something over;
    the inbox is looked at every ``INBOX_MS`` from then on, until ``open_while`` says no work is
    left and nothing waits in it.
    """

    def __init__(self, receive: Callable[[Any], None], open_while: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._receive = receive
        self._open_while = open_while
        self._items: deque[Any] = deque()  # appending and popping are atomic: no lock needed
        self._timer = QTimer(self)
        self._timer.setInterval(INBOX_MS)
        self._timer.timeout.connect(self.take_some)

    def put(self, item: Any) -> None:
        """From any thread: plain Python, no Qt call."""
        self._items.append(item)

    def open(self) -> None:
        """On the UI thread: work that hands items over has started."""
        if not self._timer.isActive():
            self._timer.start()

    def take_all(self) -> None:
        """Hand every waiting item to ``receive`` now (a wait for the work to end, a test)."""
        self._hand_over(None)

    def take_some(self) -> None:
        """What each tick does: hand waiting items over for ``TICK_BUDGET`` at most, the rest at the next tick."""
        self._hand_over(TICK_BUDGET)

    def _hand_over(self, budget: float | None) -> None:
        end = None if budget is None else time.monotonic() + budget
        while self._items:
            self._receive(self._items.popleft())  # one at least, however short the budget
            if end is not None and time.monotonic() >= end:
                break
        if not self._open_while() and not self._items:
            self._timer.stop()

    def is_open(self) -> bool:
        return self._timer.isActive()
