"""The Timeline and Humor pages embed the timeline and flowchart editors, or a plain list without them."""

from __future__ import annotations

import sys

from tests.test_window_fixtures import make_window, sample_document


def test_the_timeline_page_embeds_the_timeline_editor(qtbot, tmp_path):
    from widgets.timeline.pane import TimelinePane

    window = make_window(qtbot, tmp_path, sample_document())
    assert isinstance(window.page("timeline").pane, TimelinePane)


def test_without_the_timeline_editor_a_plain_list_shows_the_events(qtbot, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "widgets.timeline.pane", None)  # importing it now fails
    window = make_window(qtbot, tmp_path, sample_document())
    pane = window.page("timeline").pane
    rows = [pane.list.item(r).text() for r in range(pane.list.count())]
    assert rows[0].startswith("Detection: 2025-03-03 11:12")
    assert len(rows) == len(sample_document().timeline)
    window.document.remove_items("timeline", [0])
    assert pane.list.count() == len(sample_document().timeline) - 1


def test_without_the_flowchart_editor_a_plain_list_shows_the_nodes(qtbot, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "widgets.flowchart.pane", None)
    window = make_window(qtbot, tmp_path, sample_document())
    pane = window.page("humor").pane
    assert [pane.list.item(r).text() for r in range(pane.list.count())] == [
        "Start [start]: Site down",
        "Step [dns]: DNS?",
    ]


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
