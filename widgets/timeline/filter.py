"""Filtering the timeline by kind and by text, never re-ordering it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Signal

from app.model import EventKind
from widgets.qt_guard import never_raises
from widgets.timeline.model import TimelineModel


class TimelineFilter(QSortFilterProxyModel):
    """Hides events by kind and search text; rows keep the user's order.

    ``sort()`` is never called, so the proxy keeps source order. An edited
    row is filtered again (dynamic filtering); the model reports chronology
    changes without a ``dataChanged`` over every row, because the proxy would
    re-run the filter on all of them whatever roles it names.
    """

    # Everything is shown again (a new event must be visible, another file was opened).
    cleared = Signal()

    def __init__(self, source: TimelineModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds: frozenset[EventKind] = frozenset(EventKind)
        self._needle = ""
        # Checked once per row on every source move: keep it a plain attribute.
        self._filtering = False
        self.setSourceModel(source)

    @property
    def timeline(self) -> TimelineModel:
        source = self.sourceModel()
        assert isinstance(source, TimelineModel)
        return source

    def is_filtering(self) -> bool:
        return self._filtering

    def _update_filtering(self) -> None:
        self._filtering = bool(self._needle) or self._kinds != frozenset(EventKind)

    def kinds(self) -> frozenset[EventKind]:
        return self._kinds

    def set_kinds(self, kinds: Iterable[EventKind]) -> None:
        kinds = frozenset(kinds)
        if kinds != self._kinds:
            self.beginFilterChange()
            self._kinds = kinds
            self._update_filtering()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self._update_filtering()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def clear(self) -> None:
        self.set_kinds(EventKind)
        self.set_search("")
        self.cleared.emit()

    @never_raises(True)
    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._filtering:
            return True
        event = self.timeline.events()[source_row]
        if event.kind not in self._kinds:
            return False
        if not self._needle:
            return True
        haystack = " ".join(event.text.split()).casefold()
        return self._needle in haystack or self._needle in self.timeline.time_text(event.time).casefold()

    def source_rows(self, proxy_rows: Iterable[int]) -> list[int]:
        return sorted(self.mapToSource(self.index(row, 0)).row() for row in proxy_rows)
