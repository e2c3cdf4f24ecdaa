"""Root cause has one home: the brief one and the full story show each other, and the export has no empty section."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import read_markdown
from app.model import PostMortem
from tests.test_window_fixtures import make_window, sample_document


def test_a_brief_root_cause_alone_leaves_no_empty_root_cause_section():
    brief_only = PostMortem.model_validate({"summary": {"root_cause": "A renewal job dropped the apex records."}})
    text = to_markdown(brief_only)
    assert "A renewal job dropped the apex records." in text
    assert "## Root Cause and Resolution" not in text
    assert read_markdown(text)[0] == brief_only  # reads back the same
    both = sample_document()
    assert "## Root Cause and Resolution" in to_markdown(both)
    assert "## Root Cause and Resolution" in to_markdown(PostMortem())  # a blank document keeps its layout


def test_each_page_shows_the_other_cause_and_goes_there(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    summary = window.sections.show_section("summary")
    assert "The renewal job rewrote the whole zone" in summary.full_link.plain()
    root = window.sections.show_section("root_cause")
    assert "A certificate-renewal job rewrote the DNS zone" in root.brief_link.plain()

    window.document.set_field(("summary", "root_cause"), "<b>Stale</b> template", text="Edit")
    assert root.brief_link.plain() == "In brief (Issue Summary): <b>Stale</b> template"
    assert "&lt;b&gt;" in root.brief_link.text()  # document text is shown as typed, never as markup

    root.brief_link.linkActivated.emit("go")
    assert window.stack.currentWidget() is summary
    assert QApplication.focusWidget() is summary.cause_field
    window.document.set_field(("root_cause", "cause"), "", text="Edit")
    assert summary.full_link.plain().endswith("not written yet")
    summary.full_link.linkActivated.emit("go")
    assert window.stack.currentWidget() is root
    assert QApplication.focusWidget() is root.cause_field
