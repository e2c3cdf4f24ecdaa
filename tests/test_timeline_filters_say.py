"""The timeline's search and kind filter say what they show: "1 of 4 events", the match marked,
the kinds named, one kind alone in a click, a hidden kind as an empty check box."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QIcon, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionMenuItem

from app.model import EventKind
from tests.test_timeline_keys import timeline_window
from widgets.timeline.kind_filter import shown_kinds_text


def viewport_image(view) -> QImage:
    return view.viewport().grab().toImage()


def test_the_search_says_how_many_events_it_shows(qtbot, tmp_path):
    _window, pane = timeline_window(qtbot, tmp_path)
    assert not pane.match_count.isVisible()
    qtbot.keyClicks(pane.search, "cdn")
    assert pane.match_count.isVisible() and pane.match_count.text() == "1 of 4 events"
    pane.search.clear()
    assert not pane.match_count.isVisible()
    pane.kind_filter.show_only(EventKind.DETECTION)
    assert pane.match_count.text() == "1 of 4 events"
    pane.kind_filter.show_all()
    assert not pane.match_count.isVisible()


def test_the_search_marks_the_match_in_the_event_text(qtbot, tmp_path):
    _window, pane = timeline_window(qtbot, tmp_path)
    qtbot.keyClicks(pane.search, "regional")
    assert pane.proxy.rowCount() == 1
    marked = viewport_image(pane.view)
    pane.delegate.highlight = ""
    pane.view.viewport().repaint()
    assert viewport_image(pane.view) != marked, "the match is painted"
    # The mark is the marker-pen yellow: some pixels have it.
    yellowish = sum(
        1
        for x in range(0, marked.width(), 2)
        for y in range(0, min(marked.height(), 80))
        if (c := marked.pixelColor(x, y)).red() > 200 and c.green() > 200 and c.blue() < 170
    )
    assert yellowish > 20


def test_the_kind_filter_names_the_kinds_it_shows():
    every = frozenset(EventKind)
    assert shown_kinds_text(every) == "All kinds"
    assert shown_kinds_text(frozenset({EventKind.DETECTION})) == "Only Detection"
    assert shown_kinds_text(every - {EventKind.NOTE}) == "All but Note"
    assert shown_kinds_text(frozenset({EventKind.DETECTION, EventKind.RESOLUTION})) == "Detection, Resolution"
    assert shown_kinds_text(frozenset(list(EventKind)[:3])) == "3 of 6 kinds"


def test_show_only_one_kind_in_a_click_and_the_button_says_so(qtbot, tmp_path):
    _window, pane = timeline_window(qtbot, tmp_path)
    button = pane.kind_filter
    button.only_actions[EventKind.MISLEADING].trigger()
    assert pane.proxy.kinds() == frozenset({EventKind.MISLEADING})
    assert button.text() == "Only Misleading path ▾"
    assert "Showing Misleading path" in button.toolTip()
    assert [action.isChecked() for action in button.actions_by_kind.values()].count(True) == 1


def test_a_hidden_kind_shows_an_empty_check_box_beside_its_icon(qtbot, tmp_path):
    _window, pane = timeline_window(qtbot, tmp_path)
    menu = pane.kind_filter.kind_menu
    icon = QIcon(menu.style().standardIcon(QStyle.StandardPixmap.SP_DialogYesButton))

    def draw(check_type: QStyleOptionMenuItem.CheckType, with_icon: bool = True) -> QImage:
        option = QStyleOptionMenuItem()
        option.initFrom(menu)
        option.rect = QRect(0, 0, 220, 26)
        option.text = "Note"
        option.icon = icon if with_icon else QIcon()
        option.maxIconWidth = 20
        option.menuItemType = QStyleOptionMenuItem.MenuItemType.Normal
        option.checkType = check_type
        option.checked = False
        option.state = QStyle.StateFlag.State_Enabled
        image = QImage(220, 26, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        menu.style().drawControl(QStyle.ControlElement.CE_MenuItem, option, painter, menu)
        painter.end()
        return image

    unticked = draw(QStyleOptionMenuItem.CheckType.NonExclusive)
    plain = draw(QStyleOptionMenuItem.CheckType.NotCheckable)
    assert unticked != plain, "an unticked kind draws its (empty) check box"
    assert unticked != draw(QStyleOptionMenuItem.CheckType.NonExclusive, with_icon=False), "and its icon beside it"
