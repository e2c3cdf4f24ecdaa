"""Atomic saves: a failure at any moment of a write leaves the previous file as it was."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from app import atomic
from app.atomic import write_bytes_atomic, write_text_atomic
from app.errors import DocumentError
from app.formats import files
from app.model import PostMortem

OLD = b'{"old": "a complete file the user cares about"}\n'


def disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "incident.json"
    path.write_bytes(OLD)
    return path


def assert_untouched(path: Path) -> None:
    assert path.read_bytes() == OLD
    # No temporary file left behind beside it.
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_write_creates_the_file(tmp_path):
    path = tmp_path / "new.json"
    write_text_atomic(path, "héllo\n")
    assert path.read_bytes() == "héllo\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["new.json"]


def test_write_replaces_the_file_completely(existing):
    write_bytes_atomic(existing, b"new")
    assert existing.read_bytes() == b"new"
    assert [p.name for p in existing.parent.iterdir()] == [existing.name]


class _FailingHandle:
    """A file object that writes half the data, then finds the disk full."""

    def __init__(self, real):
        self._real = real

    def write(self, data: bytes) -> int:
        self._real.write(data[: len(data) // 2])
        self._real.flush()
        disk_full()
        return 0  # pragma: no cover

    def __getattr__(self, name):
        return getattr(self._real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._real.close()


def test_disk_full_in_the_middle_of_writing_keeps_the_old_file(existing, monkeypatch):
    real_fdopen = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda *a, **k: _FailingHandle(real_fdopen(*a, **k)))
    with pytest.raises(DocumentError, match="No space left on device"):
        write_bytes_atomic(existing, b"x" * 100_000)
    assert_untouched(existing)


def test_failure_of_fsync_keeps_the_old_file(existing, monkeypatch):
    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(DocumentError, match="cannot save: No space left on device"):
        write_bytes_atomic(existing, b"new content")
    assert_untouched(existing)


def test_failure_of_the_rename_keeps_the_old_file(existing, monkeypatch):
    monkeypatch.setattr(atomic.os, "replace", disk_full)
    with pytest.raises(DocumentError):
        write_bytes_atomic(existing, b"new content")
    assert_untouched(existing)


def test_an_interrupt_during_the_write_keeps_the_old_file(existing, monkeypatch):
    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_bytes_atomic(existing, b"new content")
    assert_untouched(existing)


def test_saving_a_document_that_cannot_render_writes_nothing(existing, monkeypatch):
    from app.formats import json_format

    monkeypatch.setattr(json_format, "dumps", lambda document: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        files.save(PostMortem(), existing)
    assert_untouched(existing)


def test_overwriting_keeps_the_files_permissions(existing):
    existing.chmod(0o640)
    write_bytes_atomic(existing, b"new")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640


def test_a_new_file_gets_ordinary_permissions_not_the_temp_files(tmp_path):
    path = tmp_path / "new.json"
    write_bytes_atomic(path, b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DocumentError, match=r"cannot write in .*No such file or directory"):
        write_bytes_atomic(tmp_path / "gone" / "x.json", b"x")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write in read-only folders")
def test_read_only_folder_is_a_clear_error_and_keeps_the_old_file(existing):
    folder = existing.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(DocumentError, match=r"cannot write in .*Permission denied"):
            write_bytes_atomic(existing, b"new")
    finally:
        folder.chmod(stat.S_IRWXU)
    assert_untouched(existing)


def test_refused_temporary_file_is_a_clear_error_and_keeps_the_old_file(existing, monkeypatch):
    # What a read-only folder does, also when the tests run as root.
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(DocumentError, match=r"cannot write in .*Permission denied"):
        write_bytes_atomic(existing, b"new")
    assert_untouched(existing)


def test_saving_through_a_symbolic_link_updates_the_file_it_points_to(tmp_path):
    target = tmp_path / "real" / "incident.json"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "incident.json"
    link.symlink_to(target)

    write_bytes_atomic(link, b"new")

    assert link.is_symlink()
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["incident.json"]
