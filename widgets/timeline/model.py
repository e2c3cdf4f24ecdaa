"""A Qt list model over the document's timeline.

The model owns no data: it reads ``document.items("timeline")`` live and
follows the document's paired signals, so every view stays in step with undo
and redo. Every change a view asks for (a drop, ``moveRows``, ``setData``)
becomes one call to the document's edit methods, i.e. one undo step.

Moves, drags and drops come from the ``widgets.list_adapter`` mixins.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from app.model import EventKind, TimelineEvent
from app.timeline_order import display_zone, gap_at, out_of_order_rows, packed_gaps
from widgets.document import Document
from widgets.list_adapter import FollowsDocumentList, ReordersByDrag
from widgets.qt_guard import never_raises
from widgets.timeline.timetext import format_time, zone_problem

MIME_TYPE = "application/x-postmortem-timeline-rows"

EventRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2  # the kind's value, e.g. "action"
TimeTextRole = Qt.ItemDataRole.UserRole + 3
OutOfOrderRole = Qt.ItemDataRole.UserRole + 4
GapRole = Qt.ItemDataRole.UserRole + 5
# The document's display zone, and the time a new or edited event starts from.
ZoneRole = Qt.ItemDataRole.UserRole + 7
BaseTimeRole = Qt.ItemDataRole.UserRole + 8
# Why the time is shown as written rather than in the display zone ("" when it is not).
ZoneProblemRole = Qt.ItemDataRole.UserRole + 9

_CONTENT_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    EventRole,
    KindRole,
    TimeTextRole,
]

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class EventEdit:
    """Field changes for ``setData(..., EventRole)``.

    A plain dict would cross Qt as a QVariantMap and come back with its enums
    turned into strings and its datetimes into QDateTime; this wrapper passes
    through untouched.
    """

    changes: dict[str, Any]


class TimelineModel(FollowsDocumentList, ReordersByDrag, QAbstractListModel):
    """One row per timeline event, in the user's order.

    The chronology roles (``OutOfOrderRole``, ``GapRole``, and
    ``TimeTextRole``, whose zone follows the document) depend on every row
    above, so any change can alter them anywhere. They are recomputed lazily,
    and ``chronology_changed`` tells views to repaint, instead of a
    ``dataChanged`` over every row: that would make a filter proxy re-run its
    filter on all 10,000 rows after each move.
    """

    NAME = "timeline"
    rows_mime_type = MIME_TYPE
    chronology_changed = Signal()

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self._document = document
        self._marks: list[bool] | None = None
        self._gaps: array[int] | None = None
        self._zone: tzinfo | None = None
        self._zone_known = False
        self.follow_list(document, self.NAME)
        document.field_changed.connect(self._field_changed)

    @property
    def document(self) -> Document:
        return self._document

    def events(self) -> list[TimelineEvent]:
        return self._document.items(self.NAME)

    # ----------------------------------------------------------------- reading

    @never_raises(0)
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.events())

    @never_raises()
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        event = self.events()[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return event.text
        if role == EventRole:
            return event
        if role == KindRole:
            return event.kind.value  # Qt would flatten the str enum anyway; say so
        if role == TimeTextRole:
            return self.time_text(event.time)
        if role == OutOfOrderRole:
            return self.out_of_order(index.row())
        if role == GapRole:
            return self.gap(index.row())
        if role == ZoneRole:
            return self.zone()
        if role == BaseTimeRole:
            # The timed event above (else the start): a bare clock time's day, and what "+15 min" counts from.
            return self.time_before(index.row()) or self._document.model.summary.start
        if role == ZoneProblemRole:
            return zone_problem(event.time, self.zone())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), event)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{event.kind.label}, {self.time_text(event.time) or 'no time'}: {event.text}"
        return None

    def time_text(self, time: datetime | None) -> str:
        return format_time(time, self.zone()) if time is not None else ""

    def time_before(self, row: int) -> datetime | None:
        """Time of the nearest timed event above ``row``: the default time of an event inserted there."""
        events = self.events()
        return next((events[r].time for r in range(min(row, len(events)) - 1, -1, -1) if events[r].time), None)

    def zone(self) -> tzinfo | None:
        if not self._zone_known:
            self._zone = display_zone(self._document.model.summary.start, self.events())
            self._zone_known = True
        return self._zone

    def out_of_order(self, row: int) -> bool:
        if self._marks is None:
            self._marks = out_of_order_rows(self.events())
        return self._marks[row]

    def gap(self, row: int) -> timedelta | None:
        if self._gaps is None:
            self._gaps = packed_gaps(self.events())
        return gap_at(self._gaps, row)

    def out_of_order_count(self) -> int:
        if self._marks is None:
            self._marks = out_of_order_rows(self.events())
        return sum(self._marks)

    def _tooltip(self, row: int, event: TimelineEvent) -> str:
        lines = [event.kind.label]
        if event.time is not None:
            lines.append(self.time_text(event.time))
            problem = zone_problem(event.time, self.zone())
            if problem:
                lines.append(problem)
        if self.out_of_order(row):
            lines.append("Earlier than an event above it: use Sort by time, or move it.")
        return "\n".join(lines)

    # ----------------------------------------------------------------- editing

    @never_raises(False)
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit one event; ``value`` is the new text or, for EventRole, an ``EventEdit``."""
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return False
        if role == Qt.ItemDataRole.EditRole and isinstance(value, str):
            changes: dict[str, Any] = {"text": value}
        elif role == EventRole and isinstance(value, EventEdit):
            changes = {k: v for k, v in value.changes.items() if k in ("kind", "time", "text")}
        elif role == KindRole and value in set(EventKind):
            changes = {"kind": EventKind(value)}
        else:
            return False
        self._document.update_item(self.NAME, index.row(), text="Edit event", fields=changes)
        return True

    def move_text(self, count: int) -> str:
        return _move_text(count)

    # ----------------------------------------------------------------- following the document

    def _chronology_changed(self) -> None:
        # Often nothing was computed since the last change (moves in a row,
        # no view reading): attribute writes on a QObject are not free.
        if self._marks is not None or self._gaps is not None or self._zone_known:
            self._marks = self._gaps = None
            self._zone_known = False
        self.chronology_changed.emit()

    def list_rows_changed(self) -> None:
        self._chronology_changed()  # the out-of-order marks and gaps depend on the order

    def list_item_changed(self, row: int) -> None:
        # Marks first: a slot on dataChanged may read the out-of-order role of any row.
        self._chronology_changed()
        index = self.index(row)
        self.dataChanged.emit(index, index, _CONTENT_ROLES)

    @Slot(tuple)
    def _field_changed(self, path: tuple) -> None:
        # The display zone follows the incident start.
        if path[:2] == ("summary", "start") or path == ("summary",):
            self._chronology_changed()


def _move_text(count: int) -> str:
    return "Move event" if count == 1 else f"Move {count:,} events"
