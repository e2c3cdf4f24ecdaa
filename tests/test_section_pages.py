"""Every section page offers the window one typed contract (widgets.section_page.SectionPage)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStackedWidget, QWidget

from tests.test_window_fixtures import make_window, sample_document
from widgets.navigation import Section, SectionNavigator
from widgets.panes.page import FormPage
from widgets.section_page import SectionPage


def test_every_page_of_the_window_is_a_section_page(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    for key in window.sections.keys:
        assert isinstance(window.page(key), SectionPage), key


def test_a_page_without_the_contract_is_refused_when_built(qtbot):
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    sections = [Section("form", "Form", ("form",), FormPage), Section("plain", "Plain", ("plain",), QWidget)]
    navigator = SectionNavigator(sections, stack)  # shows, so builds, the first
    qtbot.addWidget(navigator)
    with pytest.raises(TypeError, match="SectionPage"):
        navigator.page("plain")


def test_a_pages_warnings_are_told_in_the_editors_words_and_counted_with_separators():
    from app.validation import Problem
    from widgets.panes.page import summarize

    problems = [Problem(f"timeline[{row}].time", "the event is after the incident's end time") for row in range(1234)]
    text = summarize(problems, limit=2)
    assert text.splitlines() == [
        "Timeline, event 1: the event is after the incident's end time",
        "Timeline, event 2: the event is after the incident's end time",
        "… and 1,232 more",
    ]


def test_a_page_is_built_when_first_shown_with_the_document_as_it_is_then(qtbot, tmp_path):
    from tests.test_window_keyboard import active_window

    window = active_window(qtbot, tmp_path, sample_document())
    built = [page.__class__.__name__ for page in window.sections.built_pages()]
    assert built == ["MetadataPage"]  # only the page on screen: the others cost the start nothing
    # An edit made while the page does not exist yet is what it shows once built.
    window.document.set_field(("root_cause", "cause"), "A stale zone template.")

    page = window.sections.show_section("root_cause")

    assert window.stack.currentWidget() is page
    assert page.cause_field.toPlainText() == "A stale zone template."
    assert page.resolution_field.toPlainText() == sample_document().root_cause.resolution
    # The Edit menu reaches the fields of a page built after the window's start.
    page.cause_field.setFocus()
    edits = window.actions.field_edits
    edits.update_enabled()  # as the menu does when it opens
    edits.select_all.trigger()
    edits.update_enabled()
    edits.cut.trigger()
    assert window.document.model.root_cause.cause == ""
    window.actions.undo.trigger()
    assert window.document.model.root_cause.cause == "A stale zone template."
    assert page.cause_field.toPlainText() == "A stale zone template."
