"""The stack of section pages, sized by the page on show.

``QStackedWidget`` asks for the largest minimum size of all its pages, so
once a wide page (the timeline, the flowchart) has been built, the window
could never again be made smaller than that page, even while showing a page
that fits in half the room. Only the current page's needs count here.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

from widgets.qt_guard import never_raises


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    @never_raises(QSize())
    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def content_width(self) -> int:
        """The width at which the page on show needs no sideways scrolling."""
        page = self.currentWidget()
        if page is None:
            return 0
        width = self.minimumSizeHint().width()
        if isinstance(page, QScrollArea) and page.widget() is not None:
            scrollbar = page.verticalScrollBar().sizeHint().width()
            width = max(width, page.widget().minimumSizeHint().width() + scrollbar + 2 * page.frameWidth())
        return width

    @never_raises(QSize())
    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())
