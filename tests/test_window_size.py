"""The window can always be made as small as the page on show allows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

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


def test_at_900_by_600_with_the_preview_every_page_fits_without_scrolling_sideways(qtbot, tmp_path):
    from PySide6.QtWidgets import QScrollArea

    from widgets.flowchart.pane import FlowchartPane

    window = make_window(qtbot, tmp_path, sample_document())
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    assert window.preview.isVisible()
    for key in window.sections.keys:
        page = window.sections.show_section(key)
        assert window.stack.currentWidget() is page
        QApplication.processEvents()
        for pane in page.findChildren(FlowchartPane):
            pane.scheduler.wait_for_done()  # the drawn chart sizes the page: check after it, every time
        qtbot.wait(50)
        assert window.width() == 900, f"the {key} page made the window grow"
        if isinstance(page, QScrollArea):
            assert not page.horizontalScrollBar().isVisible(), f"the {key} page scrolls sideways"
