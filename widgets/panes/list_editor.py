"""A table over a document list with add, remove and reorder by keyboard and buttons.

Ins adds a row after the current one, Del removes the selected rows,
Alt+Up / Alt+Down move them; the buttons do the same for mouse users.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.list_moves import rows_after_move, step_destination
from widgets.document import Document
from widgets.empty_hint import HintingTableView
from widgets.fresh_row import FreshRow
from widgets.icons import icon
from widgets.panes.fields import ProseLineEdit
from widgets.panes.list_model import DocumentListModel
from widgets.qt_guard import never_raises
from widgets.tool_buttons import icon_or_fallback


class ProseDelegate(QStyledItemDelegate):
    """Cells edited as text; the first column (a task's, an improvement's, a heading's words) is spell-checked."""

    @never_raises()
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        if index.column() == 0 and isinstance(index.data(Qt.ItemDataRole.EditRole), str):
            editor = ProseLineEdit(parent)
            editor.setFrame(False)
            return editor
        return super().createEditor(parent, option, index)


class ListEditor(QWidget):
    current_row_changed = Signal(int)  # -1 when nothing is selected

    def __init__(
        self,
        document: Document,
        model: DocumentListModel,
        new_item: Callable[[], Any],
        *,
        noun: str,
        empty_hint: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._document = document
        self._model = model
        self._new_item = new_item
        self._noun = noun
        self._fresh = FreshRow(document.undo_stack)
        self._fresh_item: Any = None
        insert_key = QKeySequence(Qt.Key.Key_Insert).toString(QKeySequence.SequenceFormat.NativeText)
        hint = f"No {noun}s yet: press {insert_key} or use Add {noun.title()} below."
        self.view = HintingTableView(empty_hint if empty_hint is not None else hint)
        self.view.setModel(model)
        self.view.setItemDelegate(ProseDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it.
        self.view.verticalHeader().hide()  # row numbers made it read like a spreadsheet
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(f"{noun.capitalize()} list")
        # Bound methods, never lambdas: the model may outlive this editor, and connections
        # to a method of the editor end when it is deleted.
        self.view.selectionModel().currentRowChanged.connect(self._current_moved)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._update_actions)
        model.modelReset.connect(self._emit_current_row)
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        style = self.style()
        self.add_action = self._action(f"Add {noun.title()}", QKeySequence(Qt.Key.Key_Insert), self.add_row, "list-add")
        self.remove_action = self._action(
            f"Remove {noun.title()}", QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected, "list-remove"
        )
        self.up_action = self._action(
            "Move Up", QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up), lambda: self.move_selected(-1), "go-up"
        )
        self.down_action = self._action(
            "Move Down", QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down), lambda: self.move_selected(1), "go-down"
        )
        for action in (self.add_action, self.remove_action, self.up_action, self.down_action):
            action.setIcon(icon_or_fallback(action.data(), style))
            button = QToolButton()
            button.setDefaultAction(action)
            # The arrows speak for themselves (their tool tips name the keys): narrow pages keep their room.
            arrow = action in (self.up_action, self.down_action)
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly if arrow else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            )
            button.setAutoRaise(True)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._update_actions()

    def _action(self, text: str, shortcut: QKeySequence, slot: Callable[[], None], icon_name: str) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setData(icon_name)
        action.setShortcut(shortcut)
        # Shortcuts act on the table that has focus, so two lists on one page do not fight.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    # ----------------------------------------------------------------- selection

    def _current_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._emit_current(current.row())

    def _emit_current_row(self) -> None:
        self._emit_current(self.current_row())

    def _update_actions(self, *_changes: object) -> None:
        """Remove and the moves act on the selected rows: greyed out while there are none."""
        chosen = bool(self.selected_rows())
        for action in (self.remove_action, self.up_action, self.down_action):
            action.setEnabled(chosen)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_rows(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if not rows and self.current_row() >= 0:
            rows = [self.current_row()]
        return rows

    def select_rows(self, rows: list[int], current: int | None = None) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(
                self._model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        if rows:
            target = current if current is not None else rows[0]
            selection.setCurrentIndex(self._model.index(target, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._emit_current(self.current_row())

    def _emit_current(self, row: int) -> None:
        self.current_row_changed.emit(row)

    # ----------------------------------------------------------------- edits

    def add_row(self) -> None:
        row = self.current_row() + 1 if self.current_row() >= 0 else self._model.rowCount()
        self._fresh_item = self._new_item()
        self._document.insert_items(self._model.list_name, row, [self._fresh_item], text=f"Add {self._noun}")
        self._fresh.added(row)
        self.select_rows([row])
        self.view.setFocus()
        self.view.edit(self._model.index(row, 0))

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Esc on the first edit of a row just added, left as it came, takes the row back (no stray "New task")."""
        row = self._fresh.row()
        if row is None or hint != QAbstractItemDelegate.EndEditHint.RevertModelCache:
            self._fresh.forget()
            return
        items = self._document.items(self._model.list_name)
        untouched = 0 <= row < len(items) and items[row] == self._fresh_item
        if untouched and self._fresh.withdraw() and self._model.rowCount():
            self.select_rows([min(max(row - 1, 0), self._model.rowCount() - 1)])
        self._fresh.forget()

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        self._document.remove_items(self._model.list_name, rows, text=f"Delete {self._noun}")
        remaining = self._model.rowCount()
        if remaining:
            self.select_rows([min(rows[0], remaining - 1)])

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        destination = step_destination(rows, self._model.rowCount(), step)
        if destination is None:
            return
        current = self.current_row()
        offset = rows.index(current) if current in rows else 0
        # Through the model, as its keyboard moves in other lists are: one place names the undo step.
        if self._model.move_rows(rows, destination):
            moved = rows_after_move(rows, destination)
            self.select_rows(moved, moved[offset])
