"""Opening what is not a plain file: refused at once, never blocking, never reading past the cap."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app import safe_files
from app.errors import DocumentError
from app.formats import files, json_format
from app.model import PostMortem

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev need POSIX")
pytestmark = pytest.mark.timeout(20)  # A FIFO that blocks would otherwise hang the suite.


def refused(path: Path) -> str:
    with pytest.raises(DocumentError) as caught:
        files.load(path)
    return str(caught.value)


@posix_only
def test_a_fifo_named_like_a_document_is_refused_at_once(tmp_path):
    fifo = tmp_path / "incident.json"
    os.mkfifo(fifo)
    assert "FIFO" in refused(fifo)


@posix_only
def test_a_link_to_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (tmp_path / "incident.md").symlink_to(fifo)
    assert "FIFO" in refused(tmp_path / "incident.md")


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_an_endless_device_is_refused_without_reading_it(tmp_path, device, monkeypatch):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    reads = []
    monkeypatch.setattr(safe_files.os, "read", lambda *args: reads.append(args) or b"")
    (tmp_path / "incident.json").symlink_to(device)
    assert "device" in refused(tmp_path / "incident.json")
    assert reads == []


def test_a_loop_of_links_and_a_folder_are_refused(tmp_path):
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    assert "loop of symbolic links" in refused(loop)
    (tmp_path / "folder.json").mkdir()
    assert "folder" in refused(tmp_path / "folder.json")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_refused(tmp_path):
    path = tmp_path / "secret.json"
    path.write_text(json_format.dumps(PostMortem()), encoding="utf-8")
    path.chmod(0)
    assert refused(path) == "permission denied"


def test_never_more_than_the_cap_is_read_whatever_stat_says(tmp_path, monkeypatch):
    # A file system may report size 0 (procfs, some network ones) or the file may grow after fstat.
    path = tmp_path / "grown.json"
    path.write_bytes(b" " * 5000)
    real_fstat = os.fstat

    class Lying:
        def __init__(self, status):
            self.st_mode, self.st_size = status.st_mode, 0

    monkeypatch.setattr(safe_files.os, "fstat", lambda fd: Lying(real_fstat(fd)))
    read = []
    real_read = os.read
    monkeypatch.setattr(safe_files.os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    with pytest.raises(DocumentError, match="too large"):
        safe_files.read_regular_file(path, 1000)
    assert sum(read) <= 1001
    assert safe_files.read_regular_file(path, 5000) == b" " * 5000


def test_resolving_a_loop_gives_the_path_itself(tmp_path):
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    assert safe_files.resolved(loop) == loop.absolute()


@posix_only
def test_fifos_in_the_recovery_folder_never_block_the_start(tmp_path):
    # Start-up reads the recovery folder: a FIFO named like a copy or a lock file must be passed over.
    from app.recovery_store import RecoveryStore

    folder = tmp_path / "recovery"
    folder.mkdir()
    os.mkfifo(folder / "0123456789abcdef0123.recovery.json")
    os.mkfifo(folder / "session.lock")
    os.utime(folder / "session.lock", (0, 0))  # old enough to be swept, so its lock is tested
    assert RecoveryStore(folder).left_behind() == []
