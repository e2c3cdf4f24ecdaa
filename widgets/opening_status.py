"""What the window shows while a file is being read: it stays usable, and says it is busy.

A large file takes seconds to read and parse (``FileController.open_path``
does it off the UI thread). Meanwhile the window shows a busy cursor and
"Opening NAME…" with a Cancel button on the status bar, and the actions that
would start another open are off until this one has ended.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QToolButton

from widgets.file_controller import FileController
from widgets.safe_text import plain_tooltip


class OpeningStatus(QObject):
    """Follows ``files.opening_changed`` on ``window``'s status bar, cursor and ``open_actions``."""

    def __init__(self, window: QMainWindow, files: FileController, open_actions: Sequence[QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._open_actions = list(open_actions)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is untrusted text
        self.cancel_button = QToolButton()
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Stop opening this file")
        self.cancel_button.clicked.connect(files.cancel_open)
        bar = window.statusBar()
        # Permanent: a passing status message must not hide that a file is still being read.
        bar.insertPermanentWidget(0, self.label)
        bar.insertPermanentWidget(1, self.cancel_button)
        self._show("")
        files.opening_changed.connect(self._show)

    def _show(self, name: str) -> None:
        busy = bool(name)
        self.label.setText(f"Opening {name}…" if busy else "")
        self.label.setToolTip(plain_tooltip(name) if busy else "")
        self.label.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for action in self._open_actions:
            action.setEnabled(not busy)
        if busy:
            self._window.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self._window.unsetCursor()
