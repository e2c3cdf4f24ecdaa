"""Start-up settings of the editor and the command line, and the moves the timeline makes most."""

from __future__ import annotations

import gc
import os
import sys
import types

import pytest

from app import cli
from app.model import PostMortem, TimelineEvent
from bench.common import child_environment, without_qt_noise
from widgets.document import Document


@pytest.fixture
def with_display(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":0")


@pytest.fixture
def collector_restored():
    was_enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_window_starts_with_the_collector_paused_and_it_runs_again_after(
    monkeypatch, with_display, collector_restored, tmp_path
):
    seen: list[bool] = []
    fake = types.ModuleType("widgets.application")
    fake.run_editor = lambda path: seen.append(gc.isenabled()) or 0
    monkeypatch.setitem(sys.modules, "widgets.application", fake)
    gc.enable()

    assert cli.main([str(tmp_path / "incident.json")]) == 0

    assert seen == [False]
    assert gc.isenabled(), "a window that returned without resuming must not leave the collector off"


def test_a_window_that_cannot_start_leaves_the_collector_running(monkeypatch, with_display, collector_restored, capsys):
    monkeypatch.setitem(sys.modules, "widgets.application", None)  # as on a machine without Qt
    gc.enable()

    assert cli.main(["incident.json"]) == 2

    assert gc.isenabled()
    assert "the editor window is not available" in capsys.readouterr().err


def test_once_shown_the_window_freezes_start_up_objects_and_collects_again(qapp, collector_restored):
    from widgets import collector
    from widgets.application import resume_collector

    gc.disable()
    resume_collector()

    # Collecting again, from the UI thread's timer rather than in whichever thread allocates.
    assert collector._installed is not None and collector._installed.parent() is qapp
    assert gc.get_freeze_count() > 0


def test_pydantic_plugins_are_not_looked_up_unless_the_user_asks(monkeypatch):
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "placeholder")  # restored after the test
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS")
    cli.configure_process()
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"

    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")  # a user who wants their plugins
    cli.configure_process()
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == ""


def _timeline_document(count: int) -> Document:
    return Document(PostMortem(timeline=[TimelineEvent(text=f"event {row}") for row in range(count)]))


def _texts(document: Document) -> list[str]:
    return [event.text for event in document.model.timeline]


@pytest.mark.parametrize(
    ("rows", "destination", "expected", "label"),
    [
        ([4], 0, ["event 4", "event 0", "event 1", "event 2", "event 3"], "Move item"),
        ([0], 5, ["event 1", "event 2", "event 3", "event 4", "event 0"], "Move item"),
        ([1, 2], 5, ["event 0", "event 3", "event 4", "event 1", "event 2"], "Move 2 items"),
        ([0, 3], 2, ["event 1", "event 0", "event 3", "event 2", "event 4"], "Move 2 items"),
    ],
)
def test_a_move_is_one_undo_step_named_for_what_moved(qapp, rows, destination, expected, label):
    document = _timeline_document(5)
    before = _texts(document)

    assert document.move_items("timeline", rows, destination)

    assert _texts(document) == expected
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == label
    document.undo_stack.undo()
    assert _texts(document) == before
    document.undo_stack.redo()
    assert _texts(document) == expected


def test_a_move_that_changes_nothing_is_not_an_undo_step(qapp):
    document = _timeline_document(4)
    assert not document.move_items("timeline", [1, 2], 1)
    assert not document.move_items("timeline", [3], 4)
    assert not document.move_items("timeline", [], 0)
    assert document.undo_stack.count() == 0
    assert not document.is_modified()


def test_bench_children_may_cache_bytecode_outside_the_checkout(monkeypatch, tmp_path):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = child_environment(tmp_path / "pycache", QT_QPA_PLATFORM="offscreen")
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["PYTHONPYCACHEPREFIX"] == str(tmp_path / "pycache")
    assert env["QT_QPA_PLATFORM"] == "offscreen"


def test_bench_drops_only_the_offscreen_platform_noise():
    stderr = "This plugin does not support propagateSizeHints()\nTraceback: the real error\n"
    assert without_qt_noise(stderr) == "Traceback: the real error"
    assert without_qt_noise("QPainter::begin: Paint device returned engine == 0") != ""


HEAPS_SCRIPT = """
import ctypes, sys, threading
from app.process_start import limit_malloc_arenas
if sys.argv[1] == "limited":
    limit_malloc_arenas()
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = (ctypes.c_char_p, ctypes.c_char_p)
libc.malloc_info.argtypes = (ctypes.c_int, ctypes.c_void_p)
libc.fclose.argtypes = (ctypes.c_void_p,)
together = threading.Barrier(6)
held = []

def work():
    together.wait()
    held.append([bytes(100_000) for _ in range(5)])  # from malloc: under its mmap threshold

threads = [threading.Thread(target=work) for _ in range(6)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
report = libc.fopen(sys.argv[2].encode(), b"w")
libc.malloc_info(0, report)
libc.fclose(report)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_the_editors_threads_share_a_few_malloc_heaps(tmp_path, monkeypatch):
    # Each worker's own heap kept what that worker freed (the chart's pieces, the preview's Markdown).
    import re
    import subprocess
    from pathlib import Path

    from app.process_start import MALLOC_ARENAS

    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    root = Path(__file__).resolve().parent.parent

    def heaps(mode: str) -> int:
        report = tmp_path / f"{mode}.xml"
        subprocess.run([sys.executable, "-c", HEAPS_SCRIPT, mode, str(report)], cwd=root, check=True)
        return len(re.findall(r"<heap nr=", report.read_text()))

    assert heaps("limited") <= MALLOC_ARENAS
    assert heaps("default") > MALLOC_ARENAS  # what glibc does by itself, which the limit changes
