"""Filtering the timeline by kind and by text, never re-ordering it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import tzinfo

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, QTimer, Signal

from app.model import EventKind, TimelineEvent
from widgets.qt_guard import never_raises
from widgets.timeline.model import TimelineModel

# Events whose searched text is read in one turn of the event loop (about 3 ms of a free core).
PREPARED_PER_SLICE = 200


class TimelineFilter(QSortFilterProxyModel):
    """Hides events by kind and search text; rows keep the user's order.

    ``sort()`` is never called, so the proxy keeps source order. An edited
    row is filtered again (dynamic filtering); the model reports chronology
    changes without a ``dataChanged`` over every row, because the proxy would
    re-run the filter on all of them whatever roles it names.

    A change of filter decides every row in one pass over the events (each
    event's searchable text is kept until the event changes), and Qt's call
    per row only reads that answer: searching 10,000 events took 50 ms a
    keystroke when each call normalised its event's text and formatted its time.
    """

    # Everything is shown again (a new event must be visible, another file was opened).
    cleared = Signal()
    # A change of kinds or search showed or hid rows: one signal after the many runs of rows it moved.
    refiltered = Signal()

    def __init__(self, source: TimelineModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._kinds: frozenset[EventKind] = frozenset(EventKind)
        self._needle = ""
        # Checked once per row on every source move: keep it a plain attribute.
        self._filtering = False
        # Each row's answer while a change of filter is applied, else None.
        self._accepted: list[bool] | None = None
        # id(event) -> (event, its text and time as searched), in the zone of ``_searched_zone``.
        self._searched: dict[int, tuple[TimelineEvent, str]] = {}
        self._searched_zone: tzinfo | None = None
        self._asks_per_row = False
        self._prepared_rows = 0
        self._preparing = QTimer(self)
        self._preparing.setSingleShot(True)
        self._preparing.setInterval(0)
        self._preparing.timeout.connect(self._prepare_slice)
        self.setSourceModel(source)

    @property
    def timeline(self) -> TimelineModel:
        return self._source

    def is_filtering(self) -> bool:
        return self._filtering

    def refiltering(self) -> bool:
        """Whether a change of filter is being applied (its row signals are one change to the user)."""
        return self._accepted is not None

    def _update_filtering(self) -> None:
        self._filtering = bool(self._needle) or self._kinds != frozenset(EventKind)

    def kinds(self) -> frozenset[EventKind]:
        return self._kinds

    def set_kinds(self, kinds: Iterable[EventKind]) -> None:
        kinds = frozenset(kinds)
        if kinds != self._kinds:
            self._refilter(kinds, self._needle)

    def set_search(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        if needle != self._needle:
            self._refilter(self._kinds, needle)

    def prepare_search(self) -> None:
        """Read each event's searched text ahead, a slice at a time between other events.

        Called when the search box gets the keyboard: the first keystroke of a search over
        10,000 events otherwise read them all at once (80 ms).
        """
        if not self._preparing.isActive():
            self._prepared_rows = 0
            self._preparing.start()

    def preparing_search(self) -> bool:
        """Whether event texts are still being read ahead (``prepare_search``)."""
        return self._preparing.isActive()

    def _prepare_slice(self) -> None:
        events = self._source.events()
        if self._prepared_rows == 0:
            self._check_searched(len(events))
        end = min(len(events), self._prepared_rows + PREPARED_PER_SLICE)
        for event in events[self._prepared_rows : end]:
            self._searched_text(event)
        self._prepared_rows = end
        if end < len(events):
            self._preparing.start()

    def clear(self) -> None:
        self.set_kinds(EventKind)
        self.set_search("")
        self._searched.clear()
        self.cleared.emit()

    def _refilter(self, kinds: frozenset[EventKind], needle: str) -> None:
        self.beginFilterChange()
        self._kinds, self._needle = kinds, needle
        self._update_filtering()
        self._ask_python_per_row(self._filtering)
        self._accepted = self._answers() if self._filtering else []
        shown = self.rowCount()
        try:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        finally:
            self._accepted = None
        if self.rowCount() != shown:
            self.refiltered.emit()

    def _ask_python_per_row(self, asked: bool) -> None:
        """Answer Qt's ``filterAcceptsRow`` in Python only while something is filtered.

        Unfiltered, Qt's own ``filterAcceptsRow`` accepts every row in C++. A method of the
        class would be called from C++ for each of 10,000 rows whenever the proxy maps them
        again (the page's first show, a sort, another file opened): 12 ms to answer "yes"
        each time. PySide looks the override up on the instance, so it is set only while needed.
        """
        if asked and not self._asks_per_row:
            self.filterAcceptsRow = self._filter_accepts_row
        elif not asked and self._asks_per_row:
            del self.filterAcceptsRow
        self._asks_per_row = asked

    @never_raises(True)
    def _filter_accepts_row(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._filtering:
            return True
        accepted = self._accepted
        if accepted is not None and 0 <= source_row < len(accepted):
            return accepted[source_row]
        return self._accepts(self._source.events()[source_row])

    def _answers(self) -> list[bool]:
        """Whether each event is shown, in one pass."""
        events = self._source.events()
        kinds, needle = self._kinds, self._needle
        if not needle:
            return [event.kind in kinds for event in events]
        searched = self._searched_text
        self._check_searched(len(events))
        return [event.kind in kinds and needle in searched(event) for event in events]

    def _accepts(self, event: TimelineEvent) -> bool:
        if event.kind not in self._kinds:
            return False
        if not self._needle:
            return True
        self._check_searched(self._source.rowCount())
        return self._needle in self._searched_text(event)

    def _check_searched(self, events: int) -> None:
        """Forget the kept texts if times now read in another zone, or if many events were replaced since."""
        zone = self._source.zone()
        if zone != self._searched_zone or len(self._searched) > 2 * events + 64:
            self._searched.clear()
            self._searched_zone = zone

    def _searched_text(self, event: TimelineEvent) -> str:
        """The event's text, its words single-spaced, and its time as shown, case-folded; kept per event."""
        kept = self._searched.get(id(event))
        if kept is not None and kept[0] is event:
            return kept[1]
        # A line break between the two: a search (single-spaced) cannot match across them.
        searched = " ".join(event.text.split()).casefold() + "\n" + self._source.time_text(event.time).casefold()
        self._searched[id(event)] = (event, searched)
        return searched

    def source_rows(self, proxy_rows: Iterable[int]) -> list[int]:
        return sorted(self.mapToSource(self.index(row, 0)).row() for row in proxy_rows)
