"""The window writes a Markdown page and its chart picture together, and exports, off the UI thread."""

from __future__ import annotations

import errno
import threading

import pytest

from app import atomic
from app.flowchart import export as flowchart_export
from app.formats import files, html_export
from tests.test_window_files import type_title
from tests.test_window_fixtures import Answers, make_window, sample_document

pytestmark = pytest.mark.timeout(60)

OLD_PICTURE = b"\x89PNG the older picture"


def draw(*_args, **_kwargs) -> bytes:
    return b"\x89PNG the new picture"


def saved_pair(qtbot, tmp_path, monkeypatch):
    """A window whose document was saved as outage.md with its picture, then edited."""
    monkeypatch.setattr(flowchart_export, "render_chart", lambda *_a, **_k: OLD_PICTURE)
    window = make_window(qtbot, tmp_path, sample_document())
    Answers(window, monkeypatch, save_path=tmp_path / "outage.md")
    assert window.files.save_as() and window.files.wait_for_writes()
    monkeypatch.setattr(flowchart_export, "render_chart", draw)
    type_title(window, qtbot, " (edited)")
    return window


def test_a_picture_that_cannot_be_written_keeps_the_older_pair_and_says_so_once(qtbot, tmp_path, monkeypatch):
    window = saved_pair(qtbot, tmp_path, monkeypatch)
    page, picture = tmp_path / "outage.md", tmp_path / "outage.flowchart.png"
    before = page.read_bytes(), picture.read_bytes()
    original = atomic._write_temporary

    def full_disk(path, data):
        if path.name.endswith(".png"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(path, data)

    monkeypatch.setattr(atomic, "_write_temporary", full_disk)
    answers = Answers(window, monkeypatch)

    assert window.files.save()
    assert window.files.wait_for_writes()

    assert (page.read_bytes(), picture.read_bytes()) == before  # the older pair, both intact
    assert answers.errors == ["outage.md: cannot save: No space left on device"]
    assert answers.warnings == []
    assert window.document.is_modified()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".outage")) == []  # no leftovers


def test_page_and_picture_are_written_together(qtbot, tmp_path, monkeypatch):
    window = saved_pair(qtbot, tmp_path, monkeypatch)
    assert window.files.save() and window.files.wait_for_writes()
    assert files.load(tmp_path / "outage.md").metadata.title.endswith(" (edited)")
    assert (tmp_path / "outage.flowchart.png").read_bytes() == draw()
    assert not window.document.is_modified()


def test_an_edit_made_while_the_page_is_written_keeps_the_document_modified(qtbot, tmp_path, monkeypatch):
    window = saved_pair(qtbot, tmp_path, monkeypatch)
    release = threading.Event()

    def slow(*_args, **_kwargs):
        release.wait(5)
        return draw()

    monkeypatch.setattr(flowchart_export, "render_chart", slow)
    try:
        assert window.files.save()
        type_title(window, qtbot, " again")  # typed while the chart is drawn
    finally:
        release.set()
    assert window.files.wait_for_writes()
    assert files.load(tmp_path / "outage.md").metadata.title.endswith(" (edited)")
    assert window.document.is_modified()  # " again" is not in the file


def test_closing_right_after_a_save_waits_for_it_instead_of_asking(qtbot, tmp_path, monkeypatch):
    window = saved_pair(qtbot, tmp_path, monkeypatch)
    window.show()
    answers = Answers(window, monkeypatch)
    assert window.files.save()
    assert window.close()
    assert answers.count("ask_unsaved_changes") == 0
    assert files.load(tmp_path / "outage.md").metadata.title.endswith(" (edited)")


def test_the_html_export_is_rendered_off_the_ui_thread(qtbot, tmp_path, monkeypatch):
    threads: list[threading.Thread] = []
    original = html_export.to_html

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(html_export, "to_html", recorded)
    monkeypatch.setattr(flowchart_export, "render_chart", draw)
    window = make_window(qtbot, tmp_path, sample_document())
    answers = Answers(window, monkeypatch, save_path=tmp_path / "outage.html")

    assert window.files.export(".html")
    assert window.files.wait_for_writes()

    assert threads and threading.main_thread() not in threads
    assert "<html" in (tmp_path / "outage.html").read_text(encoding="utf-8").lower()
    assert window.statusBar().currentMessage() == "Exported outage.html"
    assert answers.errors == [] and answers.warnings == []


def test_an_export_that_fails_is_one_dialog_with_the_name(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, sample_document())
    monkeypatch.setattr(flowchart_export, "render_chart", draw)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file", encoding="utf-8")
    answers = Answers(window, monkeypatch, save_path=blocker / "outage.html")
    assert window.files.export(".html")
    assert window.files.wait_for_writes()
    assert len(answers.errors) == 1 and answers.errors[0].startswith("outage.html: ")
