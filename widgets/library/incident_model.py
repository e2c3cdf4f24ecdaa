"""The incidents table: one row per indexed post-mortem, fetched a page at a time.

``canFetchMore``/``fetchMore`` let the view ask for rows as it scrolls, so a
library of 10,000 incidents opens as fast as one of 200. Sorting and the
search are done by SQLite; the model only starts over with the new order.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor

from app.library.library import Library
from app.library.query import Query
from app.library.reads import IncidentRow, Snippet
from app.metrics import format_duration
from widgets.qt_guard import never_raises
from widgets.safe_text import plain_tooltip

PAGE = 200
SEARCH_PAGE = 40
"""Rows per fetch while searching (a screen shows about 30)."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex

# (header, sort key of app.library.reads.SORT_COLUMNS or None)
COLUMNS: list[tuple[str, str | None]] = [
    ("Title", "title"),
    ("Match", "relevance"),
    ("Start", "start"),
    ("Severity", "severity"),
    ("Status", "status"),
    ("Service", "service"),
    ("Duration", "duration"),
    ("To Detect", "ttd"),
    ("To Resolve", "ttr"),
    ("Open", "open"),
    ("Overdue", "overdue"),
    ("File", "file"),
]
MATCH_COLUMN = 1
_NUMBER_COLUMNS = {6, 7, 8, 9, 10}
_OVERDUE = QColor("#b3261e")
# The roles ``data`` answers, as plain numbers: a table of 30 rows asks for some 2,500 (cell, role)
# pairs at each paint, most of them roles left to the style (font, decoration, check state...).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, ROW_ROLE, SNIPPET_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _duration(seconds: int | None) -> str:
    return format_duration(None if seconds is None else timedelta(seconds=seconds))


def _start(row: IncidentRow) -> str:
    return row.start[:16].replace("T", " ") if row.start else "—"


_CELLS = [
    lambda r: r.title or "(untitled)",
    lambda r: r.snippet.text if r.snippet else "",
    _start,
    lambda r: r.severity or "—",
    lambda r: r.status.capitalize(),
    lambda r: r.service,
    lambda r: _duration(r.duration_s),
    lambda r: _duration(r.ttd_s),
    lambda r: _duration(r.ttr_s),
    lambda r: str(r.open_tasks),
    lambda r: str(r.overdue_tasks),
    lambda r: r.path,
]


class IncidentTableModel(QAbstractTableModel):
    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.query = Query()
        self._rows: list[IncidentRow] = []
        self._exhausted = False
        self._sort: str | None = None
        self._descending = False
        self.error = ""
        """Why the last page could not be read ('' when it could)."""
        # Snippets are read for the rows a view paints, just after it paints them (~0.3 ms each):
        # a search shows its rows at once, and 10,000 matches never cost 10,000 snippets.
        self._wanted: set[int] = set()
        self._snippet_timer = QTimer(self)
        self._snippet_timer.setSingleShot(True)
        self._snippet_timer.setInterval(0)
        self._snippet_timer.timeout.connect(self.fill_snippets)

    # ----------------------------------------------------------------- what is shown

    def set_query(self, query: Query) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        """Start over from the first page (after a search, a sort or an index update)."""
        self.beginResetModel()
        self._rows = []
        self._wanted.clear()
        self._exhausted = False
        self.endResetModel()
        # The first page now rather than when the view next lays out: the table paints full at once.
        self.fetchMore(QModelIndex())

    def row_at(self, row: int) -> IncidentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def loaded(self) -> int:
        return len(self._rows)

    def _want_snippet(self, row: int) -> None:
        self._wanted.add(row)
        self._snippet_timer.start()

    def fill_snippets(self) -> None:
        """Read the snippets of the rows painted without one, and have them painted again."""
        rows = sorted(r for r in self._wanted if 0 <= r < len(self._rows) and self._rows[r].snippet is None)
        self._wanted.clear()
        if not rows:
            return
        try:
            found = self.library.snippets(self.query, [self._rows[r].file_id for r in rows])
        except Exception:  # a broken index costs the snippets, not the table
            return
        for r in rows:
            # An incident with no snippet (its words only in a filter) is marked as looked up.
            self._rows[r] = replace(self._rows[r], snippet=found.get(self._rows[r].file_id, Snippet("", ())))
        self.dataChanged.emit(self.index(rows[0], MATCH_COLUMN), self.index(rows[-1], MATCH_COLUMN))

    # ----------------------------------------------------------------- Qt model

    @never_raises(0)
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    @never_raises(0)
    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    @never_raises(False)
    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    @never_raises()
    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._exhausted:
            return
        size = SEARCH_PAGE if self.query.match else PAGE
        try:
            page = self.library.incidents(
                self.query,
                sort=self._sort,
                descending=self._descending,
                offset=len(self._rows),
                limit=size,
                snippets=False,
            )
            self.error = ""
        except Exception as error:  # a broken index must cost the rows, not the window
            page, self.error = [], f"{type(error).__name__}: {error}"
        if len(page) < size:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    @never_raises()
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.refresh()

    @never_raises()
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0] if 0 <= section < len(COLUMNS) else None
        return None

    @never_raises()
    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        column = index.column()
        if column != MATCH_COLUMN and role not in _ANSWERED:
            return None  # the style's own (any role asked for the match column says its snippet is wanted)
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == _DISPLAY:
            return _CELLS[column](row)
        if role == ROW_ROLE:
            return row
        if column == MATCH_COLUMN and row.snippet is None and self.query.match:
            self._want_snippet(index.row())
        if role == SNIPPET_ROLE and column == MATCH_COLUMN:
            return row.snippet
        if role == _TOOLTIP:
            if column == MATCH_COLUMN:
                return plain_tooltip(row.snippet.text) if row.snippet else None
            return plain_tooltip(row.title if column == 0 else row.path if column == 11 else _CELLS[column](row))
        if role == _ALIGNMENT and column in _NUMBER_COLUMNS:
            return _RIGHT
        if role == _FOREGROUND and column == 10 and row.overdue_tasks:
            return QBrush(_OVERDUE)
        return None
