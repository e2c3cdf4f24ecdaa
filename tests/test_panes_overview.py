"""The Overview's "at a glance" panel: figures and counts that follow the document, warnings that lead somewhere."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.formats import files
from app.model import EventKind, TaskStatus, TimelineEvent
from tests.conftest import EXAMPLES
from tests.test_window_fixtures import large_document, make_window, sample_document
from widgets.panes.overview_summary import describe_place, glance, incident_window


def overview(window):
    return window.page("overview").summary


def settled(qtbot, summary) -> None:
    """Wait for the debounced refresh to run."""
    qtbot.waitUntil(lambda: not summary._timer.isActive(), timeout=2000)


def test_the_example_reads_correctly_at_a_glance(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, files.load(EXAMPLES / "dns-outage.json"))
    summary = overview(window)
    summary.refresh()
    assert summary.window_label.text() == "March 3, 2025, 11:05 – 12:47 UTC"
    assert summary.duration.value.text() == "1 h 42 min"
    assert summary.time_to_detect.value.text() == "7 min"
    assert summary.time_to_resolve.value.text() == "1 h 26 min"
    assert summary.events_label.text() == "7 events"
    counts = {kind: label.text() for kind, label in summary.kind_counts.items()}
    assert counts == {
        EventKind.DETECTION: "1",
        EventKind.ACTION: "2",
        EventKind.MISLEADING: "2",
        EventKind.ESCALATION: "1",
        EventKind.RESOLUTION: "1",
        EventKind.NOTE: "0",
    }
    assert not summary.kind_counts[EventKind.NOTE].isEnabled()  # absent kinds step back
    assert summary.kind_counts[EventKind.ACTION].isEnabled()
    assert summary.tasks_bar.text() == "1 of 3 done"
    assert summary.tasks_label.text() == "1 open · 1 in progress · 1 done"
    assert summary.flowchart_label.text() == "8 boxes, 8 arrows · 3 dead ends"
    window.refresh_warnings()
    assert summary.all_clear.isVisibleTo(summary) and not summary.warnings_list.isVisibleTo(summary)


def test_the_figures_follow_edits_and_undo(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    document = window.document
    summary = overview(window)
    settled(qtbot, summary)
    assert summary.duration.value.text() == "1 h 42 min"
    start = document.model.summary.start

    document.set_field(("summary", "end"), start + timedelta(hours=3), text="Change end time")
    qtbot.waitUntil(lambda: summary.duration.value.text() == "3 h")
    assert summary.window_label.text() == "March 3, 2025, 11:05 – 14:05 UTC"

    document.insert_items("timeline", 0, [TimelineEvent(kind=EventKind.NOTE, text="Aside")])
    qtbot.waitUntil(lambda: summary.kind_counts[EventKind.NOTE].text() == "1")
    assert summary.events_label.text() == "5 events"

    document.update_item("tasks", 0, status=TaskStatus.DONE)
    qtbot.waitUntil(lambda: summary.tasks_bar.text() == "2 of 3 done")
    assert summary.tasks_label.text() == "0 open · 1 in progress · 2 done"

    for _ in range(3):
        document.undo_stack.undo()
    qtbot.waitUntil(lambda: summary.duration.value.text() == "1 h 42 min")
    assert summary.kind_counts[EventKind.NOTE].text() == "0"
    assert summary.tasks_bar.text() == "1 of 3 done"


def test_an_empty_document_says_what_is_missing(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    summary = overview(window)
    summary.refresh()
    assert summary.window_label.text() == "Start and end not set yet"
    assert summary.duration.value.text() == "—"
    assert summary.events_label.text() == "No events yet"
    assert summary.tasks_label.text() == "No action items yet" and not summary.tasks_bar.isVisibleTo(summary)
    assert "generate one from the timeline" in summary.flowchart_label.text()


def test_opening_another_file_refreshes_the_panel(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    summary = overview(window)
    window.document.replace_model(large_document(60))
    qtbot.waitUntil(lambda: summary.events_label.text() == "60 events")
    assert summary.kind_counts[EventKind.DETECTION].text() == "10"


def _broken_document():
    model = sample_document()
    start = model.summary.start
    model.summary.end = start - timedelta(minutes=5)  # ends before it starts
    model.timeline[0] = model.timeline[0].model_copy(update={"time": start - timedelta(hours=1)})  # before the start
    return model


def test_warnings_are_listed_with_their_place(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, _broken_document())
    window.refresh_warnings()
    summary = overview(window)
    texts = [summary.warnings_list.item(row).text() for row in range(summary.warnings_list.count())]
    assert "Issue Summary, end time: The incident ends before it starts" in texts
    assert any(text.startswith("Timeline, event 1: The event is before") for text in texts)
    assert summary.warnings_list.isVisibleTo(summary) and not summary.all_clear.isVisibleTo(summary)
    assert summary.warnings.findChild(type(summary.events_label)).text() == f"Warnings ({len(texts)})"


def test_clicking_a_warning_goes_to_the_field_it_concerns(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, _broken_document())
    window.show()
    qtbot.waitExposed(window)
    window.refresh_warnings()
    summary = overview(window)
    listed = summary.warnings_list
    row = next(r for r in range(listed.count()) if listed.item(r).text().startswith("Issue Summary, end time"))
    rect = listed.visualItemRect(listed.item(row))
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.sections.keys[window.sections.currentRow()] == "summary"
    page = window.page("summary")
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.end_field.hasFocus() or page.end_field.isAncestorOf(window.focusWidget()))


def test_enter_on_a_timeline_warning_selects_the_event(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, _broken_document())
    window.show()
    qtbot.waitExposed(window)
    window.refresh_warnings()
    listed = overview(window).warnings_list
    row = next(r for r in range(listed.count()) if listed.item(r).text().startswith("Timeline, event 1"))
    listed.setFocus()
    listed.setCurrentRow(row)
    qtbot.keyClick(listed, Qt.Key.Key_Return)
    assert window.sections.keys[window.sections.currentRow()] == "timeline"
    pane = window.page("timeline").pane
    if not hasattr(pane, "timeline_actions"):
        pytest.skip("the timeline editor is not installed; the plain list has no selection to check")
    assert pane.timeline_actions.selected_rows() == [0]


def test_the_card_buttons_open_their_sections(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    summary = overview(window)
    for card, key in ((summary.timeline, "timeline"), (summary.tasks, "measures"), (summary.flowchart, "humor")):
        assert card.open_button is not None and card.open_button.accessibleName()
        card.open_button.click()
        assert window.sections.keys[window.sections.currentRow()] == key
        window.sections.show_section("overview")


def test_a_long_list_of_warnings_is_capped(qtbot, tmp_path):
    model = large_document(300)
    model.summary.end = model.summary.start  # every later event is now after the end
    window = make_window(qtbot, tmp_path, model)
    window.refresh_warnings()
    listed = overview(window).warnings_list
    assert listed.count() == 101
    assert listed.item(100).text().startswith("… and ")
    assert not listed.item(100).flags() & Qt.ItemFlag.ItemIsEnabled


def test_glance_counts_in_one_pass_over_a_large_timeline():
    seen = glance(large_document(10_000))
    assert seen.events == 10_000
    assert sum(seen.events_by_kind.values()) == 10_000
    assert seen.tasks == 3


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (
            datetime(2025, 3, 3, 11, 5, tzinfo=UTC),
            datetime(2025, 3, 3, 12, 47, tzinfo=UTC),
            "March 3, 2025, 11:05 – 12:47 UTC",
        ),
        (
            datetime(2025, 3, 3, 23, 5, tzinfo=UTC),
            datetime(2025, 3, 4, 1, 0, tzinfo=UTC),
            "March 3, 2025, 23:05 UTC – March 4, 2025, 01:00 UTC",
        ),
        (
            datetime(2025, 3, 3, 11, 5, tzinfo=timezone(timedelta(hours=2))),
            datetime(2025, 3, 3, 12, 0, tzinfo=UTC),
            "March 3, 2025, 11:05 UTC+02:00 – March 3, 2025, 12:00 UTC",
        ),
        (datetime(2025, 3, 3, 11, 5, tzinfo=UTC), None, "Starts March 3, 2025, 11:05 UTC, end not set"),
        (None, datetime(2025, 3, 3, 11, 5, tzinfo=UTC), "Start not set, ends March 3, 2025, 11:05 UTC"),
    ],
)
def test_incident_window_text(start, end, expected):
    assert incident_window(start, end) == expected


def test_places_are_named_as_the_editor_names_them():
    assert describe_place("timeline[3].time") == "Timeline, event 4"
    assert describe_place("humor.flowchart.edges[0].target") == "Flowchart, arrow 1"
    assert describe_place("summary.end") == "Issue Summary, end time"


def test_the_panel_is_reachable_by_keyboard_and_named_for_screen_readers(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, _broken_document())
    window.show()
    qtbot.waitExposed(window)
    window.refresh_warnings()
    page = window.page("overview")
    summary = page.summary
    page.authors_field.setFocus()
    reached = set()
    for _ in range(12):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.add(window.focusWidget())
    assert summary.incident.open_button in reached
    assert summary.warnings_list in reached
    assert all(label.accessibleName() == f"{kind.label} events" for kind, label in summary.kind_counts.items())
    for name in ("Incident window", "Duration", "Time to detect", "Time to resolve", "Action items done"):
        assert any(child.accessibleName() == name for child in summary.findChildren(QWidget)), name
