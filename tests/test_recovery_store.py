"""Which recovery copies are offered after a crash, decided by session locks (no Qt)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.model import Metadata, PostMortem
from app.recovery_store import RecoveryStore, new_session_id
from app.session_lock import SessionLock, is_held

ROOT = Path(__file__).resolve().parent.parent


def write_copy(store: RecoveryStore, session: str, title: str = "Unsaved work") -> Path:
    file = store.file_for(None, session)
    store.write(file, PostMortem(metadata=Metadata(title=title)), None, session)
    return file


def test_a_lock_is_held_until_released_and_then_its_file_is_gone(tmp_path):
    lock = SessionLock.acquire(tmp_path / "s.lock")
    assert lock is not None and is_held(tmp_path / "s.lock")
    assert SessionLock.acquire(tmp_path / "s.lock") is None  # a second holder is refused
    lock.release()
    assert not is_held(tmp_path / "s.lock")
    assert not (tmp_path / "s.lock").exists()


def test_the_copy_of_a_running_session_is_not_offered_and_a_dead_one_is(tmp_path):
    store = RecoveryStore(tmp_path)
    running, crashed = new_session_id(), new_session_id()
    lock = store.claim(running)
    write_copy(store, running, "Running")
    write_copy(store, crashed, "Crashed")
    assert [c.model.metadata.title for c in store.left_behind()] == ["Crashed"]
    lock.release()
    assert sorted(c.model.metadata.title for c in store.left_behind()) == ["Crashed", "Running"]


def test_a_reused_process_id_does_not_hide_a_crashed_copy(tmp_path):
    # The crashed editor's pid now belongs to another living process (here our parent).
    store = RecoveryStore(tmp_path)
    session = new_session_id()
    file = write_copy(store, session)
    payload = json.loads(file.read_text(encoding="utf-8"))
    payload["pid"] = os.getppid()
    file.write_text(json.dumps(payload), encoding="utf-8")
    assert [c.file for c in store.left_behind()] == [file]


def test_two_editors_with_the_same_file_keep_separate_copies(tmp_path):
    store = RecoveryStore(tmp_path)
    source = tmp_path / "outage.json"
    assert store.file_for(source, new_session_id()) != store.file_for(source, new_session_id())


def test_lock_files_of_ended_sessions_are_swept_once_they_have_no_copies(tmp_path):
    store = RecoveryStore(tmp_path)
    crashed, starting, running = new_session_id(), new_session_id(), new_session_id()
    old = time.time() - 3600
    for session in (crashed, starting):
        store.lock_file(session).write_text("", encoding="utf-8")  # held by nobody
    os.utime(store.lock_file(crashed), (old, old))  # ``starting`` is young: an editor may be locking it now
    lock = store.claim(running)
    os.utime(store.lock_file(running), (old, old))
    write_copy(store, crashed)
    [copy] = store.left_behind()
    assert store.lock_file(crashed).exists()  # its copy is still waiting
    store.forget(copy)
    assert store.left_behind() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{s}.lock" for s in (starting, running))
    lock.release()


@pytest.mark.parametrize("session", ["../../etc/passwd", "A" * 32, 7, None])
def test_a_hostile_session_name_never_reaches_the_file_system(tmp_path, session):
    # Such a copy is judged like an old one, by its process id (here a dead one).
    store = RecoveryStore(tmp_path / "recovery")
    file = write_copy(store, new_session_id())
    payload = json.loads(file.read_text(encoding="utf-8"))
    payload["session"], payload["pid"] = session, 2**22 + 1
    file.write_text(json.dumps(payload), encoding="utf-8")
    [copy] = store.left_behind()
    assert copy.session is None
    store.forget(copy)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["recovery"]


def test_broken_and_old_copies_of_a_live_process_are_not_offered(tmp_path):
    store = RecoveryStore(tmp_path)
    (tmp_path / "broken.recovery.json").write_text('{"recovery_version": 1, "document": [', "utf-8")
    (tmp_path / "wrong.recovery.json").write_text(
        json.dumps({"recovery_version": 1, "saved_at": "2025-01-01T00:00:00", "document": {"timeline": "x"}}), "utf-8"
    )
    old = write_copy(store, new_session_id())
    payload = json.loads(old.read_text(encoding="utf-8"))
    del payload["session"]
    payload["pid"] = os.getppid()  # a copy from before session locks, its editor alive
    old.write_text(json.dumps(payload), encoding="utf-8")
    assert store.left_behind() == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_editor_process_leaves_its_copy_for_the_next_start(tmp_path):
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from app.model import Metadata, PostMortem
        from app.recovery_store import RecoveryStore, new_session_id
        store = RecoveryStore(Path({str(tmp_path)!r}))
        session = new_session_id()
        lock = store.claim(session)
        store.write(store.file_for(None, session), PostMortem(metadata={{"title": "Killed mid-edit"}}), None, session)
        print("ready", flush=True)
        time.sleep(60)
        """
    )
    editor = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert editor.stdout.readline().strip() == "ready"
        store = RecoveryStore(tmp_path)
        assert store.left_behind() == []  # alive: its copy is its own
        editor.send_signal(signal.SIGKILL)
        editor.wait(timeout=10)
        assert [c.model.metadata.title for c in store.left_behind()] == ["Killed mid-edit"]
    finally:
        editor.kill()
        editor.wait()
        editor.stdout.close()
