"""The in-place editor of one event: kind, time and text in the row itself."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QWidget

from app.errors import DocumentError
from app.model import EventKind, TimelineEvent, identical
from widgets.panes.fields import PlainLineEdit, ProseLineEdit
from widgets.qt_guard import never_raises
from widgets.safe_text import plain_tooltip
from widgets.timeline.kinds import ICON_SIZE, RAIL_X, TEXT_LEFT, draw_kind_icon, kind_color, kind_icon
from widgets.timeline.timetext import format_time, parse_time, read_time

BREAK = " ⏎ "


class EventEditor(QWidget):
    """Edits a copy of one event; the delegate commits it as one undo step."""

    # Emitted on commit when the typed time cannot be read: a one-line message.
    time_problem = Signal(str)
    # While the time is typed: how it reads ("Read as …") or why it cannot, and whether that is a problem.
    time_read = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName("Event kind")
        for kind in EventKind:
            self.kind_box.addItem(kind_icon(kind), kind.label, kind)
        self.time_edit = PlainLineEdit(self)
        self.time_edit.setAccessibleName("Event time")
        self.time_edit.setPlaceholderText("No time (type e.g. 11:20 or March 3, 2025, 11:20 UTC)")
        self.time_edit.setClearButtonEnabled(True)
        # Its own undo while open: nothing reaches the document before the edit is committed.
        self.text_edit = ProseLineEdit(self)  # spell-checked as it is typed
        self.text_edit.setAccessibleName("Event text")
        self.text_edit.setPlaceholderText("What happened")
        layout = QGridLayout(self)
        layout.setContentsMargins(TEXT_LEFT - 4, 2, 6, 2)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.kind_box, 0, 0)
        layout.addWidget(self.time_edit, 0, 1)
        layout.addWidget(self.text_edit, 1, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        self.setFocusProxy(self.text_edit)
        self._zone: tzinfo | None = None
        self._base: datetime | None = None
        self._above: datetime | None = None  # the time above the event: what "+15 min" counts from
        self._after_base = False
        self._explained = False  # whether a reading of typed text was sent, to be cleared when it goes
        self._shown_time = ""
        self._shown_text = ""
        self._opening = False
        self.time_edit.textChanged.connect(self._check_time)
        self.kind_box.currentIndexChanged.connect(self.update)

    @never_raises()
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # The row's disc stays in place while editing and follows the chosen kind.
        kind = EventKind(self.kind_box.currentData())
        painter = QPainter(self)
        disc = QRectF(RAIL_X - ICON_SIZE / 2, self.height() / 2 - ICON_SIZE / 2, ICON_SIZE, ICON_SIZE)
        draw_kind_icon(painter, disc, kind, kind_color(kind, self.palette()))
        painter.end()

    @never_raises()
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The view selects all of the text after set_event(), which scrolls a long text to its end and
        # hides how it starts. Reselect it from the end back to the start once, as it opens: a later
        # show (the row scrolled back into sight) keeps whatever the user has done since.
        if self._opening:
            self._opening = False
            self.select_text_from_start()

    def select_text_from_start(self) -> None:
        """Select the whole text with the cursor at its start, so the field shows how it begins."""
        length = len(self.text_edit.text())
        self.text_edit.setSelection(length, -length)

    def set_event(self, event: TimelineEvent, zone: tzinfo | None, base: datetime | None) -> None:
        """Show ``event``; ``base`` gives the date of a bare clock time."""
        self._zone = zone
        self._base = event.time or base
        self._above = base
        self._after_base = event.time is None
        self._explained = False
        self.kind_box.setCurrentIndex(self.kind_box.findData(event.kind))
        self._shown_time = format_time(event.time, zone) if event.time else ""
        self.time_edit.setText(self._shown_time)
        # A one-line editor shows line breaks as " ⏎ " and turns them back on commit.
        self._shown_text = event.text.replace("\n", BREAK)
        self.text_edit.setText(self._shown_text)
        self.select_text_from_start()
        self._opening = not self.isVisible()

    def changes(self, event: TimelineEvent) -> dict[str, object]:
        """Field changes against ``event``; an unreadable time is left out (and reported)."""
        changes: dict[str, object] = {"kind": EventKind(self.kind_box.currentData())}
        # Untouched text is never rewritten, so a literal " ⏎ " in it survives.
        if self.text_edit.text() != self._shown_text:
            changes["text"] = self.text_edit.text().replace(BREAK, "\n")
        typed = self.time_edit.text()
        if typed != self._shown_time:
            try:
                changes["time"] = parse_time(
                    typed, self._zone, self._base, after_base=self._after_base, counted_from=self._above
                )
            except DocumentError as error:
                self.time_problem.emit(f"{error}. The event keeps its time.")
        # ``identical``, not ``!=``: 13:00 UTC+02:00 equals 11:00 UTC as an instant, yet retyping the zone is an edit.
        return {name: value for name, value in changes.items() if not identical(getattr(event, name), value)}

    def _check_time(self, text: str) -> None:
        if text == self._shown_time:
            self.time_edit.setStyleSheet("")
            self.time_edit.setToolTip("")
            if self._explained:
                self._explained = False
                self.time_read.emit("", False)
            return  # Opening the editor (or typing the shown time back) needs no explaining.
        reading = read_time(text, self._zone, self._base, after_base=self._after_base, counted_from=self._above)
        message = reading.problem[:1].upper() + reading.problem[1:] if reading.problem else reading.hint
        self.time_edit.setStyleSheet("QLineEdit { color: #dc2626; }" if reading.problem else "")
        self.time_edit.setToolTip(plain_tooltip(message))  # it quotes what was typed
        self._explained = True
        self.time_read.emit(message, bool(reading.problem))
