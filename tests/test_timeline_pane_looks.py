"""What the timeline pane shows a user at a glance: labelled controls, a readable editor, a narrow page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem, QToolTip

from app.model import EventKind, IssueSummary, PostMortem
from tests.test_timeline_pane import START, figures_as_read, make_document, open_editor, shown
from widgets.document import Document
from widgets.timeline.pane import TimelinePane

LONG_TEXT = "Suspected a regional outage at the CDN because the first failing check came from one region."


def test_the_event_editor_selects_the_whole_text_and_shows_its_start(qtbot) -> None:
    document = make_document("a0 b1 c2")
    document.update_item("timeline", 1, fields={"text": LONG_TEXT * 3})
    pane = shown(qtbot, document)
    pane.resize(420, 500)
    editor = open_editor(qtbot, pane, 1)
    qtbot.waitUntil(editor.text_edit.isVisible)
    field = editor.text_edit
    assert field.selectedText() == LONG_TEXT * 3
    # The cursor sits at the start, so the field is scrolled to where the text begins.
    assert field.cursorPosition() == 0
    assert field.cursorRect().left() < field.width() // 4
    # Typing still replaces the whole text.
    qtbot.keyClicks(field, "New")
    assert field.text() == "New"


# --------------------------------------------------------------------------- the filter and view controls


def test_the_kind_filter_names_each_kind_and_says_how_many_are_shown(qtbot) -> None:
    pane = shown(qtbot, make_document("a0 b1 c2"))
    menu = pane.kind_filter.kind_menu
    kinds = [action for action in menu.actions() if action.isCheckable()]
    assert [action.text() for action in kinds] == [kind.label for kind in EventKind]
    assert all(action.isChecked() and not action.icon().isNull() for action in kinds)
    assert pane.kind_filter.text().startswith("All kinds")
    assert not pane.kind_filter.show_all_action.isEnabled()

    pane.kind_filter.actions_by_kind[EventKind.ACTION].setChecked(False)
    assert pane.proxy.rowCount() == 0
    assert pane.kind_filter.text().startswith("All but Action taken")
    pane.kind_filter.show_all_action.trigger()
    assert pane.proxy.rowCount() == 3
    assert pane.kind_filter.text().startswith("All kinds")


def test_ticking_a_kind_in_the_menu_keeps_the_menu_open(qtbot) -> None:
    pane = shown(qtbot, make_document("a0 b1 c2"))
    menu = pane.kind_filter.kind_menu
    menu.popup(pane.kind_filter.mapToGlobal(QPoint(0, pane.kind_filter.height())))
    qtbot.waitExposed(menu)
    note = pane.kind_filter.actions_by_kind[EventKind.NOTE]
    qtbot.mouseMove(menu, menu.actionGeometry(note).center())
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(note).center())
    assert not note.isChecked()
    assert EventKind.NOTE not in pane.proxy.kinds()
    assert menu.isVisible()
    menu.close()


def test_the_gaps_toggle_says_what_it_shows(qtbot) -> None:
    pane = shown(qtbot, make_document("a0 b1 c2"))
    assert pane.gaps_button.text() == "Gaps"
    assert pane.gaps_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert pane.gaps_button.isChecked()
    pane.gaps_button.click()
    assert not pane.timeline_actions.show_gaps.isChecked()


def hover_tooltip(qtbot, pane: TimelinePane, pos: QPoint) -> str:
    QToolTip.hideText()
    viewport = pane.view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def item_option(pane: TimelinePane, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    pane.view.initViewItemOption(option)
    option.rect = pane.view.visualRect(pane.proxy.index(row, 0))
    return option


def test_hovering_a_gap_figure_says_what_it_counts(qtbot) -> None:
    pane = shown(qtbot, make_document("a0 b6 c- d4"))
    gap = pane.delegate.gap_rect(item_option(pane, 1), pane.proxy.index(1, 0))
    assert gap is not None
    assert hover_tooltip(qtbot, pane, gap.center()) == "6 min since the previous timed event"
    # d comes after b in the list but before it in time.
    gap = pane.delegate.gap_rect(item_option(pane, 3), pane.proxy.index(3, 0))
    assert hover_tooltip(qtbot, pane, gap.center()) == "2 min before the previous timed event: out of order"
    # Elsewhere on the row, the row's own tooltip.
    option = item_option(pane, 1)
    text_spot = option.rect.bottomLeft() + QPoint(60, -8)
    assert "since the previous" not in hover_tooltip(qtbot, pane, text_spot)
    QToolTip.hideText()


# --------------------------------------------------------------------------- sorting


def test_sort_by_time_is_a_flat_tool_button_with_the_count_beside_it(qtbot) -> None:
    document = make_document("a0 b1 c2")
    pane = shown(qtbot, document)
    button = pane.sort_button
    assert button.autoRaise()
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert not button.icon().isNull()
    assert button.text() == "Sort by Time"
    assert not button.isEnabled()
    assert pane.out_of_order_badge.isHidden()

    document.replace_model(make_document("a30 b10 c20 d0").model)
    assert button.isEnabled()
    assert button.text() == "Sort by Time"
    assert pane.out_of_order_badge.isVisibleTo(pane)
    assert pane.out_of_order_badge.text() == "⚠ 3"
    assert "3 events are earlier than an event above them" in pane.out_of_order_badge.toolTip()


# --------------------------------------------------------------------------- where the pane sits, and its footer


def test_the_timeline_lines_up_with_the_page_heading(qtbot) -> None:
    from widgets.panes.timeline_page import TimelinePage

    page = TimelinePage(make_document("a0 b1"))
    qtbot.addWidget(page)
    page.resize(700, 500)
    page.show()
    qtbot.waitExposed(page)
    heading = next(label for label in page.findChildren(QLabel) if label.text() == "Timeline")
    left = heading.mapTo(page, QPoint(0, 0)).x()
    for widget in (page.pane.search, page.pane.view, page.pane.figures):
        assert widget.mapTo(page, QPoint(0, 0)).x() == left


def test_an_empty_timeline_footer_says_what_it_will_show_without_dashes(qtbot) -> None:
    pane = shown(qtbot, Document(PostMortem()))
    assert "—" not in pane.figures.text()
    assert "will show here once events have times" in pane.figures.text()
    # The list says how to add the first event: Ins, as every list's hint says, or the Add Event button.
    keys = pane.timeline_actions.insert_after.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert keys == "Ins" and "Press Ins" in pane.view.empty_text and "Add Event" in pane.view.empty_text

    pane.timeline_actions.add.trigger()
    pane.timeline_actions.finish_editing()
    assert "1 event, none with a time yet" in pane.figures.text()
    assert "—" not in pane.figures.text()


def test_events_with_times_but_no_incident_start_say_what_is_missing(qtbot) -> None:
    document = make_document("a0 b1")
    model = document.model.model_copy(update={"summary": IssueSummary()})
    document.replace_model(model)
    pane = shown(qtbot, document)
    assert "2 events: give the incident a start time" in pane.figures.text()
    assert "—" not in pane.figures.text()


def test_figures_not_known_yet_read_not_yet(qtbot) -> None:
    pane = shown(qtbot, make_document("a0 b1"))
    text = figures_as_read(pane)
    assert "Time to detect not yet" in text
    assert "Duration not yet" in text
    assert "2 events" in text


def test_a_figure_never_breaks_across_lines() -> None:
    from app.model import IssueSummary, PostMortem, TimelineEvent
    from widgets.timeline.pane import figures_text

    start = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)
    model = PostMortem(
        summary=IssueSummary(start=start, end=start + timedelta(hours=1, minutes=26)),
        timeline=[TimelineEvent(kind="detection", time=start + timedelta(minutes=7))],
    )
    assert "1&nbsp;h&nbsp;26&nbsp;min" in figures_text(model)


# --------------------------------------------------------------------------- width


MAX_MIN_WIDTH = 420


def test_the_pane_fits_a_narrow_window_whatever_it_shows(qtbot) -> None:
    spec = " ".join(f"{chr(97 + row % 26)}{1000 - row}" for row in range(150))  # 149 out of order
    document = make_document(spec)
    pane = shown(qtbot, document)
    assert pane.out_of_order_badge.isVisibleTo(pane)
    assert pane.minimumSizeHint().width() <= MAX_MIN_WIDTH
    pane.kind_filter.actions_by_kind[EventKind.NOTE].setChecked(False)
    pane.show_message("Could not read the time 'half past lunch on the second Tuesday of the month'")
    editor = open_editor(qtbot, pane, 0)
    editor.text_edit.setText(LONG_TEXT * 4)
    assert pane.minimumSizeHint().width() <= MAX_MIN_WIDTH
    # The figures wrap rather than widen the pane.
    document.set_field(("summary", "end"), START + timedelta(days=3, hours=23, minutes=59))
    assert pane.minimumSizeHint().width() <= MAX_MIN_WIDTH
