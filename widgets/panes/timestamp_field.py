"""A time field that reads and writes times the way the Markdown shows them.

The field is text (``March 3, 2025, 11:05 UTC``), so the zone is typed with the
time and keyboard users need no picker. Empty means "not set". A time that
cannot be read is never stored: the field says so and keeps the last good
value in the document.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.timefmt import format_timestamp, parse_timestamp
from widgets.panes.fields import LineField


def format_time(value: datetime | None) -> str:
    return format_timestamp(value) if value is not None else ""


def parse_time(text: str) -> datetime | None:
    """The time in ``text``; ``None`` for an empty field; ``ValueError`` when unreadable."""
    text = text.strip()
    if not text:
        return None
    value = parse_timestamp(text)
    if value is None:
        raise ValueError("write a date, time and zone, like “March 3, 2025, 11:05 UTC”")
    return value


class TimestampField(LineField):
    """Emits ``time_entered`` with the new time (or None) when the user finishes typing."""

    time_entered = Signal(object)
    validity_changed = Signal(str)  # An explanation, or "" when the text reads as a time.

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("Not set — e.g. March 3, 2025, 11:05 UTC")
        self.setClearButtonEnabled(True)
        self._shown: datetime | None = None
        self.textChanged.connect(self._check)
        self.editingFinished.connect(self._commit)

    def show_time(self, value: datetime | None) -> None:
        """Display ``value`` unless the text already means it (keeps the user's own spelling)."""
        try:
            if self.text().strip() and _same(parse_time(self.text()), value):
                self._shown = value
                return
        except ValueError:
            pass
        self._shown = value
        self.blockSignals(True)
        self.setText(format_time(value))
        self.blockSignals(False)
        self.validity_changed.emit("")

    def _check(self, text: str) -> None:
        try:
            parse_time(text)
        except ValueError as error:
            self.validity_changed.emit(str(error) or "not a time")
            return
        self.validity_changed.emit("")
        if not text.strip():
            self._commit()  # The clear button means "not set" straight away.

    def _commit(self) -> None:
        try:
            value = parse_time(self.text())
        except ValueError:
            return
        if _same(value, self._shown):
            return
        self._shown = value
        self.time_entered.emit(value)


def _same(a: datetime | None, b: datetime | None) -> bool:
    # Equal instants in other zones are different entries for a person: compare the offset too.
    if a is None or b is None:
        return a is b
    return a == b and a.utcoffset() == b.utcoffset()
