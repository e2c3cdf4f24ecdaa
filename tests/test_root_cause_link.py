"""Root cause in two places, linked: the brief one and the full story show each other, a click apart."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.test_window_fixtures import make_window, sample_document


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
