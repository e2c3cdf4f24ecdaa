"""Values handed from worker threads to the window's thread without the worker calling Qt."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread

from widgets import ui_inbox
from widgets.ui_inbox import UiInbox

WAIT = 5000


def test_items_put_by_a_thread_arrive_in_order_on_the_ui_thread_and_the_inbox_closes(qtbot):
    owner = QObject()
    received: list[tuple[int, QThread]] = []
    working = threading.Event()
    working.set()
    inbox = UiInbox(lambda item: received.append((item, QThread.currentThread())), working.is_set, owner)
    inbox.open()

    def work() -> None:
        for item in range(50):
            inbox.put(item)
        working.clear()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(received) == 50, timeout=WAIT)
    assert [item for item, _thread in received] == list(range(50))
    assert {thread for _item, thread in received} == {owner.thread()}
    qtbot.waitUntil(lambda: not inbox.is_open(), timeout=WAIT)  # nothing left to wait for: no more ticks


def test_a_pile_of_items_is_handed_over_a_few_at_a_time_between_which_the_window_runs(qtbot, monkeypatch):
    monkeypatch.setattr(ui_inbox, "TICK_BUDGET", 0.0)  # one item a tick
    owner = QObject()
    received: list[int] = []
    inbox = UiInbox(received.append, lambda: True, owner)
    for item in range(4):
        inbox.put(item)
    inbox.take_some()
    assert received == [0]
    inbox.take_some()
    assert received == [0, 1]
    inbox.take_all()  # a wait for the work hands everything over at once
    assert received == [0, 1, 2, 3]
