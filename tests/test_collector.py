"""Cyclic garbage is collected on the UI thread, never in a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from widgets import collector as collector_module
from widgets.collector import UiThreadCollector


def test_automatic_collection_is_off_and_the_ui_threads_timer_collects(qapp, qtbot) -> None:
    collector = UiThreadCollector()
    try:
        assert not gc.isenabled()

        class Cycle:
            def __init__(self) -> None:
                self.me = self

        collected_in: list[threading.Thread] = []

        def note(phase: str, _info: dict) -> None:
            if phase == "start":
                collected_in.append(threading.current_thread())

        gc.callbacks.append(note)
        try:
            worker = threading.Thread(target=lambda: [Cycle() for _ in range(50_000)])
            worker.start()
            worker.join()
            assert collected_in == []  # the worker's allocations started no collection there
            qtbot.waitUntil(lambda: bool(collected_in), timeout=5_000)
            assert set(collected_in) == {threading.main_thread()}
        finally:
            gc.callbacks.remove(note)
    finally:
        collector.deleteLater()
        qtbot.waitUntil(gc.isenabled, timeout=5_000)  # gone, it hands collection back to Python
        if collector_module._installed is not None:
            gc.disable()  # the suite's own collector (tests/conftest.py) is still at work


def test_the_editor_collects_on_the_ui_thread_once_started(qapp, monkeypatch) -> None:
    from widgets import application, collector

    installed: list[QObject] = []
    monkeypatch.setattr(collector, "collect_on_ui_thread", lambda app: installed.append(app))
    monkeypatch.setattr(gc, "freeze", lambda: None)
    application.resume_collector()
    assert installed == [qapp]
