"""The warm-up after start: the pages' modules imported ahead of a first visit, without a thread."""

from __future__ import annotations

import threading

from widgets import warm_up


def test_the_pages_modules_are_imported_one_per_turn_on_the_ui_thread(qtbot, monkeypatch) -> None:
    imported: list[tuple[str, threading.Thread]] = []
    monkeypatch.setattr(
        warm_up.importlib, "import_module", lambda name: imported.append((name, threading.current_thread()))
    )

    warm_up.start_warm_up()
    # One module now; the window answers events before the next.
    assert [name for name, _ in imported] == [warm_up.MODULES[0]]
    qtbot.waitUntil(lambda: len(imported) == len(warm_up.MODULES), timeout=10_000)
    assert [name for name, _ in imported] == list(warm_up.MODULES)
    # A Qt subclass defined on another thread while the UI thread makes QObjects crashed PySide.
    assert {thread for _, thread in imported} == {threading.main_thread()}


def test_a_module_that_fails_to_import_does_not_stop_the_others(qtbot, monkeypatch) -> None:
    seen: list[str] = []

    def import_module(name: str) -> None:
        seen.append(name)
        if name == warm_up.MODULES[1]:
            raise ImportError("a broken install")

    monkeypatch.setattr(warm_up.importlib, "import_module", import_module)
    warm_up.start_warm_up()
    qtbot.waitUntil(lambda: len(seen) == len(warm_up.MODULES), timeout=10_000)
