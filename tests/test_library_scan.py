"""Finding the post-mortems under a folder: subfolders, loops, and what cannot be listed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.library.scan import FolderGoneError, scan


def names(folder: Path) -> list[str]:
    return sorted(f.relative for f in scan(folder).files)


def test_finds_json_and_markdown_in_subfolders_and_nothing_else(tmp_path: Path) -> None:
    for name in ("a.json", "b.md", "deep/er/c.MD", "d.markdown", "notes.txt", "pic.png", ".git/x.md", ".hidden.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert names(tmp_path) == ["a.json", "b.md", "d.markdown", "deep/er/c.MD"]


def test_a_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("x")
    (tmp_path / "sub" / "back").symlink_to(tmp_path)
    (tmp_path / "self").symlink_to(tmp_path / "self")  # a link to itself
    result = scan(tmp_path)
    assert [f.relative for f in result.files] == ["sub/a.md"]


def test_a_broken_link_and_a_pipe_are_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "ok.md").write_text("x")
    (tmp_path / "gone.md").symlink_to(tmp_path / "missing.md")
    os.mkfifo(tmp_path / "pipe.md")
    result = scan(tmp_path)
    assert [f.relative for f in result.files] == ["ok.md"]
    assert sorted((p.relative, p.message) for p in result.problems) == [
        ("gone.md", "no such file or folder"),
        ("pipe.md", "is not a regular file"),
    ]


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ok.md").write_text("x")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.md").write_text("x")
    real_scandir = os.scandir

    def scandir(path):  # root ignores permissions, so the refusal is staged
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = scan(tmp_path)
    assert [f.relative for f in result.files] == ["ok.md"]
    assert [(p.relative, p.message) for p in result.problems] == [
        ("locked", "folder cannot be listed: permission denied")
    ]


def test_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(FolderGoneError, match="no such"):
        scan(tmp_path / "nowhere")
    (tmp_path / "file.md").write_text("x")
    with pytest.raises(FolderGoneError, match="not a folder"):
        scan(tmp_path / "file.md")


def test_a_file_name_that_is_not_utf8_is_reported_as_written_and_the_rest_indexed(tmp_path: Path) -> None:
    (tmp_path / "ok.md").write_text("x")
    latin1 = os.fsdecode(b"caf\xe9.md")  # a name written in Latin-1: its byte is not UTF-8
    (tmp_path / latin1).write_text("x")
    result = scan(tmp_path)
    assert [f.relative for f in result.files] == ["ok.md"]
    assert [(p.relative, p.message) for p in result.problems] == [
        ("caf\\xe9.md", "its name is not UTF-8 text: rename it to index it")
    ]


def test_the_index_command_reports_a_non_utf8_name_and_indexes_the_rest(tmp_path: Path, capsys) -> None:
    from app.cli import main

    library = tmp_path / "library"
    library.mkdir()
    (library / "ok.md").write_text("# Fine\n\n## Timeline\n\n- 2024-05-01 14:03 alert\n", encoding="utf-8")
    (library / os.fsdecode(b"caf\xe9.md")).write_text("# Latin\n", encoding="utf-8")
    status = main(["library", str(library), "index"])
    out, err = capsys.readouterr()
    assert status == 1  # as the other commands: a file could not be read
    assert "caf\\xe9.md: its name is not UTF-8 text" in out + err
    assert "internal error" not in out + err
