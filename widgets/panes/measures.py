"""Corrective and Preventative Measures: improvements and the task table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.model import Task, TaskStatus, normalize_line
from app.time_input import read_date_input
from widgets.document import Document
from widgets.muted import MutedLabel
from widgets.panes.due_date import DueDateDelegate
from widgets.panes.list_editor import ListEditor
from widgets.panes.list_model import Column, DocumentListModel
from widgets.panes.page import FormPage
from widgets.qt_guard import never_raises


def due_from_text(text: str, default_year: int | None = None) -> date | None:
    """A due date in any form the editor writes or people type; ``ValueError`` (the reason) keeps the old date."""
    reading = read_date_input(text, default_year=default_year)
    if reading.problem:
        raise ValueError(reading.problem)
    return reading.value


def status_from_text(text: str) -> TaskStatus:
    wanted = text.strip().lower()
    for status in TaskStatus:
        if wanted in (status.value, status.label.lower()):
            return status
    raise ValueError(f"unknown status {text!r}")


def short_link(link: str) -> str:
    """A ticket link as a table shows it: ``https://tracker.example.com/OPS-1412`` reads ``OPS-1412``."""
    trimmed = link.strip().rstrip("/")
    if "://" not in trimmed:
        return trimmed
    address = trimmed.split("://", 1)[1].split("?", 1)[0].split("#", 1)[0]
    host, _, path = address.partition("/")
    last = path.rsplit("/", 1)[-1] if path else ""
    return last or host


TASK_COLUMNS = [
    Column("Task", "text", from_text=normalize_line),
    Column("Owner", "owner", from_text=normalize_line),
    Column(
        "Due",
        "due",
        lambda d: d.isoformat() if d else "",
        due_from_text,
        tooltip="Due date, e.g. 2025-04-01 or April 1, 2025; empty for none",
    ),
    Column("Status", "status", lambda s: s.label, status_from_text),
    Column("Link", "link", from_text=normalize_line, tooltip="Ticket or issue link", display=short_link),
]
IMPROVEMENT_COLUMNS = [Column("Improvement", None, from_text=normalize_line)]


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the task statuses instead of free text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor_width: int | None = None

    @never_raises()
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.addItems([s.label for s in TaskStatus])
        editor.setAccessibleName("Task status")
        return editor

    @never_raises(fallback=lambda self, option, index: QStyledItemDelegate.sizeHint(self, option, index))
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # The column is as wide as the drop-down that edits it, arrow included: sized to the text alone,
        # the open editor read "Ope" and "In prog".
        size = super().sizeHint(option, index)
        if self._editor_width is None:
            probe = QComboBox()
            probe.addItems([s.label for s in TaskStatus])
            self._editor_width = probe.sizeHint().width()
            probe.deleteLater()
        return QSize(max(size.width(), self._editor_width), size.height())

    @never_raises()
    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole))

    @never_raises()
    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class MeasuresPage(FormPage):
    title = "Corrective and Preventative Measures"
    description = (
        "Improvements in a line each, and the tasks that carry them out. "
        "Ins adds a row, Del removes it, Alt+Up and Alt+Down reorder; F2 or typing edits a cell."
    )
    section_paths = ("measures",)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self.add_subheading("Improvements")
        self.improvements_model = DocumentListModel(document, "improvements", IMPROVEMENT_COLUMNS, self)
        self.improvements = ListEditor(document, self.improvements_model, lambda: "New improvement", noun="improvement")
        self.improvements.view.horizontalHeader().hide()
        self.improvements.setMinimumHeight(140)
        self.improvements.setMaximumHeight(200)
        self.add_widget(self.improvements)
        self.add_widget(self.warning_for("measures.improvements"))

        self.add_subheading("Tasks")
        # Text put in the due column any way (typed, pasted) is read with the incident's year for a date without one.
        columns = [
            replace(column, from_text=lambda text: due_from_text(text, self._default_year()))
            if column.field == "due"
            else column
            for column in TASK_COLUMNS
        ]
        self.tasks_model = DocumentListModel(document, "tasks", columns, self)
        self.tasks = ListEditor(document, self.tasks_model, lambda: Task(text="New task"), noun="task")
        self.tasks.view.setItemDelegateForColumn(3, StatusDelegate(self.tasks.view))
        self.due_delegate = DueDateDelegate(self._default_year, self.tasks.view)
        self.tasks.view.setItemDelegateForColumn(2, self.due_delegate)
        header = self.tasks.view.horizontalHeader()
        # The task's text takes the room; the other columns are as wide as what they hold.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tasks.view.setWordWrap(False)  # one line per task; the full text is in the tooltip
        self.tasks.setMinimumHeight(230)
        self.add_widget(self.tasks, 1)
        self.add_widget(self.warning_for("measures.tasks"))
        # How a due date being typed reads, or why it cannot: under the table, where the eye is.
        self.due_hint = MutedLabel()
        self.due_hint.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.due_hint.setWordWrap(True)
        self.due_hint.hide()
        self.add_widget(self.due_hint)
        self.add_widget(self.warning_for("measures.tasks:typing"))
        self.due_delegate.reading.connect(self._show_due_reading)
        self.finish(stretch=False)

    def _default_year(self) -> int:
        """The year of a due date typed without one: the incident's, else this one."""
        start = self._document.model.summary.start
        return start.year if start is not None else date.today().year

    def _show_due_reading(self, text: str, problem: bool) -> None:
        self.warning_for("measures.tasks:typing").show_messages([text] if problem and text else [])
        self.due_hint.setText("" if problem else text)
        self.due_hint.setVisible(bool(text) and not problem)
