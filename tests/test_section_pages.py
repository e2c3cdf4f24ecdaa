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
