"""The section list on the left: an icon per section, a warning badge on sections that have problems.

Pages are built the first time they are shown: a long timeline or a flowchart
then costs nothing at startup. Each page is a ``SectionPage``
(``widgets.section_page``): the list tells it the problems, asks it to reveal
a path, and follows its requests to show another part.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.paths import top_level
from app.validation import Problem
from widgets.icons import badge_pixmap, section_icon
from widgets.panes.page import summarize
from widgets.qt_guard import never_raises
from widgets.section_page import SectionPage
from widgets.ui_pulse import ui_pulse

# The section's own name, without the warning count the item's text carries for screen readers and tests.
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
WARNINGS_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    paths: tuple[str, ...]  # model path prefixes whose warnings belong here
    build: Callable[[], QWidget]


def badge_color(palette: QPalette) -> QColor:
    """Amber that reads as "look here" on light and dark lists without shouting."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#f5b43c") if dark else QColor("#c77700")


class _SectionDelegate(QStyledItemDelegate):
    """Draws the title with its icon, and the warning count as a badge at the row's right end."""

    @never_raises()
    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        title = index.data(TITLE_ROLE)
        if title:
            option.text = title

    @never_raises()
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(WARNINGS_ROLE) or 0
        if not count:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Asked of the list, not of ``option.state``: reading the state builds PySide6's Python
        # type for QStyle (its hundreds of enum values, 10-20 ms), which nothing else at start needs.
        view = self.parent()
        selected = isinstance(view, QListWidget) and view.selectionModel().isSelected(index)
        palette = option.palette
        color = palette.color(QPalette.ColorRole.HighlightedText) if selected else badge_color(palette)
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        text = str(count)
        text_width = painter.fontMetrics().horizontalAdvance(text)
        mark = 14
        right = option.rect.right() - 8
        centre_y = option.rect.center().y()
        text_rect = QRectF(right - text_width, option.rect.top(), text_width, option.rect.height())
        painter.setPen(color)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
        painter.drawPixmap(
            QRectF(text_rect.left() - mark - 3, centre_y - mark / 2, mark, mark),
            badge_pixmap(color, mark, painter.device().devicePixelRatioF() or 1.0),
            QRectF(),
        )
        painter.restore()

    @never_raises(QSize())
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 40, max(size.height(), 30))


class SectionNavigator(QListWidget):
    """Lists the sections and keeps the page stack on the chosen one."""

    page_built = Signal(str)

    def __init__(self, sections: list[Section], stack: QStackedWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self._sections = sections
        self._stack = stack
        self._pages: dict[str, QWidget] = {}
        self._contracts: dict[str, SectionPage] = {}  # the same pages, as the window uses them
        self._problems: list[Problem] = []
        self.setAccessibleName("Sections")
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(18, 18))
        self.setSpacing(1)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Room around each entry, so the list reads as navigation rather than a data table; no
        # focus frame (outline) inside the current section: the highlight already marks it.
        self.setStyleSheet("QListWidget { outline: 0; } QListWidget::item { padding: 4px 8px; }")
        self.setItemDelegate(_SectionDelegate(self))
        for section in sections:
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setData(TITLE_ROLE, section.title)
            item.setData(WARNINGS_ROLE, 0)
            self.addItem(item)
            placeholder = QWidget()
            stack.addWidget(placeholder)
        self._paint_icons()
        self.currentRowChanged.connect(self._show_row)
        self.setCurrentRow(0)

    @property
    def keys(self) -> list[str]:
        return [s.key for s in self._sections]

    def titles(self) -> list[tuple[str, str]]:
        """(key, title) of every section, in the list's order."""
        return [(s.key, s.title) for s in self._sections]

    def page(self, key: str) -> QWidget:
        """The page of ``key``, built now if it was not shown yet."""
        if key not in self._pages:
            with ui_pulse.building():  # one long call: background work pauses meanwhile
                return self._build(key)
        return self._pages[key]

    def _build(self, key: str) -> QWidget:
        row = self.keys.index(key)
        page = self._sections[row].build()
        old = self._stack.widget(row)
        current = self._stack.currentIndex()
        self._stack.insertWidget(row, page)
        self._stack.removeWidget(old)
        old.deleteLater()
        self._stack.setCurrentIndex(current)
        if not isinstance(page, SectionPage):
            raise TypeError(f"the {key} page is not a SectionPage (widgets.section_page)")
        self._pages[key] = page
        self._contracts[key] = page
        page.show_problems(self._problems)
        # A page can ask for another part of the document (the Overview's warnings list does).
        page.reveal_requested.connect(self.reveal)
        self.page_built.emit(key)
        return page

    def built_pages(self) -> list[QWidget]:
        return list(self._pages.values())

    def show_section(self, key: str) -> QWidget:
        self.setCurrentRow(self.keys.index(key))
        return self.page(key)

    def section_for(self, path: str) -> str | None:
        """The key of the section that edits model path ``path`` (``timeline[3].time`` → ``timeline``)."""
        part = top_level(path)
        return next((s.key for s in self._sections if part in s.paths), None)

    def reveal(self, path: str) -> QWidget | None:
        """Show the section that edits ``path`` and put the keyboard focus on the field or row it names."""
        key = self.section_for(path)
        if key is None:
            return None
        page = self.show_section(key)
        self._contracts[key].reveal(path)
        return page

    def show_problems(self, problems: list[Problem]) -> None:
        self._problems = problems
        # One pass over the problems: a long timeline can have thousands of them.
        by_part: dict[str, list[Problem]] = {}
        for problem in problems:
            by_part.setdefault(top_level(problem.path), []).append(problem)
        for row, section in enumerate(self._sections):
            mine = [p for part in section.paths for p in by_part.get(part, [])]
            item = self.item(row)
            item.setData(WARNINGS_ROLE, len(mine))
            item.setText(f"{section.title}  ({len(mine)})" if mine else section.title)
            item.setToolTip(summarize(mine))
            # Screen readers get the count in words rather than a badge.
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{section.title}, {len(mine):,} warning{'s' if len(mine) != 1 else ''}" if mine else section.title,
            )
        for page in self._contracts.values():
            page.show_problems(problems)

    @never_raises()
    def changeEvent(self, event: QEvent) -> None:
        # Switching to dark mode while running: the icons follow the new text colour.
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icons()
        super().changeEvent(event)

    def _paint_icons(self) -> None:
        palette = self.palette()
        for row, section in enumerate(self._sections):
            self.item(row).setIcon(section_icon(section.key, palette))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._sections):
            self.page(self._sections[row].key)
            self._stack.setCurrentIndex(row)
