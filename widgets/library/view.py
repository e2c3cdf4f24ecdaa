"""The library page: search box, incidents table, insights and action items, kept up to date.

The index is brought up to date off the UI thread when the page opens, when
the folder changes (file system watcher) and when an editor saves; the table
starts over only when something changed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.library.indexer import IndexReport
from app.library.library import Library
from app.library.query import Query, QueryError, parse_query
from widgets.library import incident_model
from widgets.library.incident_model import MATCH_COLUMN, ROW_ROLE, IncidentTableModel
from widgets.library.indexing import Indexer
from widgets.library.snippet_delegate import SnippetDelegate
from widgets.safe_text import plain_tooltip

SEARCH_DELAY_MS = 150
WATCH_DELAY_MS = 400
MAX_WATCHED_FOLDERS = 2000
FILL_INTERVAL_S = 2.0
"""How often a long first index shows what it has indexed so far."""
SEARCH_HELP = 'Words, "phrases", prefix*, OR, severity:SEV1 service:search status:final after:2024-01-01 before:2025'


class LibraryView(QWidget):
    """``open_incident(path, task_position or None)`` when the user opens a row."""

    open_incident = Signal(object, object)
    indexed = Signal(object)  # IndexReport, after every update

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.query = Query()
        self.report: IndexReport | None = None
        self._last_fill = 0.0

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search: " + SEARCH_HELP)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search the library")
        self.search.setToolTip(
            plain_tooltip(SEARCH_HELP + ".\nResults come newest first; click Match to order them by relevance.")
        )
        self.search_problem = QLabel()
        self.search_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.search_problem.setStyleSheet("color: #b3261e")
        self.search_problem.hide()
        self.progress = QProgressBar()
        self.progress.setFormat("Indexing %v of %m files")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop indexing; what was indexed so far stays")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_button = QPushButton()
        self.problems_button.hide()

        self.model = IncidentTableModel(library, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MATCH_COLUMN, SnippetDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures rows it has not shown, so 10,000 scroll smoothly.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        # Sorting by the indicator's column reads the first page: what the index already holds, at
        # once (the re-index follows in the background). Nothing else reads it again at start.
        self.table.setSortingEnabled(True)
        for column, width in {0: 300, 1: 320, 2: 120, 3: 70, 4: 80, 5: 110}.items():
            self.table.setColumnWidth(column, width)
        self.table.setColumnHidden(MATCH_COLUMN, True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, "Incidents")
        self.insights: QWidget | None = None
        self.tasks: QWidget | None = None
        self.tabs.addTab(QWidget(), "Insights")
        self.tabs.addTab(QWidget(), "Action Items")

        self.matches = QLabel()
        self.matches.setAccessibleName("Incidents matching the search")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.matches)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        busy.addWidget(self.status, 1)
        busy.addWidget(self.problems_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search_problem)
        layout.addLayout(busy)
        layout.addWidget(self.tabs, 1)

        self.indexer = Indexer(library, self)
        self.indexer.progress.connect(self._progress)
        self.indexer.finished.connect(self._indexed)
        self.indexer.failed.connect(self._failed)
        self.indexer.running_changed.connect(self._running)
        self.cancel_button.clicked.connect(self.indexer.cancel)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search)
        self._watch_timer = QTimer(self, singleShot=True, interval=WATCH_DELAY_MS)
        self._watch_timer.timeout.connect(self._update_changed)
        self._changed_folders: set[str] = set()
        self._changed_files: set[str] = set()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.table.activated.connect(self._activated)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_side_tab())
        self.problems_button.clicked.connect(self.show_problems)
        self._running(False)
        if library.notice:
            self.status.setText(library.notice)

    # ----------------------------------------------------------------- indexing

    def start_indexing(self) -> None:
        self.indexer.start()

    def schedule_update(self, path: Path | None = None) -> None:
        """``path`` changed (a save in an editor), or something did: update the index soon."""
        relative = self.library.relative(path) if path is not None else None
        if relative is None:
            self._changed_folders.add("")  # outside the folder, or not known: look at everything
        elif relative != ".":
            self._changed_files.add(relative)
        self._watch_timer.start()

    def _folder_changed(self, path: str) -> None:
        relative = self.library.relative(Path(path))
        # A file added, removed or replaced in that folder (a save writes beside and renames).
        self._changed_folders.add("" if relative in (None, ".") else relative)
        self._watch_timer.start()

    def _update_changed(self) -> None:
        folders, files = self._changed_folders, self._changed_files
        self._changed_folders, self._changed_files = set(), set()
        if "" in folders:
            self.indexer.start()
        elif folders or files:
            self.indexer.start(under=folders, paths=files)

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.progress.setRange(0, 0)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        # A long first index fills the table as it goes (each batch is committed), at most every 2 s.
        now = time.monotonic()
        if done and self.model.loaded() < incident_model.PAGE and now - self._last_fill > FILL_INTERVAL_S:
            self._last_fill = now
            self.model.refresh()

    def _indexed(self, report: IndexReport) -> None:
        first = self.report is None
        self.report = report
        if first or report.read or report.removed or report.cancelled:
            self.model.refresh()
            self._count_matches()
            self._refresh_side_tab()
        problems = len(report.problems)
        text = f"{report.incidents} incident{'s' if report.incidents != 1 else ''}"
        if report.cancelled:
            text += " (indexing cancelled: the library may be incomplete)"
        if report.notice:
            text += f" — {report.notice}"
        self.status.setText(text)
        self.status.setToolTip(plain_tooltip(str(self.library.index_path or "index in memory")))
        self.problems_button.setVisible(bool(problems))
        self.problems_button.setText(f"⚠ {problems} file{'s' if problems != 1 else ''} could not be read")
        self._watch(report)
        self.indexed.emit(report)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self._watch(None)

    def _watch(self, report: IndexReport | None) -> None:
        folders = [self.library.folder, *_subfolders(self.library.folder)]
        watched = set(self.watcher.directories())
        wanted = {str(f) for f in folders if f.is_dir()}
        if watched - wanted:
            self.watcher.removePaths(list(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def show_problems(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from widgets.safe_text import plain_message_box

        problems = self.report.problems if self.report else []
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Files That Could Not Be Read",
            f"{len(problems)} file(s) in the folder could not be read; the rest of the library works.",
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setDetailedText("\n".join(f"{path}: {problem}" for path, problem in problems))
        plain_message_box(box).exec()

    # ----------------------------------------------------------------- search

    def apply_search(self) -> None:
        self._search_timer.stop()
        try:
            query = parse_query(self.search.text())
        except QueryError as error:
            self.search_problem.setText(str(error))
            self.search_problem.show()
            return
        self.search_problem.hide()
        if query == self.query:
            return
        self.query = query
        self.table.setColumnHidden(MATCH_COLUMN, query.match is None)
        self.model.set_query(query)
        self._count_matches()
        self._refresh_side_tab()

    def _count_matches(self) -> None:
        if self.query.is_empty:
            self.matches.setText("")
            return
        try:
            found = self.library.count(self.query)
        except Exception:  # a broken index: the table says so by staying empty
            return
        self.matches.setText(f"{found} match{'es' if found != 1 else ''}")

    # ----------------------------------------------------------------- tabs

    def _refresh_side_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index == 1:
            self._insights().show_stats(self.library.stats(self.query))
        elif index == 2:
            self._tasks().set_query(self.query)

    def _insights(self):
        if self.insights is None:
            from widgets.library.charts import InsightsView

            self.insights = InsightsView()
            self._replace_tab(1, self.insights, "Insights")
        return self.insights

    def _tasks(self):
        if self.tasks is None:
            from widgets.library.tasks_view import TasksView

            self.tasks = TasksView(self.library)
            self.tasks.open_task.connect(lambda path, position: self.open_incident.emit(path, position))
            self._replace_tab(2, self.tasks, "Action Items")
        return self.tasks

    def _replace_tab(self, index: int, widget: QWidget, title: str) -> None:
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()

    def _activated(self, index) -> None:
        row = self.model.index(index.row(), 0).data(ROW_ROLE)
        if row is not None:
            self.open_incident.emit(self.library.path_of(row), None)

    def shutdown(self) -> None:
        self.indexer.shutdown()


def _subfolders(folder: Path) -> list[Path]:
    """Folders to watch (a watcher sees files added, removed or replaced in a folder, not in its subfolders)."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack and len(found) < MAX_WATCHED_FOLDERS:
        current = stack.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    if entry.name.startswith(".") or not entry.is_dir():
                        continue
                    status = entry.stat()
                    if (status.st_dev, status.st_ino) in seen:
                        continue
                    seen.add((status.st_dev, status.st_ino))
                    found.append(Path(entry.path))
                    stack.append(Path(entry.path))
        except OSError:
            continue
    return found
