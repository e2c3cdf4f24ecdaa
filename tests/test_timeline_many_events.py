"""A long timeline (thousands of events) shows, filters and searches without visiting every row in Python
more than once per change; what each row shows and which rows a filter keeps stay as before."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QPoint
from PySide6.QtGui import QIcon

from app.model import EventKind, IssueSummary, PostMortem, TimelineEvent
from app.validation import Problem
from tests.test_timeline_pane import shown
from widgets.document import Document
from widgets.panes.page import problems_for
from widgets.timeline import glyphs
from widgets.timeline import model as model_module
from widgets.timeline.pane import TimelinePane

FILTER_MODULE = str(Path("widgets", "timeline", "filter.py"))
START = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)
KINDS = list(EventKind)


def long_document(events: int) -> Document:
    """Events of every kind in turn, 17 s apart, as the 10,000-event benchmark document has them."""
    timeline = [
        TimelineEvent(kind=KINDS[row % len(KINDS)], time=START + timedelta(seconds=17 * row), text=f"Event {row}")
        for row in range(events)
    ]
    return Document(PostMortem(summary=IssueSummary(start=START), timeline=timeline))


def test_an_unfiltered_timeline_is_shown_without_python_judging_each_row(qtbot) -> None:
    # Qt asked the filter's Python method about each of the 3,000 rows (to hear "yes") before the page
    # could paint, and again after every sort or reset; unfiltered, Qt now accepts every row itself.
    document = long_document(3_000)
    calls: list[str] = []

    def count(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code.co_filename.endswith(FILTER_MODULE):
            calls.append(frame.f_code.co_name)

    sys.setprofile(count)
    try:
        pane = shown(qtbot, document)
        assert pane.proxy.rowCount() == 3_000
    finally:
        sys.setprofile(None)
    assert len(calls) < 100

    # Filtering still asks about every row, and clearing the filter shows them all again.
    pane.kind_filter.show_only(EventKind.NOTE)
    assert pane.proxy.rowCount() == 500
    assert {pane.proxy.index(row, 0).data() for row in range(3)} == {"Event 5", "Event 11", "Event 17"}
    pane.kind_filter.show_all()
    assert pane.proxy.rowCount() == 3_000


def test_hiding_a_kind_updates_the_count_once_not_once_per_run_of_hidden_rows(qtbot, monkeypatch) -> None:
    counts: list[int] = []
    count = TimelinePane._show_match_count
    monkeypatch.setattr(TimelinePane, "_show_match_count", lambda self: counts.append(1) or count(self))
    pane = shown(qtbot, long_document(600))
    counts.clear()
    pane.kind_filter.actions_by_kind[EventKind.ACTION].setChecked(False)  # 100 runs of one row each
    assert len(counts) <= 3
    assert pane.match_count.text() == "500 of 600 events"


def test_the_kind_menus_icons_are_drawn_when_the_menu_first_shows_them(qtbot, monkeypatch) -> None:
    drawn: list[EventKind] = []
    draw = glyphs.draw_kind_icon
    monkeypatch.setattr(
        glyphs,
        "draw_kind_icon",
        lambda painter, rect, kind, color=None: drawn.append(kind) or draw(painter, rect, kind, color),
    )
    pane = shown(qtbot, long_document(12))
    assert drawn == []  # 72 pictures (12 icons, 3 sizes, 2 states) were drawn as the page was built

    menu = pane.kind_filter.kind_menu
    menu.popup(pane.kind_filter.mapToGlobal(QPoint(0, pane.kind_filter.height())))
    qtbot.waitExposed(menu)
    qtbot.waitUntil(lambda: set(drawn) == set(EventKind))
    menu.close()
    # Ticked, the disc has its kind's colour; unticked, it is grey.
    icon = pane.kind_filter.actions_by_kind[EventKind.RESOLUTION].icon()
    ticked = icon.pixmap(24, 24, QIcon.Mode.Normal, QIcon.State.On).toImage().pixelColor(12, 6)
    unticked = icon.pixmap(24, 24, QIcon.Mode.Normal, QIcon.State.Off).toImage().pixelColor(12, 6)
    assert ticked.green() > ticked.red() + 60
    assert abs(unticked.red() - unticked.blue()) < 60


def test_a_search_follows_an_edited_event_and_undo(qtbot) -> None:
    document = long_document(30)
    pane = shown(qtbot, document)
    pane.search.setText("zebra")
    assert pane.proxy.rowCount() == 0
    document.update_item("timeline", 7, fields={"text": "A Zebra crossing"})
    assert [pane.proxy.index(row, 0).data() for row in range(pane.proxy.rowCount())] == ["A Zebra crossing"]
    assert pane.match_count.text() == "1 of 30 events"
    document.undo_stack.undo()
    assert pane.proxy.rowCount() == 0


def test_a_search_by_time_reads_times_in_the_timelines_zone_as_it_changes(qtbot) -> None:
    timeline = [TimelineEvent(time=START + timedelta(minutes=row), text=f"Event {row}") for row in range(4)]
    document = Document(PostMortem(summary=IssueSummary(start=START), timeline=timeline))
    pane = shown(qtbot, document)
    pane.search.setText("11:02 UTC")
    assert pane.proxy.rowCount() == 1
    document.set_field(("summary", "start"), START.astimezone(timezone(timedelta(hours=1))))
    pane.search.setText("")
    pane.search.setText("12:02 UTC+01:00")
    assert [pane.proxy.index(row, 0).data() for row in range(pane.proxy.rowCount())] == ["Event 2"]
    pane.search.setText("11:02 UTC")
    assert pane.proxy.rowCount() == 0


def test_a_pages_problems_are_those_at_its_paths_or_inside_them() -> None:
    problems = [
        Problem(path, "x")
        for path in ("timeline", "timeline[3].time", "timeline.x", "timelines", "summary.start", "summary.starts")
    ]
    found = problems_for(problems, ("timeline", "summary.start"))
    assert [p.path for p in found] == ["timeline", "timeline[3].time", "timeline.x", "summary.start"]
    assert problems_for(problems, ()) == []


def test_each_keystroke_of_a_search_does_not_format_every_events_time_again(qtbot, monkeypatch) -> None:
    formatted: list[datetime] = []
    format_time = model_module.format_time
    monkeypatch.setattr(
        model_module, "format_time", lambda value, zone: formatted.append(value) or format_time(value, zone)
    )
    pane = shown(qtbot, long_document(300))
    formatted.clear()
    for text in ("q", "qu", "qua", "quar"):
        pane.search.setText(text)
        assert pane.proxy.rowCount() == 0
    assert len(formatted) <= 300 + 50  # each event's time once (and the rows painted), not once a keystroke


def test_the_search_box_getting_the_keyboard_reads_the_events_ahead_of_the_first_keystroke(qtbot, monkeypatch) -> None:
    formatted: list[datetime] = []
    format_time = model_module.format_time
    monkeypatch.setattr(
        model_module, "format_time", lambda value, zone: formatted.append(value) or format_time(value, zone)
    )
    pane = shown(qtbot, long_document(1_200))
    pane.search.setFocus()
    # Read a slice at a time while the window stays responsive, not all at the first keystroke.
    qtbot.waitUntil(lambda: len(formatted) >= 1_200)
    formatted.clear()
    pane.search.setText("quartz")
    assert pane.proxy.rowCount() == 0
    assert formatted == []
    pane.search.setText("Event 1199")
    assert pane.proxy.rowCount() == 1
