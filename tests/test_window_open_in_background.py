"""File › Open reads and parses off the UI thread: the window answers meanwhile, one open at a time."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from app.formats import files
from tests.test_window_files import type_title, write_sample
from tests.test_window_fixtures import Answers, make_window, sample_document
from widgets.dialogs import UnsavedChoice

pytestmark = pytest.mark.timeout(60)


class HeldReads:
    """``files.load_with_notes`` held at a gate until the test lets it go, noting the thread it ran on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.threads: list[threading.Thread] = []
        original = files.load_with_notes

        def held(path, *args, **kwargs):
            self.threads.append(threading.current_thread())
            self.started.set()
            self.gate.wait(20)
            return original(path, *args, **kwargs)

        monkeypatch.setattr(files, "load_with_notes", held)


@pytest.fixture
def held(monkeypatch):
    reads = HeldReads(monkeypatch)
    yield reads
    reads.gate.set()  # never leave a pool thread waiting after a failed test


def test_the_file_is_read_on_another_thread_while_the_window_answers(qtbot, tmp_path, held):
    target = write_sample(tmp_path / "outage.json")
    window = make_window(qtbot, tmp_path)
    window.show()

    assert window.files.open_path(target)
    assert held.started.wait(10)
    ticks: list[int] = []
    window.startTimer(5)  # any timer shows the event loop turning
    window.timerEvent = lambda _event: ticks.append(1)
    qtbot.waitUntil(lambda: len(ticks) >= 3)

    assert held.threads[0] is not threading.main_thread()
    assert window.files.is_opening()
    assert window.opening_status.label.isVisible()
    assert window.opening_status.label.text() == "Opening outage.json…"
    assert window.opening_status.cancel_button.isVisible()
    assert window.cursor().shape() == Qt.CursorShape.BusyCursor
    assert not window.actions.open.isEnabled()
    assert not window.actions.recent_menu.menuAction().isEnabled()
    assert window.document.path is None  # nothing replaced before the file is read

    with qtbot.waitSignal(window.files.open_finished) as ended:
        held.gate.set()
    assert ended.args == [True]
    assert window.document.model == sample_document()
    assert window.document.path == target.resolve()
    assert window.files.recent_files()[0] == target.resolve()
    assert not window.opening_status.label.isVisible()
    assert window.actions.open.isEnabled()
    assert window.cursor().shape() != Qt.CursorShape.BusyCursor


def test_a_second_open_while_one_is_under_way_is_refused_with_a_word(qtbot, tmp_path, held):
    first = write_sample(tmp_path / "first.json")
    second = write_sample(tmp_path / "second.json")
    window = make_window(qtbot, tmp_path)
    messages: list[str] = []
    window.files.status_message.connect(messages.append)

    assert window.files.open_path(first)
    assert not window.files.open_path(second)  # a drop or Open Recent racing the first
    assert not window.files.open_dialog()  # File › Open (its file dialog is not even shown)
    assert messages[-1] == "Still opening first.json…"

    held.gate.set()
    assert window.files.wait_for_open()
    assert window.document.path == first.resolve()
    assert len(held.threads) == 1


def test_cancel_stops_the_open_and_keeps_the_document(qtbot, tmp_path, held):
    target = write_sample(tmp_path / "outage.json")
    window = make_window(qtbot, tmp_path)
    window.show()
    before = window.document.snapshot()
    assert window.files.open_path(target)
    assert held.started.wait(10)

    with qtbot.waitSignal(window.files.open_finished) as ended:
        qtbot.mouseClick(window.opening_status.cancel_button, Qt.MouseButton.LeftButton)
    assert ended.args == [False]
    assert not window.opening_status.cancel_button.isVisible()
    assert window.actions.open.isEnabled()

    held.gate.set()  # the read still ends on its thread: what it read is dropped
    qtbot.waitUntil(lambda: not window.files._reader.is_busy())
    qtbot.wait(50)
    assert window.document.model == before
    assert window.document.path is None


