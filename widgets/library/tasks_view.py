"""Action items across incidents: every task with its incident, filters, open at the task, CSV export."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.atomic import write_text_atomic
from app.library.library import Library
from app.library.query import Query
from app.library.reads import TaskRow
from widgets.qt_guard import never_raises
from widgets.safe_text import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = ["Incident", "Task", "Owner", "Due", "Status", "Link"]
STATUS_CHOICES = [("Any status", None), ("Open", "open"), ("In progress", "in progress"), ("Done", "done")]


class TaskTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.tasks: list[TaskRow] = []

    def set_tasks(self, tasks: list[TaskRow]) -> None:
        self.beginResetModel()
        self.tasks = tasks
        self.endResetModel()

    @never_raises(0)
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.tasks)

    @never_raises(0)
    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    @never_raises()
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    @never_raises()
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.tasks):
            return None
        task = self.tasks[index.row()]
        values = [task.incident, task.text, task.owner, task.due or "", _status_label(task), task.link]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(values[index.column()] if index.column() != 0 else f"{task.incident}\n{task.path}")
        if role == Qt.ItemDataRole.ForegroundRole and task.overdue and index.column() in (3, 4):
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.UserRole:
            return task
        if role == SORT_ROLE:
            # No due date sorts after every date; the rest as shown, without regard to case.
            return (task.due or "9999-12-31") if index.column() == 3 else str(values[index.column()]).lower()
        return None


def _status_label(task: TaskRow) -> str:
    label = {"open": "Open", "in progress": "In progress", "done": "Done"}.get(task.status, task.status)
    return f"{label}, overdue" if task.overdue else label


class TasksView(QWidget):
    """``open_task(path, position)`` when a row is activated."""

    open_task = Signal(object, int)

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.query = Query()
        self.owner = QLineEdit()
        self.owner.setPlaceholderText("Owner")
        self.owner.setClearButtonEnabled(True)
        self.owner.setAccessibleName("Owner filter")
        self.status = QComboBox()
        self.status.setAccessibleName("Status filter")
        for label, value in STATUS_CHOICES:
            self.status.addItem(label, value)
        self.overdue = QCheckBox("Overdue only")
        self.export_button = QPushButton("Export CSV…")
        self.count = QLabel()
        self.model = TaskTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # By due date, most urgent first, as the library lists them; a header click sorts otherwise.
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 360)
        self.table.setColumnWidth(4, 150)

        filters = QHBoxLayout()
        filters.addWidget(self.owner, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        filters.addWidget(self.count)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.owner.textChanged.connect(lambda _text: self.reload())
        self.status.currentIndexChanged.connect(lambda _index: self.reload())
        self.overdue.toggled.connect(lambda _on: self.reload())
        self.export_button.clicked.connect(self.export_dialog)
        self.table.activated.connect(self._activated)

    def set_query(self, query: Query) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        try:
            tasks = self.library.tasks(
                self.query,
                owner=self.owner.text().strip() or None,
                status=self.status.currentData(),
                overdue=self.overdue.isChecked(),
            )
        except Exception:  # a broken index: show nothing rather than fail
            tasks = []
        self.model.set_tasks(tasks)
        self.count.setText(f"{len(tasks)} action item{'s' if len(tasks) != 1 else ''}")

    def shown_tasks(self) -> list[TaskRow]:
        """The tasks in the order and filter the table shows them."""
        return [self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(self.proxy.rowCount())]

    def export_csv(self, path: Path) -> None:
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["incident", "task", "owner", "due", "status", "overdue", "link", "file"])
        for task in self.shown_tasks():
            writer.writerow(
                [
                    task.incident,
                    task.text,
                    task.owner,
                    task.due or "",
                    task.status,
                    "yes" if task.overdue else "no",
                    task.link,
                    task.path,
                ]
            )
        write_text_atomic(path, buffer.getvalue())

    def export_dialog(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, "Export Action Items", "action-items.csv", "CSV (*.csv)")
        if name:
            try:
                self.export_csv(Path(name))
            except OSError as error:
                from widgets.dialogs import Dialogs

                Dialogs(self).show_error("Cannot Export", f"{Path(name).name}: {error.strerror or error}")

    def _activated(self, index: QModelIndex) -> None:
        task = self.proxy.index(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        if isinstance(task, TaskRow):
            self.open_task.emit(self.library.path_of(task), task.position)
