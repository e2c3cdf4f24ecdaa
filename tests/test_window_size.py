"""The window can always be made as small as the page on show allows."""

from __future__ import annotations

from tests.test_window_fixtures import make_window, sample_document


def test_after_visiting_every_page_the_window_still_shrinks_to_900_by_600(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    window.show()
    qtbot.waitExposed(window)
    for key in window.sections.keys:  # builds every page, the wide ones included
        window.sections.show_section(key)
    window.sections.show_section("overview")
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.width() == 900 and window.height() == 600)
    assert window.stack.minimumSizeHint() == window.page("overview").minimumSizeHint()
