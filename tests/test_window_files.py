"""Open, save, save as, export, close: what a person sees, including when things go wrong."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent

from app.errors import DocumentError
from app.formats import files, json_format
from app.model import PostMortem
from tests.test_window_fixtures import Answers, make_window, sample_document
from widgets.dialogs import UnsavedChoice


def write_sample(path: Path) -> Path:
    path.write_text(json_format.dumps(sample_document()), encoding="utf-8")
    return path


def type_title(window, qtbot, text: str) -> None:
    qtbot.keyClicks(window.page("overview").title_field, text)


def test_save_then_reopen_gives_the_same_document(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, sample_document())
    target = tmp_path / "outage.json"
    Answers(window, monkeypatch, save_path=target)
    type_title(window, qtbot, " (draft 2)")
    assert window.isWindowModified()
    assert window.files.save()
    assert not window.isWindowModified() and not window.document.is_modified()
    assert window.windowTitle().startswith("outage.json")
    reopened = make_window(qtbot, tmp_path / "other")
    assert reopened.files.open_now(target)
    assert reopened.document.model == window.document.model
    assert reopened.document.model.metadata.title.endswith("(draft 2)")


def test_save_as_markdown_writes_markdown_and_keeps_the_document(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, sample_document())
    Answers(window, monkeypatch, save_path=tmp_path / "outage.md")
    assert window.files.save_as()
    assert window.files.wait_for_writes()  # the page is written with its chart's picture, off the UI thread
    text = (tmp_path / "outage.md").read_text(encoding="utf-8")
    assert text.startswith("# Status Page DNS Outage Post-Mortem")
    assert window.document.path == (tmp_path / "outage.md").resolve()


PLAIN_TEXT_POST_MORTEM = """\
Postmortem: Checkout errors
===========================

Summary
-------
Between 14:05 and 15:20 UTC on 1 March 2024, checkout failed for 1 in 8 users.

