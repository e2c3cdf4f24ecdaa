"""The section list on the left, with a warning badge on sections that have problems.

Pages are built the first time they are shown: a long timeline or a flowchart
then costs nothing at startup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QStyle, QWidget

from app.validation import Problem
from widgets.panes.page import summarize, top_level


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    paths: tuple[str, ...]  # model path prefixes whose warnings belong here
    build: Callable[[], QWidget]


class SectionNavigator(QListWidget):
    """Lists the sections and keeps the page stack on the chosen one."""

    page_built = Signal(str)

    def __init__(self, sections: list[Section], stack: QStackedWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self._sections = sections
        self._stack = stack
        self._pages: dict[str, QWidget] = {}
        self._problems: list[Problem] = []
        self.setAccessibleName("Sections")
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(16, 16))
        self.setSpacing(1)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Room around each entry, so the list reads as navigation rather than a data table.
        self.setStyleSheet("QListWidget::item { padding: 5px 10px; }")
        self._warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for section in sections:
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.addItem(item)
            placeholder = QWidget()
            stack.addWidget(placeholder)
        self.currentRowChanged.connect(self._show_row)
        self.setCurrentRow(0)

    @property
    def keys(self) -> list[str]:
        return [s.key for s in self._sections]

    def page(self, key: str) -> QWidget:
        """The page of ``key``, built now if it was not shown yet."""
        if key not in self._pages:
            row = self.keys.index(key)
            page = self._sections[row].build()
            old = self._stack.widget(row)
            current = self._stack.currentIndex()
            self._stack.insertWidget(row, page)
            self._stack.removeWidget(old)
            old.deleteLater()
            self._stack.setCurrentIndex(current)
            self._pages[key] = page
            if hasattr(page, "show_problems"):
                page.show_problems(self._problems)
            self.page_built.emit(key)
        return self._pages[key]

    def built_pages(self) -> list[QWidget]:
        return list(self._pages.values())

    def show_section(self, key: str) -> QWidget:
        self.setCurrentRow(self.keys.index(key))
        return self.page(key)

    def show_problems(self, problems: list[Problem]) -> None:
        self._problems = problems
        # One pass over the problems: a long timeline can have thousands of them.
        by_part: dict[str, list[Problem]] = {}
        for problem in problems:
            by_part.setdefault(top_level(problem.path), []).append(problem)
        for row, section in enumerate(self._sections):
            mine = [p for part in section.paths for p in by_part.get(part, [])]
            item = self.item(row)
            item.setIcon(self._warning_icon if mine else QIcon())
            item.setText(f"{section.title}  ({len(mine)})" if mine else section.title)
            item.setToolTip(summarize(mine))
            # Screen readers get the count in words rather than an icon.
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{section.title}, {len(mine)} warning{'s' if len(mine) != 1 else ''}" if mine else section.title,
            )
        for page in self._pages.values():
            if hasattr(page, "show_problems"):
                page.show_problems(problems)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._sections):
            self.page(self._sections[row].key)
            self._stack.setCurrentIndex(row)
