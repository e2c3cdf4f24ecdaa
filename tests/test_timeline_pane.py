"""The timeline pane as a user drives it: keys, menu, editing, sorting, filtering, dragging."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.model import EventKind, IssueSummary, PostMortem, TimelineEvent
from tests.strategies import documents
from widgets.document import Document
from widgets.timeline.editor import EventEditor
from widgets.timeline.pane import TimelinePane

START = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)
KINDS = {
    "d": EventKind.DETECTION,
    "a": EventKind.ACTION,
    "m": EventKind.MISLEADING,
    "e": EventKind.ESCALATION,
    "r": EventKind.RESOLUTION,
    "n": EventKind.NOTE,
}


def make_document(spec: str = "a0 b1 c2 d3 e4 f5") -> Document:
    """``spec``: words of a name and a minute after START (``-`` for no time)."""
    events = []
    for word in spec.split():
        name, minute = word[0], word[1:]
        time = None if minute == "-" else START + timedelta(minutes=int(minute))
        events.append(TimelineEvent(kind=EventKind.ACTION, time=time, text=name))
    return Document(PostMortem(summary=IssueSummary(start=START), timeline=events))


def order(document: Document) -> str:
    return "".join(event.text for event in document.model.timeline)


@pytest.fixture
def document() -> Document:
    return make_document()


def shown(qtbot, document: Document) -> TimelinePane:
    widget = TimelinePane(document)
    qtbot.addWidget(widget)
    widget.resize(600, 700)
    widget.show()
    qtbot.waitExposed(widget)
    # Shortcuts (Alt+Up...) only reach the active window.
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def pane(qtbot, document: Document) -> TimelinePane:
    return shown(qtbot, document)


def select(pane: TimelinePane, *proxy_rows: int) -> None:
    selection = QItemSelection()
    for row in proxy_rows:
        index = pane.proxy.index(row, 0)
        selection.select(index, index)
    model = pane.view.selectionModel()
    model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    model.setCurrentIndex(pane.proxy.index(proxy_rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    pane.view.setFocus()


def press(qtbot, pane: TimelinePane, key: Qt.Key, modifier=Qt.KeyboardModifier.AltModifier) -> None:
    qtbot.keyClick(pane.view, key, modifier)


def test_pane_lists_the_events_in_the_users_order(pane: TimelinePane) -> None:
    assert [pane.proxy.index(row, 0).data() for row in range(pane.proxy.rowCount())] == list("abcdef")


@pytest.mark.parametrize(
    ("rows", "key", "expected"),
    [
        ([2], Qt.Key.Key_Up, "acbdef"),
        ([2], Qt.Key.Key_Down, "abdcef"),
        ([1, 2], Qt.Key.Key_Up, "bcadef"),
        ([1, 3], Qt.Key.Key_Down, "acbedf"),
        ([3, 4], Qt.Key.Key_Home, "deabcf"),
        ([0, 2], Qt.Key.Key_End, "bdefac"),
    ],
)
def test_alt_keys_move_the_selection_one_undo_step_each(qtbot, pane, document, rows, key, expected) -> None:
    select(pane, *rows)
    press(qtbot, pane, key)
    assert order(document) == expected
    assert document.undo_stack.count() == 1
    # The moved events stay selected, so the key can be pressed again.
    selected = sorted(pane.timeline_actions.selected_rows())
    assert "".join(order(document)[row] for row in selected) == "".join("abcdef"[row] for row in rows)
    document.undo_stack.undo()
    assert order(document) == "abcdef"
    document.undo_stack.redo()
    assert order(document) == expected


def test_repeated_alt_up_walks_an_event_to_the_top_and_stops(qtbot, pane, document) -> None:
    select(pane, 3)
    for _ in range(5):
        press(qtbot, pane, Qt.Key.Key_Up)
    assert order(document) == "dabcef"
    assert document.undo_stack.count() == 3


def test_context_menu_offers_the_moves(pane, document) -> None:
    select(pane, 4)
    menu = pane.context_menu()
    by_text = {action.text(): action for action in menu.actions() if action.text()}
    for name in ("Move Up", "Move Down", "Move to Top", "Move to Bottom", "Duplicate", "Delete", "Insert After"):
        assert name in by_text
    by_text["Move to Top"].trigger()
    assert order(document) == "eabcdf"
    by_text["Move Down"].trigger()
    assert order(document) == "aebcdf"
    assert document.undo_stack.count() == 2


def test_insert_after_starts_at_the_previous_events_time_and_opens_the_editor(qtbot, pane, document) -> None:
    select(pane, 2)
    pane.timeline_actions.insert_after.trigger()
    inserted = document.model.timeline[3]
    assert inserted.text == "" and inserted.time == START + timedelta(minutes=2)
    assert document.undo_stack.count() == 1
    assert pane.view.currentIndex().row() == 3
    editor = pane.view.findChild(EventEditor)
    assert editor is not None and editor.isVisible()
    document.undo_stack.undo()
    assert order(document) == "abcdef"


def test_add_duplicate_and_delete_are_single_undo_steps(pane, document) -> None:
    pane.timeline_actions.add.trigger()
    assert len(document.model.timeline) == 7
    assert document.model.timeline[-1].time == START + timedelta(minutes=5)
    select(pane, 0, 2)
    pane.timeline_actions.duplicate.trigger()
    assert [event.text for event in document.model.timeline] == ["a", "b", "c", "a", "c", "d", "e", "f", ""]
    select(pane, 1, 3, 4)
    pane.timeline_actions.delete.trigger()
    assert [event.text for event in document.model.timeline] == ["a", "c", "d", "e", "f", ""]
    assert document.undo_stack.count() == 3
    for _ in range(3):
        document.undo_stack.undo()
    assert order(document) == "abcdef"


def test_delete_key_deletes_the_selection(qtbot, pane, document) -> None:
    select(pane, 1, 2)
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert order(document) == "adef"
    assert document.undo_stack.count() == 1


def open_editor(qtbot, pane: TimelinePane, row: int) -> EventEditor:
    index = pane.proxy.index(row, 0)
    pane.view.setCurrentIndex(index)
    pane.view.edit(index)
    editor = pane.view.findChild(EventEditor)
    assert editor is not None
    return editor


def commit(qtbot, editor: EventEditor, pane: TimelinePane) -> None:
    """Press Enter in the editor; the delegate commits on the next turn of the event loop."""
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.view.findChild(EventEditor) is None or not editor.isVisible())


def test_editing_in_place_changes_kind_time_and_text_in_one_step(qtbot, pane, document) -> None:
    editor = open_editor(qtbot, pane, 1)
    assert editor.time_edit.text() == "March 3, 2025, 11:01 UTC"
    editor.kind_box.setCurrentIndex(editor.kind_box.findData(EventKind.DETECTION))
    editor.time_edit.setText("11:30")
    editor.text_edit.setText("Pager went off")
    commit(qtbot, editor, pane)
    event = document.model.timeline[1]
    assert event.kind is EventKind.DETECTION
    assert event.time == START + timedelta(minutes=30)
    assert event.text == "Pager went off"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.model.timeline[1].text == "b"


def test_a_time_that_cannot_be_read_is_reported_and_not_stored(qtbot, pane, document) -> None:
    editor = open_editor(qtbot, pane, 1)
    editor.time_edit.setText("half past lunch")
    editor.text_edit.setText("still saved")
    commit(qtbot, editor, pane)
    event = document.model.timeline[1]
    assert event.time == START + timedelta(minutes=1)
    assert event.text == "still saved"
    assert pane.message.isVisibleTo(pane)
    assert "half past lunch" in pane.message.text()


def test_clearing_the_time_makes_the_event_untimed(qtbot, pane, document) -> None:
    editor = open_editor(qtbot, pane, 2)
    editor.time_edit.clear()
    commit(qtbot, editor, pane)
    assert document.model.timeline[2].time is None


def test_sort_by_time_is_stable_and_one_undo_step(qtbot, document) -> None:
    document.replace_model(make_document("x- c30 n- a10 b10 d40").model)
    pane = TimelinePane(document)
    qtbot.addWidget(pane)
    assert pane.timeline_actions.sort.isEnabled()
    # The count is beside the button, which keeps its short name.
    assert pane.timeline_actions.sort.text() == "Sort by Time"
    assert pane.out_of_order_badge.text() == "⚠ 2"
    assert "2 events are earlier" in pane.timeline_actions.sort.toolTip()
    pane.timeline_actions.sort.trigger()
    assert order(document) == "xabcnd"
    assert document.undo_stack.count() == 1
    assert not pane.timeline_actions.sort.isEnabled()
    assert pane.out_of_order_badge.isHidden()
    document.undo_stack.undo()
    assert order(document) == "xcnabd"
    assert not pane.out_of_order_badge.isHidden()
    assert pane.timeline_actions.sort.isEnabled()


def test_filter_by_kind_keeps_order_and_moves_the_right_events(qtbot, document) -> None:
    kinds = "adadad"
    events = [e.model_copy(update={"kind": KINDS[k]}) for e, k in zip(document.model.timeline, kinds, strict=True)]
    document.replace_model(PostMortem(summary=document.model.summary, timeline=events))
    pane = shown(qtbot, document)
    pane.kind_filter.actions_by_kind[EventKind.ACTION].setChecked(False)
    visible = [pane.proxy.index(row, 0).data() for row in range(pane.proxy.rowCount())]
    assert visible == ["b", "d", "f"]
    select(pane, 2)  # f
    press(qtbot, pane, Qt.Key.Key_Up)
    # f goes above d, the previous *visible* event; hidden events keep their places.
    assert order(document) == "abcfde"
    assert [pane.proxy.index(row, 0).data() for row in range(pane.proxy.rowCount())] == ["b", "f", "d"]
    document.undo_stack.undo()
    assert order(document) == "abcdef"


def test_search_filters_by_text_and_a_drop_lands_between_the_visible_events(pane, document) -> None:
    document.update_item("timeline", 4, fields={"text": "e: DNS zone"})
    document.update_item("timeline", 1, fields={"text": "b: dns check"})
    pane.search.setText("dns")
    assert pane.proxy.rowCount() == 2
    data = pane.proxy.mimeData([pane.proxy.index(1, 0)])  # the 'e' event
    assert pane.proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, pane.proxy.index(0, 0).parent())
    assert [event.text[0] for event in document.model.timeline] == list("aebcdf")
    pane.search.clear()
    assert pane.proxy.rowCount() == 6


def test_derived_figures_follow_moves_and_edits(pane, document) -> None:
    document.update_item("timeline", 3, kind=EventKind.DETECTION)
    assert "Time to detect 3 min" in figures_as_read(pane)
    document.update_item("timeline", 1, kind=EventKind.DETECTION)
    assert "Time to detect</b> 3 min" not in pane.figures.text()
    # The first detection in the user's order counts: moving d above b changes the figure.
    pane.model.move_rows([3], 0)
    assert "Time to detect 3 min" in figures_as_read(pane)
    document.undo_stack.undo()
    assert "Time to detect 1 min" in figures_as_read(pane)


def test_gap_display_can_be_switched_off(qtbot, pane) -> None:
    with_gaps = pane.view.viewport().grab().toImage()
    pane.timeline_actions.show_gaps.setChecked(False)
    qtbot.wait(10)
    without_gaps = pane.view.viewport().grab().toImage()
    assert with_gaps != without_gaps
    pane.timeline_actions.show_gaps.setChecked(True)
    qtbot.wait(10)
    assert pane.view.viewport().grab().toImage() == with_gaps


def test_opening_another_document_shows_it_and_clears_the_filter(pane, document) -> None:
    pane.search.setText("f")
    assert pane.proxy.rowCount() == 1
    document.replace_model(make_document("x0 y1").model)
    assert pane.search.text() == ""
    assert [pane.proxy.index(row, 0).data() for row in range(pane.proxy.rowCount())] == ["x", "y"]


# --------------------------------------------------------------------------- drag and drop as events


def drag_to(pane: TimelinePane, proxy_rows: list[int], target_row: int, data: QMimeData | None = None) -> bool:
    """Send the enter, move and drop events a real drag delivers, dropping just above ``target_row``.

    A synthetic mouse drag cannot start a real QDrag offscreen (QDrag.exec runs
    the platform's own loop), so this sends the view the events a QDrag would.
    """
    view = pane.view
    if data is None:
        data = pane.proxy.mimeData([pane.proxy.index(row, 0) for row in proxy_rows])
    if target_row < pane.proxy.rowCount():
        point = view.visualRect(pane.proxy.index(target_row, 0)).topLeft() + QPoint(80, 3)
    else:
        last = view.visualRect(pane.proxy.index(pane.proxy.rowCount() - 1, 0))
        point = last.bottomLeft() + QPoint(80, 10)
    move = Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, move, data, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), enter)
    hover = QDragMoveEvent(point, move, data, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), hover)
    hover_accepted = hover.isAccepted()
    drop = QDropEvent(QPointF(point), move, data, buttons, modifiers)
    drop.setDropAction(move)
    QApplication.sendEvent(view.viewport(), drop)
    return hover_accepted and drop.isAccepted()


def test_dragging_one_event_between_two_others_moves_it(pane, document) -> None:
    assert drag_to(pane, [5], 1)
    assert order(document) == "afbcde"
    assert document.undo_stack.count() == 1


def test_dragging_a_split_selection_is_one_undo_step(pane, document) -> None:
    assert drag_to(pane, [0, 3], 5)
    assert order(document) == "bceadf"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert order(document) == "abcdef"


def test_dragging_below_the_last_event_moves_to_the_end(pane, document) -> None:
    assert drag_to(pane, [1], 6)
    assert order(document) == "acdefb"


def test_a_drag_from_another_document_is_refused(qtbot, pane, document) -> None:
    other = TimelinePane(make_document("x0 y1"))
    qtbot.addWidget(other)
    data = other.proxy.mimeData([other.proxy.index(0, 0)])
    assert not drag_to(pane, [], 2, data)
    assert order(document) == "abcdef"
    assert document.undo_stack.count() == 0


def test_the_filtered_view_is_a_consistent_model(qtmodeltester, pane, document) -> None:
    pane.search.setText("c")  # matches "c" and every time ("March")
    pane.kind_filter.actions_by_kind[EventKind.ACTION].setChecked(False)
    document.update_item("timeline", 2, kind=EventKind.NOTE)
    assert [pane.proxy.index(row, 0).data() for row in range(pane.proxy.rowCount())] == ["c"]
    qtmodeltester.check(pane.proxy)


def test_an_empty_timeline_says_how_to_start(qtbot) -> None:
    pane = shown(qtbot, Document(PostMortem()))
    empty = pane.view.viewport().grab().toImage()
    # The hint is drawn in the middle of the empty list, not a blank box.
    middle = empty.height() // 2
    colours = {empty.pixel(x, y) for x in range(empty.width()) for y in range(middle - 20, middle + 20)}
    assert len(colours) > 2
    pane.timeline_actions.add.trigger()
    assert len(pane.document.model.timeline) == 1
    assert pane.view.viewport().grab().toImage() != empty
    assert not pane.timeline_actions.sort.isEnabled()


def test_moving_while_editing_keeps_what_was_typed(qtbot, pane, document) -> None:
    editor = open_editor(qtbot, pane, 1)
    editor.text_edit.setText("typed, not yet committed")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [event.text for event in document.model.timeline][1:3] == ["c", "typed, not yet committed"]
    assert document.undo_stack.count() == 2  # the edit, then the move
    assert not editor.isVisible()


def test_a_new_event_hidden_by_the_filter_clears_the_filter(qtbot, pane, document) -> None:
    pane.search.setText("zzz")
    pane.kind_filter.actions_by_kind[EventKind.ACTION].setChecked(False)
    assert pane.proxy.rowCount() == 0
    pane.timeline_actions.add.trigger()
    assert pane.search.text() == ""
    assert all(action.isChecked() for action in pane.kind_filter.actions_by_kind.values())
    assert pane.kind_filter.text().startswith("All kinds")
    assert pane.proxy.rowCount() == 7
    assert pane.view.currentIndex().row() == 6


def test_editing_the_kind_of_a_long_multi_line_event_keeps_its_text(qtbot, pane, document) -> None:
    long_text = "first line ⏎ with a literal mark\n" + "x" * 40_000
    document.update_item("timeline", 0, fields={"text": long_text})
    editor = open_editor(qtbot, pane, 0)
    editor.kind_box.setCurrentIndex(editor.kind_box.findData(EventKind.NOTE))
    commit(qtbot, editor, pane)
    assert document.model.timeline[0].kind is EventKind.NOTE
    assert document.model.timeline[0].text == long_text


def test_line_breaks_typed_as_marks_become_line_breaks(qtbot, pane, document) -> None:
    editor = open_editor(qtbot, pane, 0)
    editor.text_edit.setText("two ⏎ lines")
    commit(qtbot, editor, pane)
    assert document.model.timeline[0].text == "two\nlines"


@settings(max_examples=25)
@given(documents(max_events=8))
def test_any_document_shows_every_event_and_sorts_to_a_clean_timeline(qapp, post_mortem: PostMortem) -> None:
    document = Document(post_mortem)
    pane = TimelinePane(document)
    pane.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    pane.resize(480, 600)
    pane.grab()  # paints every visible row, hostile text included
    assert pane.proxy.rowCount() == len(post_mortem.timeline)
    events = list(post_mortem.timeline)
    pane.timeline_actions.sort.trigger()
    assert sorted(map(id, document.model.timeline)) == sorted(map(id, events))
    assert pane.model.out_of_order_count() == 0
    assert not pane.timeline_actions.sort.isEnabled()
    pane.close()


def test_enter_opens_the_current_event_for_editing(qtbot, pane, document) -> None:
    select(pane, 3)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    editor = pane.view.findChild(EventEditor)
    assert editor is not None and editor.isVisible()
    editor.text_edit.setText("edited by keyboard")
    commit(qtbot, editor, pane)
    assert document.model.timeline[3].text == "edited by keyboard"


def test_a_drop_on_the_middle_of_an_event_lands_beside_it_never_onto_it(pane, document) -> None:
    view = pane.view
    data = pane.proxy.mimeData([pane.proxy.index(0, 0)])
    rect = view.visualRect(pane.proxy.index(3, 0))
    point = QPoint(rect.left() + 80, rect.center().y() + 4)  # just below the middle of "d"
    move, buttons, modifiers = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(point, move, data, buttons, modifiers))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(point, move, data, buttons, modifiers))
    drop = QDropEvent(QPointF(point), move, data, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), drop)
    assert order(document) == "bcdaef"
    assert len(document.model.timeline) == 6


def test_tool_icons_follow_a_palette_change(pane) -> None:
    from PySide6.QtGui import QColor, QPalette

    before = pane.timeline_actions.add.icon().pixmap(16, 16).toImage()
    palette = pane.palette()
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#ff00ff"))
    pane.setPalette(palette)
    assert pane.timeline_actions.add.icon().pixmap(16, 16).toImage() != before


def figures_as_read(pane: TimelinePane) -> str:
    """The footer as a person reads it (markup rendered, non-breaking spaces as spaces)."""
    from PySide6.QtGui import QTextDocument

    rendered = QTextDocument()
    rendered.setHtml(pane.figures.text())
    return rendered.toPlainText().replace("\xa0", " ")
