"""The library window, and the editor windows it opens (one per post-mortem, each with its own prompts).

Opening an incident opens it in an editor window of its own; closing that
window brings the library back to the front. Saves made in those editors
update the index at once (the folder watcher would see most of them too).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QWidget

from app.library.library import Library
from app.library.store import IndexUnavailableError
from widgets.file_reading import opens_at_once
from widgets.library.recent import RecentFolders
from widgets.library.view import LibraryView
from widgets.qt_guard import never_raises
from widgets.safe_text import plain_tooltip

APP_NAME = "Postmortem Editor"
INDEX_DELAY_MS = 150
EditorFactory = Callable[[], QMainWindow]
"""Makes an editor window (the editor's MainWindow; passed in, so this module never imports it)."""
_open_windows: list[QMainWindow] = []
"""Top-level windows opened from here; Qt does not keep a parentless window alive by itself."""


def _keep(window: QMainWindow) -> None:
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_windows.append(window)
    window.destroyed.connect(lambda _obj=None, w=window: _open_windows.remove(w) if w in _open_windows else None)


class LibraryWindow(QMainWindow):
    def __init__(
        self, folder: Path, editor_factory: EditorFactory, *, data: Path | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.folder = Path(folder)
        self.editor_factory = editor_factory
        self.library = Library(self.folder, data)
        self.recent = RecentFolders()
        self.recent.add(self.folder)
        self.view = LibraryView(self.library)
        self.setCentralWidget(self.view)
        self.editors: dict[Path, QMainWindow] = {}
        self.view.open_incident.connect(self.open_incident)
        self._build_menus()
        self.setWindowTitle(f"{self.folder.name or self.folder} — Library — {APP_NAME}")
        self.setWindowFilePath(str(self.folder))
        self.resize(1320, 820)
        # The table shows the index as it is at once; the re-index (a walk of the folder, competing for
        # the interpreter) starts once the window has painted.
        QTimer.singleShot(INDEX_DELAY_MS, self.view, self.view.start_indexing)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        open_folder = QAction("Open &Folder…", self)
        open_folder.setShortcut(QKeySequence("Ctrl+Shift+O"))
        open_folder.triggered.connect(lambda: open_folder_dialog(self.editor_factory, self))
        file_menu.addAction(open_folder)
        self.recent_menu = file_menu.addMenu("Open Recent F&older")
        self.recent_menu.aboutToShow.connect(
            lambda: fill_recent_folders(self.recent_menu, self.editor_factory, self.recent)
        )
        open_file = QAction("&Open Post-Mortem…", self)
        open_file.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        open_file.triggered.connect(self._open_file_dialog)
        file_menu.addAction(open_file)
        file_menu.addSeparator()
        refresh = QAction("&Update Index", self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(lambda: self.view.start_indexing())
        file_menu.addAction(refresh)
        close = QAction("&Close Library", self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        file_menu.addAction(close)
        find = QAction("&Find", self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(lambda: (self.view.search.setFocus(), self.view.search.selectAll()))
        self.addAction(find)

    # ----------------------------------------------------------------- editors

    def open_incident(self, path: Path, task_position: int | None = None) -> QMainWindow | None:
        """Show ``path`` in an editor window (the one already open on it, or a new one)."""
        path = Path(path)
        key = path.resolve()
        editor = self.editors.get(key)
        if editor is None:
            editor = self.editor_factory()
            if opens_at_once(path):
                if not editor.files.open_now(path, ask=False):
                    editor.deleteLater()
                    return None
            else:
                # A large file is read while its window already shows "Opening…" (the
                # library and every other window answer meanwhile); the task is shown
                # once it is in, and a file that cannot be opened closes the window.
                editor.files.open_finished.connect(
                    lambda worked, e=editor, t=task_position: self._large_file_opened(e, worked, t),
                    Qt.ConnectionType.SingleShotConnection,
                )
                editor.files.open_path(path, ask=False)
                task_position = None
            _keep(editor)
            self.editors[key] = editor
            editor.destroyed.connect(lambda _obj=None, k=key: self._editor_closed(k))
            # A save (the undo stack becomes clean) updates that file in the library now.
            editor.document.undo_stack.cleanChanged.connect(
                lambda clean, e=editor: clean and self.view.schedule_update(e.document.path)
            )
        editor.show()
        editor.raise_()
        editor.activateWindow()
        if task_position is not None:
            show_task(editor, task_position)
        return editor

    @never_raises()
    def _large_file_opened(self, editor: QMainWindow, worked: bool, task_position: int | None) -> None:
        if not worked:
            editor.close()  # the dialog naming the file has been shown; the window holds nothing
        elif task_position is not None:
            show_task(editor, task_position)

    def _editor_closed(self, key: Path) -> None:
        self.editors.pop(key, None)
        try:
            self.view.schedule_update(key)
            if self.isVisible():
                self.raise_()
                self.activateWindow()
        except RuntimeError:
            pass  # the library window itself is gone (closed with its editors)

    def _open_file_dialog(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, "Open Post-Mortem", str(self.folder), "Post-mortems (*.json *.md *.markdown)"
        )
        if name:
            self.open_incident(Path(name))

    # ----------------------------------------------------------------- closing

    @never_raises()
    def closeEvent(self, event: QCloseEvent) -> None:
        # Each editor asks about its own unsaved changes, those with changes first: one "Cancel" then
        # keeps open every editor not yet answered for, and every unchanged one.
        editors = sorted(self.editors.values(), key=lambda editor: not _has_changes(editor))
        for editor in editors:
            if not editor.close():
                event.ignore()
                return
        self.view.shutdown()
        self.library.close()
        if self in _open_windows:  # gone now, not when Qt deletes it: opening the folder again makes a new one
            _open_windows.remove(self)
        event.accept()


def _has_changes(editor: QMainWindow) -> bool:
    document = getattr(editor, "document", None)
    return bool(document is not None and document.is_modified())


def show_task(editor: QMainWindow, position: int) -> None:
    """Show the measures page of ``editor`` with task ``position`` chosen."""
    try:
        editor.go_to_section("measures")
        page = editor.page("measures")
        index = page.tasks_model.index(position, 0)
        page.tasks.view.setCurrentIndex(index)
        page.tasks.view.scrollTo(index)
        page.tasks.view.setFocus()
    except (AttributeError, RuntimeError):
        pass  # the page changed shape: the post-mortem is open, which is what matters


def open_library(folder: Path, editor_factory: EditorFactory, parent: QWidget | None = None) -> LibraryWindow | None:
    """Open (or bring forward) the library window of ``folder``; None when it cannot be opened."""
    folder = Path(folder)
    for window in _open_windows:
        if isinstance(window, LibraryWindow) and window.folder.resolve() == folder.resolve():
            window.show()
            window.raise_()
            window.activateWindow()
            return window
    if not folder.is_dir():
        _error(parent, "Cannot Open Folder", f"{folder}: no such folder")
        RecentFolders().remove(folder)
        return None
    try:
        window = LibraryWindow(folder, editor_factory)
    except IndexUnavailableError as error:
        _error(parent, "Cannot Open Folder", f"{folder}: {error}")
        return None
    _keep(window)
    window.show()
    return window


def open_folder_dialog(editor_factory: EditorFactory, parent: QWidget | None = None) -> LibraryWindow | None:
    recent = RecentFolders().folders()
    start = str(recent[0].parent) if recent else str(Path.home())
    name = QFileDialog.getExistingDirectory(parent, "Open Folder of Post-Mortems", start)
    return open_library(Path(name), editor_factory, parent) if name else None


def fill_recent_folders(menu: QMenu, editor_factory: EditorFactory, recent: RecentFolders | None = None) -> None:
    recent = recent or RecentFolders()
    menu.clear()
    folders = recent.folders()
    for number, folder in enumerate(folders, start=1):
        action = menu.addAction(f"&{number % 10} {(folder.name or str(folder)).replace('&', '&&')}")
        action.setStatusTip(str(folder))
        action.setToolTip(plain_tooltip(str(folder)))
        action.triggered.connect(lambda _checked=False, f=folder: open_library(f, editor_factory, menu.parentWidget()))
    if folders:
        menu.addSeparator()
        menu.addAction("Clear Menu", recent.clear)
    else:
        menu.addAction("No Recent Folders").setEnabled(False)


def _error(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from widgets.safe_text import plain_message_box

    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    plain_message_box(box).exec()
