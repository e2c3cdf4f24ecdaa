"""Autosave of a recovery copy and its restore after a crash."""

from __future__ import annotations

import json
import threading
import time

from app.formats import json_format
from app.model import PostMortem
from app.recovery_store import new_session_id
from tests.test_window_fixtures import Answers, make_window, sample_document
from widgets.application import offer_recovery
from widgets.dialogs import RestoreChoice
from widgets.recovery import RecoveryStore


def recovery_files(tmp_path):
    return sorted((tmp_path / "recovery").glob("*.recovery.json"))


def test_a_modified_document_gets_a_recovery_copy_and_a_save_removes_it(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, sample_document())
    window.autosaver.write_now()
    assert recovery_files(tmp_path) == []  # nothing to recover while unmodified
    qtbot.keyClicks(window.page("overview").title_field, " (edited)")
    window.autosaver.write_now()
    [copy] = recovery_files(tmp_path)
    stored = json.loads(copy.read_text(encoding="utf-8"))
    assert json_format.from_data(stored["document"]) == window.document.model
    Answers(window, monkeypatch, save_path=tmp_path / "saved.json")
    assert window.files.save()
    assert recovery_files(tmp_path) == []


def test_the_timer_writes_the_copy_by_itself(qtbot, tmp_path):
    from widgets.recovery import Autosaver

    window = make_window(qtbot, tmp_path)
    fast = Autosaver(window.document, window.recovery_store, interval_ms=50, parent=window)
    qtbot.keyClicks(window.page("introduction").editor, "Work in progress")
    qtbot.waitUntil(lambda: fast.recovery_file is not None and fast.recovery_file.exists(), timeout=3000)


