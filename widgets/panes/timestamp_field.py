"""A time field that reads times the way people type them and says how it read them.

The field is text (``March 3, 2025, 11:05 UTC``), so the zone is typed with the
time and keyboard users need no picker. Empty means "not set". Any form the
parser accepts may be typed (``2024-05-01 14:03 CEST``, ``2:03 PM PST``, a
clock time alone when the page can say which day); the field reports how it
read the text ("Read as Wed 1 May 2024, 14:03 CEST (UTC+02:00)") or why it
cannot. A time that cannot be read is never stored and never thrown away: the
text stays as typed, the document keeps its last good value, and the
explanation goes as soon as the text reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.time_input import TimeInput, read_time_input
from app.timefmt import format_timestamp
from widgets.panes.fields import LineField


@dataclass(frozen=True)
class TimeContext:
    """What a time typed without a date or a zone is read against."""

    day: date | None = None
    zone: tzinfo | None = None
    previous: datetime | None = None  # a clock time more than 12 h before it is on the next day
    zone_source: str = ""  # where the zone comes from, for the hint ("the start's zone")


def format_time(value: datetime | None) -> str:
    return format_timestamp(value) if value is not None else ""


def parse_time(text: str, context: TimeContext | None = None) -> datetime | None:
    """The time in ``text``; ``None`` for an empty field; ``ValueError`` with the reason when unreadable."""
    reading = _read(text, context or TimeContext())
    if reading.problem:
        raise ValueError(reading.problem)
    return reading.value


def _read(text: str, context: TimeContext) -> TimeInput:
    return read_time_input(
        text,
        default_date=context.day,
        default_zone=context.zone,
        previous=context.previous,
        zone_source=context.zone_source,
    )


class TimestampField(LineField):
    """Emits ``time_entered`` with the new time (or None) when the user finishes typing."""

    time_entered = Signal(object)
    validity_changed = Signal(str)  # Why the text cannot be read, or "" when it can.
    reading_changed = Signal(str)  # How the text reads ("Read as …"), or "" when empty or unreadable.

    def __init__(self, parent: QWidget | None = None, context: Callable[[], TimeContext] | None = None):
        super().__init__(parent)
        self.setPlaceholderText("Not set — e.g. March 3, 2025, 11:05 UTC")
        self.setClearButtonEnabled(True)
        self._context = context or TimeContext
        self._shown: datetime | None = None
        self.textChanged.connect(self._check)
        self.editingFinished.connect(self._commit)

    def reading(self) -> TimeInput:
        return _read(self.text(), self._context())

    def show_time(self, value: datetime | None) -> None:
        """Display ``value`` unless the text already means it (keeps the user's own spelling)."""
        current = self.reading()
        self._shown = value
        if self.text().strip() and not current.problem and _same(current.value, value):
            return  # The text means the value: it stays as typed, and so does the reading shown for it.
        self.blockSignals(True)
        self.setText(format_time(value))
        self.blockSignals(False)
        current = self.reading()
        self.validity_changed.emit(_sentence(current.problem))
        self.reading_changed.emit(current.hint)

    def _check(self, text: str) -> None:
        reading = self.reading()
        self.validity_changed.emit(_sentence(reading.problem))
        self.reading_changed.emit(reading.hint)
        if not text.strip():
            self._commit()  # The clear button means "not set" straight away.

    def _commit(self) -> None:
        reading = self.reading()
        if reading.problem or _same(reading.value, self._shown):
            return  # Unreadable text stays as typed, explained, until it reads or is undone.
        self._shown = reading.value
        self.time_entered.emit(reading.value)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else ""


def _same(a: datetime | None, b: datetime | None) -> bool:
    # Equal instants in other zones are different entries for a person: compare the offset too.
    if a is None or b is None:
        return a is b
    return a == b and a.utcoffset() == b.utcoffset()
