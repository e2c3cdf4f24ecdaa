"""The section list's icons and warning badges, and icons that follow the palette (dark mode included)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from tests.test_window_fixtures import make_window, sample_document
from tests.test_window_keyboard import active_window
from widgets.icons import icon, section_icon
from widgets.navigation import TITLE_ROLE, WARNINGS_ROLE, badge_color


def ink(pixmap) -> QColor:
    """The colour of the most opaque pixel: what the icon is drawn in."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            color = image.pixelColor(x, y)
            if color.alpha() > best.alpha():
                best = color
    return best


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#2b2d31"),
        (roles.Base, "#1f2023"),
        (roles.Text, "#e6e6e6"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Button, "#34363b"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#3d7cc9"),
        (roles.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(color))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7278"))
    return palette


def test_every_section_has_its_own_icon(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    sections = window.sections
    images = []
    for row in range(sections.count()):
        item_icon = sections.item(row).icon()
        assert not item_icon.isNull(), sections.item(row).text()
        images.append(item_icon.pixmap(QSize(16, 16)).toImage())
    assert all(images[i] != images[j] for i in range(len(images)) for j in range(i))


def test_section_icons_are_drawn_in_the_palette_text_colour(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    light = ink(window.sections.item(0).icon().pixmap(QSize(16, 16)))
    window.sections.setPalette(dark_palette())
    dark = ink(window.sections.item(0).icon().pixmap(QSize(16, 16)))
    assert dark.lightness() > 180 > light.lightness()
    selected = ink(section_icon("timeline", dark_palette()).pixmap(QSize(16, 16), QIcon.Mode.Selected))
    assert selected.name() == "#ffffff"


def test_warning_badges_count_each_sections_problems(qtbot, tmp_path):
    model = sample_document()
    model.summary.end = model.summary.start - timedelta(minutes=1)
    model.timeline[0] = model.timeline[0].model_copy(update={"time": model.summary.start - timedelta(hours=1)})
    window = make_window(qtbot, tmp_path, model)
    window.refresh_warnings()
    sections = window.sections
    row = sections.keys.index("summary")
    item = sections.item(row)
    assert item.data(WARNINGS_ROLE) == 1
    assert item.data(TITLE_ROLE) == "Issue Summary"
    assert sections.item(sections.keys.index("overview")).data(WARNINGS_ROLE) == 0
    assert sections.item(sections.keys.index("timeline")).data(WARNINGS_ROLE) >= 1
    # The badge is painted; the row's own text stays the plain title.
    option = QStyleOptionViewItem()
    sections.itemDelegate().initStyleOption(option, sections.model().index(row, 0))
    assert option.text == "Issue Summary"

    window.document.set_field(("summary", "end"), model.summary.start + timedelta(hours=2))
    window.refresh_warnings()
    assert item.data(WARNINGS_ROLE) == 0


def test_reveal_names_the_section_of_a_path(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    sections = window.sections
    assert sections.section_for("timeline[12].time") == "timeline"
    assert sections.section_for("humor.flowchart.edges[0].source") == "humor"
    assert sections.section_for("nowhere") is None
    assert sections.reveal("nowhere") is None
    assert sections.reveal("measures") is window.page("measures")
    assert sections.keys[sections.currentRow()] == "measures"


@pytest.fixture
def dark_application():
    application = QApplication.instance()
    previous = QGuiApplication.palette()
    application.setPalette(dark_palette())
    yield application
    application.setPalette(previous)


def test_undo_in_a_dark_palette_looks_disabled_when_there_is_nothing_to_undo(qtbot, tmp_path, dark_application):
    if QIcon.hasThemeIcon("edit-undo"):
        pytest.skip("the desktop theme draws this icon, not our tinted SVG")
    window = make_window(qtbot, tmp_path)
    undo = window.actions.undo
    assert not undo.isEnabled()
    size = QSize(22, 22)
    enabled = ink(undo.icon().pixmap(size, QIcon.Mode.Normal))
    disabled = ink(undo.icon().pixmap(size, QIcon.Mode.Disabled))
    assert enabled.name() == "#e6e6e6"  # the palette's button text: readable on the dark toolbar
    assert disabled.name() == "#6f7278"  # the palette's disabled colour
    assert icon("edit-undo").pixmap(size, QIcon.Mode.Disabled).toImage() != icon("edit-undo").pixmap(size).toImage()


def test_drawn_icons_survive_being_copied_and_changed(qtbot):
    """Qt clones an icon's engine when a copy is changed; the clone must outlive the call (it crashed once)."""
    import gc

    for original in (section_icon("timeline", QPalette()), icon("edit-undo")):
        copy = QIcon(original)
        copy.addPixmap(original.pixmap(QSize(8, 8)))
        gc.collect()
        assert not copy.pixmap(QSize(16, 16)).isNull()


def _pixels_of(image: QImage, rect, color: QColor) -> int:
    return sum(
        1
        for y in range(rect.top(), rect.bottom())
        for x in range(rect.left(), rect.right())
        if image.pixelColor(x, y) == color
    )


def test_the_current_section_has_no_focus_frame_and_its_badge_reads_on_the_highlight(qtbot, tmp_path):
    model = sample_document()
    model.summary.end = model.summary.start - timedelta(minutes=1)
    model.timeline[0] = model.timeline[0].model_copy(update={"time": model.summary.start - timedelta(hours=1)})
    window = active_window(qtbot, tmp_path, model)
    window.refresh_warnings()
    sections = window.sections
    sections.setCurrentRow(sections.keys.index("summary"))
    sections.setFocus()
    qtbot.waitUntil(sections.hasFocus)
    focused = sections.grab().toImage()
    sections.clearFocus()
    qtbot.waitUntil(lambda: not sections.hasFocus())
    assert sections.grab().toImage() == focused  # the highlight marks the current section; no frame inside it

    palette = sections.palette()
    scale = focused.devicePixelRatio()
    current = sections.visualItemRect(sections.item(sections.keys.index("summary")))
    other = sections.visualItemRect(sections.item(sections.keys.index("timeline")))
    badge = palette.color(QPalette.ColorRole.HighlightedText)
    assert _pixels_of(focused, QRect(*(round(v * scale) for v in current.getRect())), badge) > 0
    amber = badge_color(palette)
    assert _pixels_of(focused, QRect(*(round(v * scale) for v in other.getRect())), amber) > 0
    assert _pixels_of(focused, QRect(*(round(v * scale) for v in current.getRect())), amber) == 0
