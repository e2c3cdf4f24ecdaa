"""Background work steps aside while the window is busy: the preview, the spelling list, and what they wait for.

The window's thread waits for Python's lock at each of its calls into Python; a
worker running Python meanwhile made a page of 10,000 events take four times its
own time to show. These tests say what the window can count on, not how fast.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from app.spelling_words import packaged_lines
from app.text_pieces import PIECE, giving_way
from tests.test_window_fixtures import large_document, make_window, sample_document
from widgets import preview_render, spelling
from widgets import ui_pulse as ui_pulse_module
from widgets.preview_render import HtmlCache, PreviewInput, render_preview
from widgets.runner import Runner
from widgets.ui_pulse import GIVE_WAY_AT_MOST, ui_pulse


class StandingClock:
    """The pulse's clock in these tests: its time stands still unless a test moves it.

    A pause then lasts exactly as long as the window is busy, never until ``GIVE_WAY_AT_MOST``
    runs out, however slowly a loaded machine runs the test; and the clock says which threads paused.
    """

    def __init__(self) -> None:
        self.now = 1_000.0
        self.paused: set[int] = set()  # the threads that paused at least once
        self.ticking = False  # when True, a pause moves the clock on by its length

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.paused.add(threading.get_ident())
        if self.ticking:
            self.now += seconds
        time.sleep(seconds)  # really: lets the other threads run


@pytest.fixture
def clock(monkeypatch) -> StandingClock:
    """The pulse read by a StandingClock, its state put back after the test."""
    standing = StandingClock()
    monkeypatch.setattr(ui_pulse_module, "time", standing)
    monkeypatch.setattr(ui_pulse, "last", standing.now)
    return standing


def wait_for_pauses(clock: StandingClock, workers: Callable[[], set[int]], *, or_until: Callable[[], bool]) -> None:
    """Until every one of ``workers()`` (thread ids) is pausing, or ``or_until()`` says the work went on meanwhile.

    Threads left running by earlier tests pause too: the test waits for its own.
    """
    end = time.monotonic() + 60  # a guard against a hang, not a measure
    while not (workers() and workers() <= clock.paused) and not or_until():
        assert time.monotonic() < end, "the background work neither paused nor went on"
        time.sleep(0.005)


def test_the_preview_converts_nothing_while_a_page_is_built(qtbot, clock):
    cache = HtmlCache()
    done: list[object] = []
    workers: set[int] = set()

    def render(request, job):
        workers.add(threading.get_ident())
        return render_preview(request, job, cache, lambda _model, _cancel: None)

    runner = Runner(render)
    runner.finished.connect(lambda _key, plan: done.append(plan))
    with ui_pulse.building():  # the window's thread builds a page: one long call
        runner.request(lambda: PreviewInput(large_document(300), first_screen=False), immediately=True)
        wait_for_pauses(clock, lambda: set(workers), or_until=lambda: bool(cache._used or cache._kept))
        converted_meanwhile = len(cache._used) + len(cache._kept)
    assert converted_meanwhile == 0
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert done[0].complete and all(html is not None for html in done[0].html)


def test_the_spelling_list_loads_nothing_while_a_page_is_built(qtbot, monkeypatch, tmp_path, clock):
    from PySide6.QtCore import QSettings

    from app import spelling_words
    from app.spelling import _PySpellChecker
    from widgets.settings import Settings

    read: list[int] = []

    def counted_lines(language: str):
        for line in packaged_lines(language):
            read.append(1)
            yield line

    monkeypatch.setattr(spelling_words, "packaged_lines", counted_lines)
    monkeypatch.setattr(spelling, "make_backend", lambda language: _PySpellChecker(language.split("_", 1)[0]))
    service = spelling.SpellService(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    service.set_enabled(True)
    service.set_language("en")
    with ui_pulse.building():
        service.checker()  # starts the load
        loader = service._loading
        assert loader is not None
        wait_for_pauses(clock, lambda: {loader.ident}, or_until=lambda: len(read) >= 1_000)
        read_meanwhile = len(read)
    assert read_meanwhile < 1_000  # at most the first piece; the list has 160,000 entries
    assert service.wait_ready()
    assert len(read) > 100_000
    assert [word.text for word in service.checker().misspelt("the incident was mittigated")] == ["mittigated"]


def test_showing_a_page_for_the_first_time_makes_background_work_step_aside(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    busy_while_built: list[bool] = []
    window.sections.page_built.connect(lambda _key: busy_while_built.append(ui_pulse.ui_busy()))
    window.sections.show_section("timeline")
    assert busy_while_built == [True]
    assert not ui_pulse.ui_busy()


def test_opening_another_document_makes_background_work_step_aside_while_the_views_reset(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    busy_while_reset: list[bool] = []
    window.document.document_reset.connect(lambda: busy_while_reset.append(ui_pulse.ui_busy()))
    window.document.replace_model(large_document(50))
    assert busy_while_reset == [True]
    assert not ui_pulse.ui_busy()


def test_work_given_way_goes_on_when_the_window_thread_is_not_answering_events_at_all(clock):
    # A script, or a window frozen past any hope: pausing would only make the work late too.
    clock.now = ui_pulse.last + 2 * GIVE_WAY_AT_MOST
    clock.ticking = True  # were it to pause, the pause would end
    for _ in range(20):
        ui_pulse.give_way()
    assert clock.paused == set()
    clock.now = ui_pulse.last + GIVE_WAY_AT_MOST / 2  # late, but not past hope: that pulse is a busy window
    assert ui_pulse.ui_busy()


def test_the_spelling_list_gives_way_every_few_hundred_entries():
    calls: list[int] = []
    lines = 0
    with giving_way(lambda: calls.append(lines)):
        for _line in packaged_lines("en"):
            lines += 1
    assert lines > 100_000
    gaps = [later - earlier for earlier, later in zip([0, *calls], calls, strict=False)]
    assert len(calls) > lines / 1_000 and max(gaps) < 1_000


@pytest.mark.parametrize("where", [PIECE - 10, PIECE + 10, 3 * PIECE // 2])
def test_the_preview_cuts_an_over_long_line_anywhere_in_a_long_document(where):
    line = "y" * (preview_render.PREVIEW_LINE_CHARS * 2)
    short = "a short line of text\n" * (where // 21)
    text = short + line + "\n" + short
    cut = preview_render.bounded(text)
    assert max(len(each) for each in cut.split("\n")) < preview_render.PREVIEW_LINE_CHARS + 200
    assert "more characters on this line are not shown in the preview" in cut
    assert preview_render.bounded(short + short) == short + short


def test_a_job_given_way_in_many_threads_at_once_stops_when_the_window_is_free_again(qtbot, clock):
    went_on: list[int] = []

    def step() -> None:
        ui_pulse.give_way()
        went_on.append(threading.get_ident())

    with ui_pulse.building():
        threads = [threading.Thread(target=step) for _ in range(3)]
        for thread in threads:
            thread.start()
        wait_for_pauses(clock, lambda: {thread.ident for thread in threads}, or_until=lambda: bool(went_on))
        assert went_on == []
    for thread in threads:
        thread.join(30)
    assert sorted(went_on) == sorted(thread.ident for thread in threads)