Timeline
--------
14:05  Alert fires: checkout error rate above 5%
15:20  Error rate back to normal, incident resolved
"""


def test_a_plain_text_post_mortem_opens_and_saving_it_asks_for_a_markdown_file_beside_it(qtbot, tmp_path, monkeypatch):
    source = tmp_path / "checkout.txt"
    source.write_text(PLAIN_TEXT_POST_MORTEM, encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    answers = Answers(window, monkeypatch, save_path=tmp_path / "checkout.md")
    assert window.files.open_now(source)
    assert window.document.model.metadata.title == "Postmortem: Checkout errors"
    assert [event.text for event in window.document.model.timeline][
        -1
    ] == "Error rate back to normal, incident resolved"
    assert window.files.save()
    assert answers.asked[-1][0] == "save_path"
    assert answers.asked[-1][1][1] == source.with_suffix(".md")  # suggested: beside it, as Markdown
    assert window.files.wait_for_writes()
    assert source.read_text(encoding="utf-8") == PLAIN_TEXT_POST_MORTEM  # the original is never written over
    assert (tmp_path / "checkout.md").read_text(encoding="utf-8").startswith("# Postmortem: Checkout errors")


GOOGLE_DOCS_EXPORT = (
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
    '.c0{font-weight:400}.title{font-size:26pt}</style></head><body class="c4 doc-content">'
    '<p class="c2 title"><span class="c0">Postmortem: Checkout errors</span></p>'
    '<h1><span class="c0">Timeline (UTC)</span></h1><p class="c2"><span class="c0">1 March 2024</span></p>'
    '<ul class="lst-kix_a1-0 start"><li class="c1 li-bullet-0"><span class="c0">14:05 Alert fires</span></li>'
    '<li class="c1 li-bullet-0"><span class="c0">15:20 Error rate back to normal</span></li></ul></body></html>'
)


def test_a_web_page_opens_and_neither_saving_nor_exporting_writes_over_it(qtbot, tmp_path, monkeypatch):
    from widgets.dialogs import OPEN_FILTER

    assert "*.html" in OPEN_FILTER.split(";;")[0] and "*.htm)" in OPEN_FILTER.split(";;")[0]
    source = tmp_path / "checkout.html"
    source.write_text(GOOGLE_DOCS_EXPORT, encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    answers = Answers(window, monkeypatch, save_path=[None, tmp_path / "checkout.md"])
    assert window.files.open_now(source)
    assert window.document.model.metadata.title == "Postmortem: Checkout errors"
    assert [event.text for event in window.document.model.timeline] == ["Alert fires", "Error rate back to normal"]
    assert not window.files.export(".html")  # the dialog is cancelled: only what it suggested matters here
    assert answers.asked[-1][1][1] == tmp_path / "checkout-post-mortem.html"
    assert window.files.save()
    assert answers.asked[-1][1][1] == source.with_suffix(".md")  # suggested: beside it, as Markdown
    assert window.files.wait_for_writes()
    assert source.read_text(encoding="utf-8") == GOOGLE_DOCS_EXPORT


def test_an_export_chosen_over_the_page_the_document_was_read_from_is_refused(qtbot, tmp_path, monkeypatch):
    source = tmp_path / "checkout.html"
    source.write_text(GOOGLE_DOCS_EXPORT, encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    answers = Answers(window, monkeypatch, save_path=[source, tmp_path / "checkout.md", tmp_path / "." / "checkout"])
    assert window.files.open_now(source)
    assert not window.files.export(".html")  # the page itself, chosen in the dialog
    assert window.files.save() and window.files.wait_for_writes()  # saved beside it, as Markdown
    assert not window.files.export(".html")  # "checkout" + ".html": the page again, by another name
    assert len(answers.errors) == 2 and all("is the page this post-mortem was read from" in e for e in answers.errors)
    assert source.read_text(encoding="utf-8") == GOOGLE_DOCS_EXPORT


def test_a_web_page_dragged_onto_the_window_is_taken_to_open(tmp_path):
    from PySide6.QtCore import QMimeData, QUrl

    from widgets.main_window import _dropped_file

    class Drop:
        def __init__(self, *paths):
            self.data = QMimeData()
            self.data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])

        def mimeData(self):  # Qt's name
            return self.data

    assert _dropped_file(Drop(tmp_path / "export.HTML")) == tmp_path / "export.HTML"
    assert _dropped_file(Drop(tmp_path / "notes.docx", tmp_path / "page.htm")) == tmp_path / "page.htm"


def test_unsaved_changes_prompt_cancel_keeps_the_window_open(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path)
    window.show()
    answers = Answers(window, monkeypatch, ask_unsaved_changes=UnsavedChoice.CANCEL)
    type_title(window, qtbot, "Unsaved")
    assert not window.close()
    assert window.isVisible()
    assert answers.count("ask_unsaved_changes") == 1
    assert window.document.model.metadata.title == "Unsaved"


def test_unsaved_changes_prompt_save_saves_before_opening_another_file(qtbot, tmp_path, monkeypatch):
    other = write_sample(tmp_path / "other.json")
    window = make_window(qtbot, tmp_path)
    answers = Answers(window, monkeypatch, ask_unsaved_changes=UnsavedChoice.SAVE, save_path=tmp_path / "mine.json")
    type_title(window, qtbot, "Mine")
    assert window.files.open_now(other)
    assert answers.count("ask_unsaved_changes") == 1
    assert files.load(tmp_path / "mine.json").metadata.title == "Mine"
    assert window.document.model == sample_document()
    assert not window.document.is_modified()


def test_reopening_the_edited_file_and_saving_at_the_prompt_keeps_the_edits(qtbot, tmp_path, monkeypatch):
    # Open Recent (or a drop) of the file being edited: "Save" writes the edits to that very file.
    target = write_sample(tmp_path / "outage.json")
    window = make_window(qtbot, tmp_path)
    assert window.files.open_now(target)
    Answers(window, monkeypatch, ask_unsaved_changes=UnsavedChoice.SAVE)
    type_title(window, qtbot, " (edited)")
    assert window.files.open_now(target)
    assert window.document.model.metadata.title.endswith(" (edited)")
    assert window.page("overview").title_field.text().endswith(" (edited)")
    assert not window.document.is_modified()
    # The next save must not put the stale copy back over the edits.
    window.document.set_field(("metadata", "service"), "Later edit")
    assert window.files.save()
    saved = files.load(target)
    assert saved.metadata.title.endswith(" (edited)") and saved.metadata.service == "Later edit"


def test_unsaved_changes_prompt_discard_drops_the_changes(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path)
    Answers(window, monkeypatch, ask_unsaved_changes=UnsavedChoice.DISCARD)
    type_title(window, qtbot, "Throwaway")
    assert window.files.new_document()
    assert window.document.model == PostMortem()
    assert not window.isWindowModified()


def test_no_prompt_without_changes(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, sample_document())
    answers = Answers(window, monkeypatch)
    assert window.files.close_document()
    assert answers.count("ask_unsaved_changes") == 0


BAD_INPUTS = {
    "missing.json": None,
    "folder.json": "folder",
    "empty.json": b"",
    "truncated.json": json_format.dumps(sample_document()).encode()[:200],
    "binary.json": bytes(range(256)) * 4,
    "latin1.json": '{"format_version": 1, "introduction": "caf\xe9"}'.encode("latin-1"),
    "not-a-post-mortem.json": b'{"hello": "world"}',
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_opening_a_bad_file_names_it_and_keeps_the_current_document(qtbot, tmp_path, monkeypatch, name):
    content = BAD_INPUTS[name]
    path = tmp_path / name
    if content == "folder":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    window = make_window(qtbot, tmp_path, sample_document())
    type_title(window, qtbot, " edited")
    before = window.document.snapshot()
    answers = Answers(window, monkeypatch)
    assert not window.files.open_now(path)
    assert len(answers.errors) == 1
    assert answers.errors[0].startswith(f"{name}: ")
    assert "Traceback" not in answers.errors[0]
    assert window.document.model == before
    assert window.document.is_modified()
    assert window.document.path is None


def test_a_failing_save_keeps_the_document_modified_and_the_old_file(qtbot, tmp_path, monkeypatch):
    target = write_sample(tmp_path / "outage.json")
    original = target.read_bytes()
    window = make_window(qtbot, tmp_path)
    assert window.files.open_now(target)
    type_title(window, qtbot, " changed")
    answers = Answers(window, monkeypatch)

    def disk_full(_path, _data):
        raise DocumentError("cannot save: No space left on device")

    monkeypatch.setattr(files, "write_bytes_atomic", disk_full)
    assert not window.files.save()
    assert answers.errors == ["outage.json: cannot save: No space left on device"]
    assert window.document.is_modified() and window.isWindowModified()
    assert target.read_bytes() == original


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_saving_into_a_read_only_folder_says_so(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    target = write_sample(folder / "outage.json")
    original = target.read_bytes()
    window = make_window(qtbot, tmp_path)
    assert window.files.open_now(target)
    type_title(window, qtbot, " changed")
    answers = Answers(window, monkeypatch)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert not window.files.save()
    finally:
        folder.chmod(stat.S_IRWXU)
    assert len(answers.errors) == 1 and answers.errors[0].startswith("outage.json: ")
    assert window.document.is_modified()
    assert target.read_bytes() == original


def test_a_file_changed_on_disk_is_not_overwritten_without_asking(qtbot, tmp_path, monkeypatch):
    target = write_sample(tmp_path / "outage.json")
    window = make_window(qtbot, tmp_path)
    assert window.files.open_now(target)
    type_title(window, qtbot, " mine")
    theirs = sample_document()
    theirs.introduction = "Edited by a colleague"
    target.write_text(json_format.dumps(theirs), encoding="utf-8")
    os.utime(target, ns=(1, 1))  # make sure the change shows whatever the clock's resolution
    answers = Answers(window, monkeypatch, ask_overwrite_changed_file=[False, True])
    assert not window.files.save()
    assert files.load(target).introduction == "Edited by a colleague"
    assert window.document.is_modified()
    assert window.files.save()
    assert answers.count("ask_overwrite_changed_file") == 2
    assert files.load(target).metadata.title.endswith(" mine")


def test_export_markdown_and_html_leave_the_document_as_it_was(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, sample_document())
    type_title(window, qtbot, "!")
    Answers(window, monkeypatch, save_path=[tmp_path / "out.md", tmp_path / "out"])
    assert window.files.export(".md")
    assert window.files.export(".html")
    assert window.files.wait_for_writes()  # exports are written off the UI thread
    assert (tmp_path / "out.md").read_text(encoding="utf-8").startswith("# Status Page DNS Outage Post-Mortem!")
    assert "<html" in (tmp_path / "out.html").read_text(encoding="utf-8").lower()
    assert window.document.is_modified() and window.document.path is None


def test_recent_files_menu_lists_opened_files_newest_first(qtbot, tmp_path):
    from widgets.actions import fill_recent_menu

    first = write_sample(tmp_path / "first.json")
    second = write_sample(tmp_path / "second.json")
    window = make_window(qtbot, tmp_path)
    window.files.open_now(first)
    window.files.open_now(second)
    fill_recent_menu(window, window.actions.recent_menu)
    names = [a.text() for a in window.actions.recent_menu.actions() if a.text()]
    assert names[:2] == ["&1 second.json", "&2 first.json"]
    with qtbot.waitSignal(window.files.open_finished):
        window.actions.recent_menu.actions()[1].trigger()  # read on the runner's thread
    assert window.document.path == first.resolve()


def test_dropping_a_file_opens_it(qtbot, tmp_path):
    target = write_sample(tmp_path / "dropped.json")
    window = make_window(qtbot, tmp_path)
    window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(
        QPointF(QPoint(50, 50)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.document.path == target.resolve())
    assert window.document.model == sample_document()


def test_title_shows_file_name_and_modified_mark(qtbot, tmp_path):
    target = write_sample(tmp_path / "titled.json")
    window = make_window(qtbot, tmp_path)
    assert window.windowTitle().startswith("Untitled[*]")
    window.files.open_now(target)
    assert window.windowTitle().startswith("titled.json[*]")
    assert not window.isWindowModified()
    type_title(window, qtbot, "x")
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_standard_shortcuts_on_file_and_edit_actions(qtbot, tmp_path):
    from PySide6.QtGui import QKeySequence

    window = make_window(qtbot, tmp_path)
    actions = window.actions
    expected = {
        actions.new: QKeySequence.StandardKey.New,
        actions.open: QKeySequence.StandardKey.Open,
        actions.save: QKeySequence.StandardKey.Save,
        actions.save_as: QKeySequence.StandardKey.SaveAs,
        actions.close: QKeySequence.StandardKey.Close,
        actions.quit: QKeySequence.StandardKey.Quit,
        actions.undo: QKeySequence.StandardKey.Undo,
    }
    for action, key in expected.items():
        bindings = QKeySequence.keyBindings(key)
        if bindings:  # a platform may leave some keys unbound (Quit on some desktops)
            assert action.shortcut() == bindings[0], action.text()


def test_the_export_menu_offers_the_flowchart_as_png_and_svg(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, sample_document())
    menu = window.actions.export_menu
    menu.aboutToShow.emit()
    menu.aboutToShow.emit()  # opening twice adds them once
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert texts == ["Markdown…", "HTML…", "PDF…", "Flowchart as PNG…", "Flowchart as SVG…"]
    target = tmp_path / "chart.svg"
    Answers(window, monkeypatch, save_path=target)
    with qtbot.waitSignal(window.chart_exporter.exported, timeout=30000):
        next(a for a in menu.actions() if "SVG" in a.text().replace("&", "")).trigger()
    assert target.read_bytes().lstrip().startswith((b"<?xml", b"<svg"))


def test_save_as_into_a_place_that_cannot_hold_files_says_so(qtbot, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    window = make_window(qtbot, tmp_path, sample_document())
    type_title(window, qtbot, "!")
    answers = Answers(window, monkeypatch, save_path=blocker / "outage.json")
    assert not window.files.save_as()
    assert len(answers.errors) == 1 and answers.errors[0].startswith("outage.json: ")
    assert window.document.is_modified() and window.document.path is None
    assert blocker.read_text(encoding="utf-8") == "a file where a folder should be"


def test_saving_markdown_draws_the_flowchart_picture_without_holding_up_the_window(qtbot, tmp_path, monkeypatch):
    from app.flowchart import export as flowchart_export

    release = threading.Event()
    drawing = threading.Event()

    def slow_graphviz(_document, _fmt, **_options):  # a 500-node chart takes Graphviz seconds
        drawing.set()
        release.wait(5)
        return b"\x89PNG picture"

    monkeypatch.setattr(flowchart_export, "render_chart", slow_graphviz)
    window = make_window(qtbot, tmp_path, sample_document())
    type_title(window, qtbot, " (draft 2)")
    page = tmp_path / "outage.md"
    picture = tmp_path / "outage.flowchart.png"
    Answers(window, monkeypatch, save_path=page)
    try:
        assert window.files.save_as()
        assert drawing.wait(5), "the picture is drawn in the background"
        ticks: list[int] = []
        QTimer.singleShot(0, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: bool(ticks))  # the window answers meanwhile
        # Page and picture are written together once the picture is drawn: neither is there yet,
        # and the document is not saved until they are.
        assert not page.exists() and not picture.exists()
        assert window.document.is_modified()
    finally:
        release.set()
    assert window.files.wait_for_writes()
    assert files.load(page).metadata.title.endswith("(draft 2)")
    assert picture.read_bytes() == b"\x89PNG picture"
    assert not window.document.is_modified()
    assert window.document.path == page.resolve()


@pytest.mark.parametrize("save", ["save_as", "export"])
def test_a_flowchart_picture_that_cannot_be_drawn_is_reported(qtbot, tmp_path, monkeypatch, save):
    from app.flowchart import export as flowchart_export

    def no_graphviz(_document, _fmt, **_options):
        raise DocumentError("no Graphviz renderer is installed")

    monkeypatch.setattr(flowchart_export, "render_chart", no_graphviz)
    window = make_window(qtbot, tmp_path, sample_document())
    answers = Answers(window, monkeypatch, save_path=[tmp_path / "outage.md", tmp_path / "outage.md"])
    statuses: list[str] = []
    window.statusBar().messageChanged.connect(statuses.append)
    run = window.files.save_as if save == "save_as" else lambda: window.files.export(".md")
    assert run()
    qtbot.waitUntil(lambda: len(answers.warnings) == 1)
    assert "outage.flowchart.png was not written: no Graphviz renderer is installed" in answers.warnings[0]
    assert any("no Graphviz renderer" in text for text in statuses)
    assert (tmp_path / "outage.md").exists()
    # The same reason again: said in the status bar, without another box to click away.
    statuses.clear()
    assert run()
    qtbot.waitUntil(lambda: any("no Graphviz renderer" in text for text in statuses))
    assert len(answers.warnings) == 1


def test_a_plain_text_file_saved_by_an_older_windows_editor_opens_with_its_accents_and_a_note(qtbot, tmp_path):
    source = tmp_path / "cafe.txt"
    source.write_bytes(
        "Postmortem: Café outage\r\n\r\nSummary:\r\nThe café site was down – badly.\r\n".encode("cp1252")
    )
    window = make_window(qtbot, tmp_path)
    notes: list[list[str]] = []
    window.files.opened.connect(lambda _name, found: notes.append(found))
    assert window.files.open_now(source)
    assert window.document.model.metadata.title == "Postmortem: Café outage"
    assert window.document.model.introduction == "The café site was down – badly."
    assert any("not UTF-8" in note and "Windows-1252" in note for note in notes[-1])
