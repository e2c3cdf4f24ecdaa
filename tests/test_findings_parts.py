"""The warnings after an edit are found again only in the part of the document the edit reached.

A keystroke in a long document's Introduction once re-checked all 10,000
events and regrouped their 9,600 warnings 150 ms later, on the UI thread.
The warnings shown stay exactly those of a full check after every edit.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.model import EventKind, FlowNode, TimelineEvent
from app.validation import check
from tests.test_keystroke_work import WalkedList, with_walked_events
from tests.test_window_fixtures import large_document, make_window, sample_document
from widgets.document import Document
from widgets.findings import Findings
from widgets.navigation import WARNINGS_ROLE


def _ended_early(events: int):
    """A document whose incident ends ten minutes in: the later events are a warning each."""
    model = large_document(events)
    assert model.summary.start is not None
    model.summary = model.summary.model_copy(update={"end": model.summary.start + timedelta(minutes=10)})
    return model


def test_the_warnings_after_an_introduction_keystroke_go_through_none_of_the_events(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, with_walked_events(_ended_early(700)))
    window.show()
    for key in window.sections.keys:  # every view of the warnings built
        window.sections.show_section(key)
    window.findings.settle()
    shown = window._warnings_label.text()
    window.sections.show_section("introduction")
    editor = window.page("introduction").editor
    editor.setFocus()
    regrouped: list[int] = []
    show_problems = window.sections.show_problems
    window.sections.show_problems = lambda problems: regrouped.append(len(problems)) or show_problems(problems)
    WalkedList.walks = 0
    QTest.keyClick(editor, Qt.Key.Key_A)
    window.findings.settle()  # the debounce's turn: status bar, section list, Overview, Summary
    assert WalkedList.walks == 0
    assert regrouped == []  # the section list and the pages keep the warnings they show
    assert window._warnings_label.text() == shown


def test_an_introduction_edit_keeps_the_same_list_of_problems():
    document = Document(_ended_early(300))
    findings = Findings.of(document)
    before = findings.problems()
    document.set_field(("introduction",), "A new introduction.", merge_key="introduction")
    assert findings.problems() is before  # views showing it have nothing to redo


def test_typing_in_an_event_or_the_impact_does_not_check_the_times_again(monkeypatch):
    import widgets.findings as findings_module

    checks: list[int] = []
    real = findings_module.time_problems
    monkeypatch.setattr(findings_module, "time_problems", lambda *args: checks.append(1) or real(*args))
    document = Document(_ended_early(300))
    findings = Findings.of(document)
    before = findings.problems()
    assert checks == [1]
    for text in ("Event number 7 a", "Event number 7 ab"):
        document.update_item("timeline", 7, fields={"text": text}, merge_key="event")
        document.set_field(("summary", "impact"), text, merge_key="impact")
        assert findings.problems() is before
    assert checks == [1]
    document.update_item("timeline", 7, time=document.model.timeline[8].time)  # a time: checked again
    assert findings.problems() == check(document.model)
    assert checks == [1, 1]


def test_an_edit_in_any_part_gives_the_problems_of_a_full_check():
    document = Document(sample_document())
    findings = Findings.of(document)

    def agrees() -> None:
        assert findings.problems() == check(document.model)
        assert findings.figures() is not None and findings.glance().events == len(document.model.timeline)

    agrees()
    start = document.model.summary.start
    assert start is not None
    document.set_field(("introduction",), "Deliveries were late â€” none were lost.")
    agrees()
    assert any(p.path == "introduction" for p in findings.problems())
    document.update_item("timeline", 1, time=start - timedelta(hours=1))  # before the start, out of order
    agrees()
    document.set_field(("summary", "end"), start - timedelta(minutes=5))  # ends before it starts
    agrees()
    document.insert_items("timeline", 0, [TimelineEvent(time=start + timedelta(days=2), text="Late")])
    agrees()
    document.insert_items("nodes", 0, [FlowNode(id="dup"), FlowNode(id="dup")])
    agrees()
    document.move_items("timeline", [0], 3)
    agrees()
    document.update_item("timeline", 2, kind=EventKind.DETECTION, fields={"text": "Paged"})
    agrees()
    document.update_item("timeline", 2, kind=EventKind.RESOLUTION)
    agrees()
    document.undo_stack.undo()
    document.undo_stack.undo()
    agrees()
    document.replace_model(_ended_early(20))
    agrees()
    document.set_field(("introduction",), "Plain again.")
    agrees()


def test_a_timeline_edit_still_updates_every_view_after_the_debounce(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    window.page("overview")
    findings = Findings.of(window.document)
    findings.settle()
    before = len(findings.problems())
    start = window.document.model.summary.start
    assert start is not None
    window.document.update_item("timeline", 0, time=start + timedelta(days=3))  # after the end
    qtbot.waitUntil(lambda: not findings.pending(), timeout=3000)
    problems = findings.problems()
    assert len(problems) == before + 2  # it is after the end, and the event below it is now out of order
    assert window._warnings_label.text() == f"⚠ {len(problems)} warning{'s' if len(problems) != 1 else ''}"
    row = window.sections.keys.index("timeline")
    assert window.sections.item(row).data(WARNINGS_ROLE) == sum(p.path.startswith("timeline") for p in problems)
    assert window.page("overview").summary.warnings_list.count() == len(problems)