def test_new_while_a_file_is_read_stops_the_open(qtbot, tmp_path, held):
    target = write_sample(tmp_path / "outage.json")
    window = make_window(qtbot, tmp_path)
    assert window.files.open_path(target)
    window.actions.new.trigger()
    assert not window.files.is_opening()
    held.gate.set()
    qtbot.waitUntil(lambda: not window.files._reader.is_busy())
    qtbot.wait(50)
    assert window.document.path is None


def test_the_unsaved_changes_question_comes_once_the_file_is_read(qtbot, tmp_path, monkeypatch, held):
    target = write_sample(tmp_path / "outage.json")
    window = make_window(qtbot, tmp_path)
    type_title(window, qtbot, "Mine")
    answers = Answers(window, monkeypatch, ask_unsaved_changes=UnsavedChoice.CANCEL)

    assert window.files.open_path(target)
    assert held.started.wait(10)
    qtbot.wait(20)
    assert answers.count("ask_unsaved_changes") == 0  # not asked for a file that may not open

    with qtbot.waitSignal(window.files.open_finished) as ended:
        held.gate.set()
    assert ended.args == [False]
    assert answers.count("ask_unsaved_changes") == 1
    assert window.document.model.metadata.title == "Mine"
    assert window.document.is_modified()


def test_a_file_that_cannot_be_read_gives_one_dialog_with_its_name(qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    window = make_window(qtbot, tmp_path, sample_document())
    answers = Answers(window, monkeypatch)

    with qtbot.waitSignal(window.files.open_finished) as ended:
        assert window.files.open_path(broken)
    assert ended.args == [False]
    assert len(answers.errors) == 1 and answers.errors[0].startswith("broken.json: not valid JSON")
    assert window.document.model == sample_document()
    assert window.actions.open.isEnabled()


def test_a_bug_while_reading_is_still_a_dialog(qtbot, tmp_path, monkeypatch):
    target = write_sample(tmp_path / "outage.json")
    window = make_window(qtbot, tmp_path, sample_document())
    answers = Answers(window, monkeypatch)

    def broken(*_args, **_kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr(files, "load_with_notes", broken)
    assert not window.files.open_now(target)
    assert answers.errors == ["outage.json: internal error (KeyError)"]
    assert window.document.model == sample_document()


def test_the_problems_of_a_file_are_found_while_it_is_read(qtbot, tmp_path, monkeypatch):
    from app.formats import json_format
    from tests.test_window_fixtures import large_document
    from widgets import findings

    threads: list[threading.Thread] = []
    original = findings.time_problems  # the check of the timeline: the part that goes through every event
    monkeypatch.setattr(
        findings, "time_problems", lambda *args: threads.append(threading.current_thread()) or original(*args)
    )
    document = large_document(300)
    document.summary.end = document.summary.start  # every timed event but the first is then after the end
    path = tmp_path / "long.json"
    path.write_text(json_format.dumps(document), encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    window.show()
    threads.clear()

    assert window.files.open_now(path)
    window.findings.settle()

    assert len(window.findings.problems()) >= 299
    assert "⚠" in window._warnings_label.text()
    assert threads and threading.main_thread() not in threads  # not worked out again on the UI thread


def test_each_page_is_shown_the_problems_of_its_part_in_their_order():
    from hypothesis import given
    from hypothesis import strategies as st

    from app.paths import concerns
    from app.validation import Problem
    from widgets.panes.page import problems_for

    places = ["summary", "summary.end", "summaryx.y", "timeline", "timeline[1].time", "humor.flowchart"]
    paths = st.sampled_from([*places, "humor.flowchart.nodes[0].id", "humor", "introduction", "metadata.service"])

    @given(st.lists(paths.map(lambda path: Problem(path, "m")), max_size=12), st.lists(paths, min_size=1, max_size=3))
    def check(problems, prefixes):
        one_by_one = [p for p in problems if any(concerns(p.path, prefix) for prefix in prefixes)]
        assert problems_for(problems, tuple(prefixes)) == one_by_one

    check()
