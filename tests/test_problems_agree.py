"""One truth about problems: the status bar, the section list, the Overview and the timeline count the same warnings.

An event written below a later one (out of time order) is a warning
everywhere: the timeline's badge counts exactly the out-of-order warnings the
status bar, the section list and the Overview count among the rest. They are
computed once per change by the document's Findings and shown after the
debounce.
"""

from __future__ import annotations

from datetime import timedelta

from app.validation import OUT_OF_ORDER
from tests.test_window_fixtures import make_window, sample_document
from widgets.findings import Findings
from widgets.navigation import WARNINGS_ROLE


def _out_of_order_window(qtbot, tmp_path):
    model = sample_document()
    # The second event goes to just before the first one: written below a later event.
    model.timeline[1] = model.timeline[1].model_copy(update={"time": model.timeline[0].time - timedelta(minutes=1)})
    window = make_window(qtbot, tmp_path, model)
    window.page("timeline")
    window.page("overview")
    return window


def test_an_out_of_order_event_is_one_warning_on_every_view(qtbot, tmp_path):
    window = _out_of_order_window(qtbot, tmp_path)
    findings = Findings.of(window.document)
    qtbot.waitUntil(lambda: not findings.pending(), timeout=3000)
    problems = findings.problems()
    late = [p for p in problems if p.message == OUT_OF_ORDER]
    assert [p.path for p in late] == ["timeline[1].time"]

    count = len(problems)
    assert window._warnings_label.text() == (f"⚠ {count} warning{'s' if count != 1 else ''}")
    overview = window.page("overview").summary
    listed = [overview.warnings_list.item(row).text() for row in range(overview.warnings_list.count())]
    assert len(listed) == count
    assert "Timeline, event 2: The event is earlier than an event above it: sort by time, or move it" in listed
    timeline_row = window.sections.keys.index("timeline")
    assert window.sections.item(timeline_row).data(WARNINGS_ROLE) == sum(
        p.path.startswith("timeline") for p in problems
    )
    pane = window.page("timeline").pane
    assert pane.out_of_order_badge.text() == f"⚠ {len(late)}"


def test_sorting_clears_the_warning_from_every_view_after_the_debounce(qtbot, tmp_path):
    window = _out_of_order_window(qtbot, tmp_path)
    findings = Findings.of(window.document)
    pane = window.page("timeline").pane
    before = len(findings.problems())
    pane.timeline_actions.sort.trigger()
    assert pane.out_of_order_badge.isHidden()  # the pane follows its own list at once
    qtbot.waitUntil(lambda: not findings.pending(), timeout=3000)
    after = len(findings.problems())
    assert after == before - 1
    assert window._warnings_label.text() == (
        "No warnings" if not after else f"⚠ {after} warning{'s' if after != 1 else ''}"
    )
    overview = window.page("overview").summary
    assert overview.warnings_list.count() == after


def test_the_figures_are_computed_once_per_change_for_every_view(qtbot, tmp_path, monkeypatch):
    import widgets.findings as findings_module

    calls: list[int] = []
    real = findings_module.derived_figures
    monkeypatch.setattr(findings_module, "derived_figures", lambda model: calls.append(1) or real(model))
    window = _out_of_order_window(qtbot, tmp_path)
    window.page("summary")
    findings = Findings.of(window.document)
    qtbot.waitUntil(lambda: not findings.pending(), timeout=3000)
    calls.clear()
    for text in ("a", "ab", "abc"):  # three keystrokes in a field the figures do not depend on
        window.document.set_field(("introduction",), text, merge_key="introduction")
    assert calls == []
    qtbot.waitUntil(lambda: not findings.pending(), timeout=3000)
    assert calls == []  # nor after the debounce: the figures are those already shown
    start = window.document.model.summary.start
    window.document.set_field(("summary", "start"), start - timedelta(minutes=1))
    qtbot.waitUntil(lambda: not findings.pending(), timeout=3000)
    assert len(calls) == 1  # status bar, Overview, Summary and timeline footer share one computation
