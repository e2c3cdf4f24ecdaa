"""The index: incremental, a cache that can break or vanish, and bad files that never stop the rest."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import safe_files
from app.formats import files
from app.library.library import Library
from app.library.scan import FolderGoneError
from app.library.store import SCHEMA_VERSION, index_file
from tests.library_helpers import incident, write


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    library = tmp_path / "postmortems"
    write(library, "2024/cache.json", incident("Cache stampede"))
    write(library, "2024/dns.md", incident("DNS outage", service="edge"))
    write(library, "old/disk.json", incident("Disk full", service="storage"))
    return library


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def titles(library: Library, query: str = "") -> list[str]:
    return sorted(row.title for row in library.incidents(query))


def test_first_index_reads_every_file_and_a_second_reads_none(folder: Path, data: Path) -> None:
    library = Library(folder, data)
    first = library.update()
    assert (first.files, first.read, first.problems) == (3, 3, [])
    assert titles(library) == ["Cache stampede", "DNS outage", "Disk full"]
    again = library.update()
    assert (again.read, again.unchanged, again.removed) == (0, 3, 0)


def test_only_a_changed_file_is_read_again_and_a_touched_one_is_not_parsed(folder: Path, data: Path) -> None:
    library = Library(folder, data)
    library.update()
    write(folder, "2024/cache.json", incident("Cache stampede, again"))
    changed = library.update()
    assert (changed.read, changed.unchanged) == (1, 2)
    assert "Cache stampede, again" in titles(library)

    stamp = (folder / "old/disk.json").stat()
    os.utime(folder / "old/disk.json", ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 5_000_000_000))
    touched = library.update()
    assert (touched.read, touched.unchanged) == (0, 3)  # same content: hashed, not parsed
    assert library.update().read == 0  # and its new time is remembered


def test_removed_and_added_files_follow_the_folder(folder: Path, data: Path) -> None:
    library = Library(folder, data)
    library.update()
    (folder / "old/disk.json").unlink()
    write(folder, "new/queue.md", incident("Queue backlog"))
    report = library.update()
    assert (report.removed, report.read) == (1, 1)
    assert titles(library) == ["Cache stampede", "DNS outage", "Queue backlog"]
    assert library.incidents("disk") == []


def test_every_text_field_is_searchable(tmp_path: Path, data: Path) -> None:
    from app.model import ExtraSection, FlowNode, TimelineEvent

    document = incident("Plain title")
    document.timeline.append(TimelineEvent(text="zebracorn in the timeline"))
    document.root_cause.cause = "quokkafault in the cause"
    document.humor.flowchart.nodes.append(FlowNode(id="n1", label="narwhalstep in a node"))
    document.extra_sections.append(ExtraSection(heading="Lessons", body="ocelotlesson learned"))
    document.measures.improvements.append("axolotlfix everywhere")
    write(tmp_path / "lib", "a.json", document)
    library = Library(tmp_path / "lib", data)
    library.update()
    for word in ("zebracorn", "quokkafault", "narwhalstep", "ocelotlesson", "axolotlfix", "Ada", "Slow"):
        assert titles(library, word) == ["Plain title"], word


BAD_FILES: dict[str, bytes] = {
    "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "latin1.json": '{"format_version": 1, "introduction": "caf\xe9"}'.encode("latin-1"),
    "empty.json": b"   \n",
    "broken.json": b'{"metadata": {"title": ',
    "wrong.json": b'{"metadata": {"title": 42, "severity": "SEV9"}}',
    "nested.json": b"[" * 200_000 + b"]" * 200_000,
    "array.json": b"[1, 2, 3]",
}


def test_bad_files_are_listed_with_one_line_each_and_the_rest_is_indexed(folder: Path, data: Path) -> None:
    for name, content in BAD_FILES.items():
        (folder / "bad" / name).parent.mkdir(exist_ok=True)
        (folder / "bad" / name).write_bytes(content)
    report = Library(folder, data).update()
    problems = dict(report.problems)
    assert set(problems) == {f"bad/{name}" for name in BAD_FILES}
    assert problems["bad/binary.md"] == "is a binary file, not a post-mortem"
    assert problems["bad/latin1.json"].startswith("is not UTF-8 text")
    assert problems["bad/empty.json"] == "the file is empty"
    for message in problems.values():
        assert message and "\n" not in message and len(message) <= 300
    assert report.incidents == 3


def test_a_huge_file_is_refused_without_being_read(folder: Path, data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 4096)
    (folder / "huge.md").write_text("# Huge\n\n" + "word " * 2000)
    library = Library(folder, data)
    report = library.update()
    assert dict(report.problems) == {"huge.md": "is too large to be a post-mortem (0 MiB)"}
    assert len(library.incidents()) == 3


def test_hostile_text_is_kept_as_text(tmp_path: Path, data: Path) -> None:
    title = "<script>alert(1)</script> \u202eevil"
    write(tmp_path / "lib", "h.json", incident(title, text="<b>bold</b> & [link](javascript:x)"))
    library = Library(tmp_path / "lib", data)
    assert library.update().problems == []
    (row,) = library.incidents("bold")
    assert row.title == title
    assert row.snippet is not None and "<b>bold</b>" in row.snippet.text


def test_an_unreadable_file_is_listed_and_the_rest_is_indexed(
    folder: Path, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(folder, "locked.json", incident("Locked"))
    real = os.open

    def open_file(path, *args, **kwargs) -> int:  # root reads every file, so the refusal is staged
        if Path(path).name == "locked.json":
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(safe_files.os, "open", open_file)
    library = Library(folder, data)
    assert library.update().problems == [("locked.json", "permission denied")]
    assert titles(library) == ["Cache stampede", "DNS outage", "Disk full"]


def test_a_folder_that_disappears_while_indexed(folder: Path, data: Path) -> None:
    library = Library(folder, data)

    def progress(done: int, total: int) -> None:
        if done == 0:  # the folder was listed; now a subfolder goes before its files are read
            shutil.rmtree(folder / "2024")

    report = library.update(progress=progress)
    assert report.problems == []
    assert titles(library) == ["Disk full"]
    shutil.rmtree(folder)
    with pytest.raises(FolderGoneError):
        library.update()
    assert titles(library) == ["Disk full"]  # what was indexed can still be read


def test_a_corrupt_index_is_rebuilt_without_asking(folder: Path, data: Path) -> None:
    Library(folder, data).update()
    path = index_file(folder, data)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    library = Library(folder, data)
    report = library.update()
    assert report.read == 3 and "built again" in report.notice
    assert titles(library) == ["Cache stampede", "DNS outage", "Disk full"]


def test_an_index_of_an_older_version_is_rebuilt(folder: Path, data: Path) -> None:
    Library(folder, data).update()
    with sqlite3.connect(index_file(folder, data)) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    library = Library(folder, data)
    assert library.update().read == 3
    assert len(library.incidents()) == 3


def test_deleting_the_index_loses_nothing(folder: Path, data: Path) -> None:
    library = Library(folder, data)
    library.update()
    before = library.incidents()
    library.close()
    shutil.rmtree(data)
    again = Library(folder, data)
    assert again.update().read == 3
    assert [r.title for r in again.incidents()] == [r.title for r in before]


def test_one_index_per_folder_in_the_data_folder_with_write_ahead_logging(
    folder: Path, tmp_path: Path, data: Path
) -> None:
    other = tmp_path / "other"
    write(other, "x.json", incident("Other"))
    first, second = Library(folder, data), Library(other, data)
    first.update(), second.update()
    assert first.index_path != second.index_path
    assert first.index_path is not None and first.index_path.parent.parent == data
    assert titles(second) == ["Other"]
    with sqlite3.connect(first.index_path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_two_users_of_one_index_at_the_same_time(folder: Path, data: Path) -> None:
    window, command_line = Library(folder, data), Library(folder, data)
    window.update()
    write(folder, "late.json", incident("Late"))
    assert command_line.update().read == 1
    assert "Late" in titles(window)


def test_a_data_folder_that_cannot_be_written_keeps_the_index_in_memory(folder: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be")
    library = Library(folder, blocked)
    assert library.index_path is None
    assert "cannot keep an index" in library.notice and "in memory" in library.notice
    report = library.update()
    assert report.read == 3 and report.notice == library.notice
    assert titles(library, "severity:SEV2") == ["Cache stampede", "DNS outage", "Disk full"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_data_folder_keeps_the_index_in_memory(folder: Path, data: Path) -> None:
    data.mkdir()
    data.chmod(0o500)
    try:
        library = Library(folder, data)
        assert library.index_path is None and "cannot keep an index" in library.notice
        assert library.update().read == 3
    finally:
        data.chmod(0o700)


def test_the_library_reads_files_as_the_editor_opens_them(tmp_path: Path, data: Path) -> None:
    from app.library.indexer import read_document

    examples = Path(__file__).resolve().parent.parent / "resources" / "examples"
    for path in sorted(examples.glob("*.*")):
        if files.suffix_of(path) in files.OPENABLE_SUFFIXES:
            assert read_document(path, path.read_bytes()) == files.load(path), path.name


def test_a_markdown_file_saved_by_an_older_windows_editor_is_indexed_with_its_accents(
    tmp_path: Path, data: Path
) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "cafe.md").write_bytes("# Café outage – lunch\n\nThe café site was down.\n".encode("cp1252"))
    library = Library(tmp_path / "lib", data)
    assert library.update().problems == []
    assert titles(library, "outage") == ["Café outage – lunch"]


def test_an_index_busy_in_another_process_is_kept_not_rebuilt(
    folder: Path, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.library import store

    monkeypatch.setattr(store, "_BUSY_TIMEOUT_MS", 50)
    library = Library(folder, data)
    library.update()
    write(folder, "late.json", incident("Late"))
    other = sqlite3.connect(index_file(folder, data), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the command line, writing at this moment
    try:
        with pytest.raises(sqlite3.OperationalError):
            library.update()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert library.update().read == 1  # only the new file: the index was not thrown away


def test_an_update_of_one_subfolder_or_some_files_looks_only_there(folder: Path, data: Path) -> None:
    from app.library.indexer import Scope

    library = Library(folder, data)
    library.update()
    write(folder, "2024/new.json", incident("New in 2024"))
    (folder / "2024/dns.md").unlink()
    write(folder, "old/disk.json", incident("Disk full, edited"))
    report = library.update(scope=Scope(under="2024"))
    assert (report.read, report.removed, report.files) == (1, 1, 3)
    assert titles(library) == ["Cache stampede", "Disk full", "New in 2024"]  # old/ not looked at yet
    report = library.update(scope=Scope(paths=("old/disk.json", "old/gone.json")))
    assert (report.read, report.removed) == (1, 0)
    assert "Disk full, edited" in titles(library)
    (folder / "2024/cache.json").unlink()
    assert library.update(scope=Scope(paths=("2024/cache.json",))).removed == 1
    assert library.update(scope=Scope(under="nowhere")).read == 0  # a subfolder gone holds nothing
