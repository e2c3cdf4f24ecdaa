"""The notice bar above the pages is as tall as what it says, not a share of the window."""

from __future__ import annotations

from tests.test_window_fixtures import make_window, sample_document


def test_the_notice_bar_fits_its_notes(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.notices.show_notes("outage.md", ["read “IST” as India Standard Time (UTC+05:30)"])
    layout = window.notices.widget().layout()
    needed = layout.totalHeightForWidth(window.notices.width())
    qtbot.waitUntil(lambda: window.notices.isVisible())
    qtbot.waitUntil(lambda: window.notices.height() <= needed + 8)


def test_the_bar_shows_its_icon_once_it_has_something_to_say(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.show()
    assert window.notices.icon_label.pixmap().isNull()  # loaded only when needed: most starts never show the bar
    window.notices.show_notes("outage.md", ["read “IST” as India Standard Time (UTC+05:30)"])
    assert not window.notices.icon_label.pixmap().isNull()
