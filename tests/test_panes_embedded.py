"""The Timeline and Humor pages embed the timeline and flowchart editors."""

from __future__ import annotations

import sys

import pytest

from tests.test_window_fixtures import make_window, sample_document


def test_the_timeline_page_embeds_the_timeline_editor(qtbot, tmp_path):
    from widgets.timeline.pane import TimelinePane

    window = make_window(qtbot, tmp_path, sample_document())
    assert isinstance(window.page("timeline").pane, TimelinePane)


def test_the_humor_page_embeds_the_flowchart_editor(qtbot, tmp_path):
    from widgets.flowchart.pane import FlowchartPane

    window = make_window(qtbot, tmp_path, sample_document())
    assert isinstance(window.page("humor").pane, FlowchartPane)


EDITORS = [("timeline", "widgets.timeline.pane"), ("humor", "widgets.flowchart.pane")]


@pytest.mark.parametrize(("key", "module"), EDITORS)
def test_a_broken_editor_import_is_an_error_not_a_silent_stand_in(qtbot, tmp_path, monkeypatch, key, module):
    monkeypatch.setitem(sys.modules, module, None)  # importing it now fails, as a real bug in it would
    window = make_window(qtbot, tmp_path, sample_document())
    with pytest.raises(ImportError):
        window.page(key)


def test_timeline_warnings_show_above_the_timeline(qtbot, tmp_path):
    from datetime import timedelta

    document = sample_document()
    window = make_window(qtbot, tmp_path, document)
    page = window.page("timeline")
    first = window.document.model.timeline[0]
    too_early = window.document.model.summary.start - timedelta(hours=2)
    window.document.update_item("timeline", 0, time=too_early)
    qtbot.waitUntil(lambda: page.warnings.isVisibleTo(page))
    assert "before the incident's start" in page.warnings.text()
    window.document.update_item("timeline", 0, time=first.time)
    qtbot.waitUntil(lambda: not page.warnings.isVisibleTo(page))
