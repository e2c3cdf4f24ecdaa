"""The editor window's hook into the library: File › Open Folder… and Open Recent Folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def install(window: QMainWindow, after: QAction | None = None) -> None:
    """Add the library's entries to ``window``'s File menu, after ``after`` (else at its end)."""
    file_menu = next(
        (a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu) and "File" in a.text()), None
    )
    if file_menu is None:
        return
    open_folder = QAction("Open &Folder…", window)
    open_folder.setShortcut(QKeySequence("Ctrl+Shift+O"))
    open_folder.setStatusTip("Open a folder of post-mortems as a library: search, insights, action items")

    def open_dialog() -> None:
        from widgets.library.window import open_folder_dialog

        open_folder_dialog(type(window), window)  # the library opens incidents in editors like this one

    open_folder.triggered.connect(lambda _checked=False: open_dialog())
    recent = QMenu("Open Recent F&older", window)

    def fill() -> None:
        from widgets.library.window import fill_recent_folders

        fill_recent_folders(recent, type(window))

    recent.aboutToShow.connect(fill)
    actions = file_menu.actions()
    position = actions.index(after) + 1 if after in actions else len(actions)
    before = actions[position] if position < len(actions) else None
    file_menu.insertAction(before, open_folder)
    file_menu.insertMenu(before, recent)
