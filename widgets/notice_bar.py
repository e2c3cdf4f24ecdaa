"""A message bar above the pages: what opening a file found, said once and dismissed with one click.

It holds two things, each shown only while it applies: the notes of the
Markdown import on what it guessed ('read "IST" as India Standard Time'),
and the offer to repair text that looks mis-decoded, with the repair's
button right there. Non-modal: the user may read it, act on it, or close it.
Notes and example text come from the file: always shown as plain text.
"""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

MAX_NOTES_SHOWN = 8  # A longer list would push the page down; the rest is counted.


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class NoticeBar(QDockWidget):
    """Docked above the pages, not laid out with them: the pages' room and the window's size are left as they were."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticeBar")  # the window's saved state names its docks
        self.setAccessibleName("Notices")
        self.setTitleBarWidget(QWidget())  # no title, no float or close buttons of a dock: a bar
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.setAllowedAreas(Qt.DockWidgetArea.TopDockWidgetArea)
        self.toggleViewAction().setVisible(False)  # not one of the panels a user shows or hides
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAutoFillBackground(True)
        frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setWidget(frame)

        self.icon_label = QLabel()  # its picture is loaded when the bar first shows: most starts never show it
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.notes_title = _plain_label()
        self.notes_list = _plain_label()
        self.notes_list.setContentsMargins(12, 0, 0, 0)
        self.repair_text = _plain_label()
        self.repair_text.setWordWrap(False)  # one sentence beside its button
        self.repair_button = QToolButton()
        self.repair_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        repair_row = QHBoxLayout()
        repair_row.setContentsMargins(0, 0, 0, 0)
        repair_row.addWidget(self.repair_text)
        repair_row.addSpacing(8)
        repair_row.addWidget(self.repair_button)
        repair_row.addStretch(1)
        self.repair_row = QWidget()
        self.repair_row.setLayout(repair_row)

        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(4)
        for widget in (self.notes_title, self.notes_list, self.repair_row):
            text.addWidget(widget)
        text.addStretch(1)  # any height the dock area gives beyond the text goes below it

        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName("Dismiss")
        self.close_button.setToolTip("Dismiss")
        self.close_button.clicked.connect(self.dismiss)

        layout = QHBoxLayout(frame)
        layout.setContentsMargins(8, 6, 4, 6)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._notes: list[str] = []
        self._offer = ""
        self.hide()

    # ----------------------------------------------------------------- what it says

    def show_notes(self, name: str, notes: list[str]) -> None:
        """The import's guesses on the file ``name``; replaces any earlier ones."""
        self._notes = list(notes)
        count = len(notes)
        self.notes_title.setText(
            f"Opening {name}, the import guessed {count} thing{'s' if count != 1 else ''}; check "
            f"{'it' if count == 1 else 'them'}:"
        )
        shown = [f"• {note}" for note in notes[:MAX_NOTES_SHOWN]]
        if count > MAX_NOTES_SHOWN:
            shown.append(f"… and {count - MAX_NOTES_SHOWN} more ('postmortem-editor validate' lists them all)")
        self.notes_list.setText("\n".join(shown))
        self._update()

    def offer_repair(self, message: str, action: QAction) -> None:
        """Say ``message`` beside a button for ``action`` (Repair Text Encoding)."""
        self._offer = message
        self.repair_text.setText(message)
        if self.repair_button.defaultAction() is not action:
            self.repair_button.setDefaultAction(action)
        self._update()

    def withdraw_repair(self) -> None:
        """The text no longer needs the repair (it was repaired, or edited by hand)."""
        self._offer = ""
        self._update()

    def dismiss(self) -> None:
        self._notes, self._offer = [], ""
        self._update()

    def notes(self) -> list[str]:
        return list(self._notes)

    def offer(self) -> str:
        return self._offer

    def _update(self) -> None:
        self.notes_title.setVisible(bool(self._notes))
        self.notes_list.setVisible(bool(self._notes))
        self.repair_row.setVisible(bool(self._offer))
        if (self._notes or self._offer) and self.icon_label.pixmap().isNull():
            # QStyle through QtWidgets, when needed: PySide6 builds its Python type (10-20 ms) on first use.
            information = self.style().standardIcon(QtWidgets.QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.icon_label.setPixmap(information.pixmap(20, 20))
        self.setVisible(bool(self._notes or self._offer))
        window = self.parentWidget()
        if self.isVisible() and isinstance(window, QMainWindow):
            # A dock takes whatever height the window last gave it: fit it to what it says now.
            layout = self.widget().layout()
            width = max(window.width(), 400)
            height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
            window.resizeDocks(
                [self], [height if height > 0 else self.widget().sizeHint().height()], Qt.Orientation.Vertical
            )