def test_discarding_changes_removes_the_copy(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    qtbot.keyClicks(window.page("overview").title_field, "Draft")
    window.autosaver.write_now()
    assert len(recovery_files(tmp_path)) == 1
    assert window.files.new_document()  # the test windows answer "Discard"
    assert recovery_files(tmp_path) == []


def test_after_a_crash_the_next_start_restores_the_work_as_an_undoable_change(qtbot, tmp_path, monkeypatch):
    on_disk = tmp_path / "outage.json"
    on_disk.write_text(json_format.dumps(sample_document()), encoding="utf-8")
    crashed = make_window(qtbot, tmp_path)
    assert crashed.files.open_now(on_disk)
    qtbot.keyClicks(crashed.page("overview").title_field, " - unsaved")
    crashed.document.insert_items("improvements", 0, ["Practise restores"])
    crashed.autosaver.write_now()
    lost_work = crashed.document.snapshot()
    # A crash: the window vanishes without closing, the copy stays, and the
    # operating system drops the crashed session's lock.
    crashed.autosaver.session_lock.release()

    restarted = make_window(qtbot, tmp_path / "next")
    restarted.recovery_store = RecoveryStore(tmp_path / "recovery")
    answers = Answers(restarted, monkeypatch, ask_restore=RestoreChoice.RESTORE)
    assert offer_recovery(restarted)
    assert answers.asked[0] == ("ask_restore", (["outage.json"],))
    assert restarted.document.model == lost_work
    assert restarted.document.path == on_disk.resolve()
    assert restarted.document.is_modified()
    assert restarted.page("overview").title_field.text().endswith(" - unsaved")
    # The restored work already has a copy of its own, in case it brings the editor down again.
    [own_copy] = recovery_files(tmp_path / "next")  # this window writes to its own folder
    assert json_format.from_data(json.loads(own_copy.read_text(encoding="utf-8"))["document"]) == lost_work
    restarted.document.undo_stack.undo()
    assert restarted.document.model == sample_document()
    assert recovery_files(tmp_path) == []


def test_declining_a_restore_can_discard_or_keep_the_copies(qtbot, tmp_path, monkeypatch):
    store = RecoveryStore(tmp_path / "recovery")
    crashed_session = new_session_id()  # never locked: its editor is gone
    store.write(store.file_for(None, crashed_session), sample_document(), None, crashed_session)
    window = make_window(qtbot, tmp_path)
    Answers(window, monkeypatch, ask_restore=[RestoreChoice.LATER, RestoreChoice.DISCARD])
    assert not offer_recovery(window)
    assert len(recovery_files(tmp_path)) == 1
    assert not offer_recovery(window)
    assert recovery_files(tmp_path) == []
    assert window.document.model == PostMortem()


def test_a_second_editor_does_not_offer_the_copy_of_one_still_running(qtbot, tmp_path, monkeypatch):
    running = make_window(qtbot, tmp_path)
    qtbot.keyClicks(running.page("overview").title_field, "Still being written")
    running.autosaver.write_now()
    assert len(recovery_files(tmp_path)) == 1
    second = make_window(qtbot, tmp_path / "second")
    second.recovery_store = RecoveryStore(tmp_path / "recovery")
    assert not offer_recovery(second)  # no question asked: ask_restore would fail the test
    running.close()
    assert recovery_files(tmp_path) == []
    assert list((tmp_path / "recovery").glob("*.lock")) == []


def test_a_save_during_a_background_write_leaves_no_copy_behind(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, sample_document())
    qtbot.keyClicks(window.page("overview").title_field, " (edited)")
    window.autosaver.write_soon()  # in the background
    Answers(window, monkeypatch, save_path=tmp_path / "saved.json")
    assert window.files.save()
    window.autosaver.wait()
    qtbot.wait(50)
    assert recovery_files(tmp_path) == []
    assert window.autosaver.recovery_file is None


def test_closing_while_a_copy_is_being_written_leaves_no_copy_behind(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    qtbot.keyClicks(window.page("overview").title_field, " (edited)")
    window.autosaver.write_soon()  # the timer's tick, just before the user closes and discards
    assert window.close()
    assert recovery_files(tmp_path) == []
    assert RecoveryStore(tmp_path / "recovery").left_behind() == []


def test_a_data_folder_that_cannot_be_written_is_reported_once(qtbot, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the recovery folder should be", encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    window.recovery_store = window.autosaver._store = RecoveryStore(blocked / "recovery")
    for text in ("Draft", " two"):
        qtbot.keyClicks(window.page("overview").title_field, text)
        window.autosaver.write_now()
    [warning] = window.dialogs.warnings
    assert str(blocked / "recovery") in warning and "Save your work" in warning
    assert window.document.is_modified()  # nothing else changes


def test_a_restore_offered_while_the_start_up_file_is_still_read_waits_for_it(qtbot, tmp_path, monkeypatch):
    from app.formats import files

    on_disk = tmp_path / "outage.json"
    on_disk.write_text(json_format.dumps(sample_document()), encoding="utf-8")
    crashed = make_window(qtbot, tmp_path)
    assert crashed.files.open_now(on_disk)
    qtbot.keyClicks(crashed.page("overview").title_field, " - unsaved")
    crashed.autosaver.write_now()
    lost_work = crashed.document.snapshot()
    crashed.autosaver.session_lock.release()

    restarted = make_window(qtbot, tmp_path / "next")
    restarted.recovery_store = RecoveryStore(tmp_path / "recovery")
    answers = Answers(restarted, monkeypatch, ask_restore=RestoreChoice.RESTORE)
    original, started = files.load_with_notes, threading.Event()

    def slow(*args, **kwargs):  # a large file given at start-up, read while the window shows
        started.set()
        time.sleep(0.3)
        return original(*args, **kwargs)

    monkeypatch.setattr(files, "load_with_notes", slow)
    assert restarted.files.open_path(on_disk, ask=False)
    assert started.wait(10)
    assert offer_recovery(restarted)

    assert answers.errors == []
    assert restarted.document.model == lost_work
    assert restarted.document.path == on_disk.resolve()
    restarted.document.undo_stack.undo()
    assert restarted.document.model == sample_document()  # the file, read, then the work on top
