"""The question behind Timeline › Give Times a Day…: which day the document's written clocks fall on.

Only asks; ``widgets.dialogs.Dialogs.ask_day_for_times`` is the seam tests answer instead, and the
timeline's actions make the edit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

TITLE = "Give Times a Day"


class DayDialog(QDialog):
    """A date edit, what choosing it would do, and OK/Cancel."""

    def __init__(self, default: date, describe: Callable[[date], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self._describe = describe
        self.date_edit = QDateEdit(QDate(default.year, default.month, default.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")  # the weekday shown: a wrong day is seen at once
        self.date_edit.setAccessibleName("Day of the events")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Day:", self.date_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.date_edit.dateChanged.connect(lambda _day: self._show_summary())
        self._show_summary()
        # Wide enough that the sentence under the date wraps once at most.
        self.summary.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)

    def day(self) -> date:
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def _show_summary(self) -> None:
        # Past midnight and zones depend on the day chosen: the count is what OK would do on this one.
        self.summary.setText(self._describe(self.day()))


def ask_day(parent: QWidget | None, default: date, describe: Callable[[date], str]) -> date | None:
    dialog = DayDialog(default, describe, parent)
    try:
        return dialog.day() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
