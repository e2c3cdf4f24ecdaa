"""Memory a big job freed goes back to the system, so the editor's resident size follows what it holds."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app import free_memory
from app.formats import json_format
from tests.test_window_fixtures import large_document, make_window
from widgets import file_reading

STATM = Path("/proc/self/statm")


def resident_mb() -> float:
    import os

    return int(STATM.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


@pytest.mark.skipif(not STATM.exists(), reason="resident size is read from /proc")
def test_what_a_worker_thread_freed_is_no_longer_resident_once_given_back():
    if not free_memory.give_back_free_memory():
        pytest.skip("this C library keeps what it frees")
    kept: list[bytes] = []

    def scratch() -> None:
        # Blocks of a kilobyte come from the C allocator, in this thread's own heap.
        blocks = [bytes(1000) + bytes([n % 256]) for n in range(40_000)]
        kept.append(blocks[-1])  # the newest block stays: the heap cannot simply shrink from its end
        del blocks

    thread = threading.Thread(target=scratch)
    thread.start()
    thread.join()
    before = resident_mb()
    assert free_memory.give_back_free_memory()
    assert resident_mb() < before - 20  # of the 40 MB freed
    assert kept[0][-1] == 39_999 % 256


def test_reading_a_file_gives_back_the_memory_of_its_parse_on_the_reading_thread(qtbot, tmp_path, monkeypatch):
    given_back: list[str] = []
    monkeypatch.setattr(
        file_reading, "give_back_free_memory", lambda: given_back.append(threading.current_thread().name)
    )
    path = tmp_path / "long.json"
    path.write_text(json_format.dumps(large_document(300)), encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    assert window.files.open_now(path, ask=False)
    assert len(window.document.model.timeline) == 300
    assert len(given_back) == 1 and given_back[0] != threading.main_thread().name


@pytest.mark.skipif(not STATM.exists(), reason="resident size is read from /proc")
def test_what_a_background_job_freed_is_no_longer_resident_once_it_has_ended(qtbot):
    if not free_memory.give_back_free_memory():
        pytest.skip("this C library keeps what it frees")
    from widgets.runner import Runner

    def work(_payload: object, _job: object) -> tuple[float, bytes]:
        # Blocks of a kilobyte come from the C allocator, in the job's thread's heap.
        blocks = [bytes(1000) + bytes([n % 256]) for n in range(40_000)]
        newest = blocks[-1]  # it stays: the heap cannot simply shrink from its end
        del blocks
        return resident_mb(), newest

    runner = Runner(work, name="scratch")
    with qtbot.waitSignal(runner.finished, timeout=10_000) as finished:
        runner.run_once(None)
    when_done, newest = finished.args[1]
    assert runner.wait()

    assert resident_mb() < when_done - 20  # of the 40 MB the job freed
    assert newest[-1] == 39_999 % 256
