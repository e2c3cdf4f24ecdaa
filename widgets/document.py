"""The open document: the model, its undo stack, its file, and change signals.

Every user edit goes through one of the ``QUndoCommand`` classes in
``widgets.commands``, pushed by the methods here. Commands touch only the
model and call back into this object, which emits the signals that views
follow. Views never talk to each other.

Lists inside the model are addressed by a ``ListName`` (``"timeline"``,
``"tasks"``...; see ``app.paths``), and moves are planned by
``app.list_moves``. List signals come in pairs (``about to`` / ``done``) so
that Qt item models can call ``beginInsertRows`` / ``beginMoveRows`` at the
right moment instead of resetting.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.list_moves import plan_moves
from app.model import PostMortem, identical, snapshot
from app.paths import LIST_PATHS, FieldPath, ListName
from widgets.commands import (
    InsertItemsCommand,
    MoveItemsCommand,
    RemoveItemsCommand,
    ReplaceItemCommand,
    ReplaceItemsCommand,
    ReplaceListCommand,
    SetFieldCommand,
)

# At module level: an import inside the edit methods went through PySide's
# import hook on every edit, 2.5 us of a 30 us timeline move.
from widgets.ui_pulse import ui_pulse

__all__ = ["LIST_PATHS", "Document", "FieldPath", "ListName"]  # the paths live in app.paths


class Document(QObject):
    """One open post-mortem. Owns the model and the undo stack."""

    # A scalar field changed (path of attribute names).
    field_changed = Signal(tuple)
    # List changes: name, first row, last row (inclusive).
    rows_about_to_be_inserted = Signal(str, int, int)
    rows_inserted = Signal(str, int, int)
    rows_about_to_be_removed = Signal(str, int, int)
    rows_removed = Signal(str, int, int)
    # name, first, last, destination row (Qt's beginMoveRows convention).
    rows_about_to_be_moved = Signal(str, int, int, int)
    rows_moved = Signal(str, int, int, int)
    # name, row: one item was replaced.
    item_changed = Signal(str, int)
    # name: the whole list was replaced (e.g. sorted).
    list_about_to_be_reset = Signal(str)
    list_reset = Signal(str)
    # The whole model was replaced (open, revert).
    # Item models begin their reset on the first and end it on the second, so
    # no view reads the new model between Qt's begin and end.
    document_about_to_be_reset = Signal()
    document_reset = Signal()
    # Anything changed: views that show derived figures or the preview follow this.
    changed = Signal()
    # The file path changed (save as).
    path_changed = Signal(object)

    def __init__(self, model: PostMortem | None = None, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._model = model if model is not None else PostMortem()
        self._path = path
        self.undo_stack = QUndoStack(self)
        # Counts changes to the model (bumped before views are told), so what is derived from it
        # can be cached until the next one (``widgets.findings``).
        self.revision = 0
        # The revision at which each top-level part of the model (``timeline``, ``summary``, ``humor``...)
        # last changed: what is derived from some parts only is kept while they stay the same, even
        # though the lists change in place. A part not listed is as the last reset left it.
        self._part_revisions: dict[str, int] = {}
        self._reset_revision = 0

    # ----------------------------------------------------------------- state

    @property
    def model(self) -> PostMortem:
        """The live model. Read it freely; change it only through the edit methods."""
        return self._model

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.path_changed.emit(path)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def snapshot(self) -> PostMortem:
        """A copy later edits do not reach, for work off the UI thread or comparing (``app.model.snapshot``)."""
        return snapshot(self._model)

    def replace_model(self, model: PostMortem, path: Path | None = None) -> None:
        """Load another document; clears the undo history (like opening a file)."""
        # Every view resets in this one call (10,000 events: tens of ms): background work pauses meanwhile.
        with ui_pulse.building():
            self.document_about_to_be_reset.emit()
            self._model = model
            self._path = path
            self.revision += 1
            self._reset_revision = self.revision
            self._part_revisions.clear()
            self.undo_stack.clear()
            self.document_reset.emit()
            self.path_changed.emit(path)
            self.changed.emit()

    def part_revision(self, part: str) -> int:
        """The ``revision`` at which top-level field ``part`` of the model last changed (or was loaded)."""
        return self._part_revisions.get(part, self._reset_revision)

    def _bump(self, part: str) -> None:
        self.revision += 1
        self._part_revisions[part] = self.revision

    # ----------------------------------------------------------------- reading

    def get_field(self, path: FieldPath) -> Any:
        target: Any = self._model
        for name in path:
            target = getattr(target, name)
        return target

    def items(self, name: ListName) -> list[Any]:
        return self.get_field(LIST_PATHS[name])

    # ----------------------------------------------------------------- editing (undoable)

    def set_field(self, path: FieldPath, value: Any, *, merge_key: str | None = None, text: str | None = None) -> None:
        """Set a scalar field. Consecutive edits with the same ``merge_key`` merge into one undo step.

        The value is validated first, as ``update_item`` does: one the model refuses raises
        ``pydantic.ValidationError`` here, before any undo step exists.
        """
        value = self._validated(path, value)
        if identical(self.get_field(path), value):
            return
        self.undo_stack.push(SetFieldCommand(self, path, value, merge_key=merge_key, text=text))

    def _validated(self, path: FieldPath, value: Any) -> Any:
        """``value`` as the model would store it at ``path``; the model itself is left alone."""
        owner = self.get_field(path[:-1])
        if not isinstance(owner, BaseModel):
            return value
        trial = owner.model_copy()  # shallow: the assignment below changes only the copy
        setattr(trial, path[-1], value)
        return getattr(trial, path[-1])

    def insert_items(self, name: ListName, row: int, items: Sequence[Any], *, text: str | None = None) -> None:
        if items:
            self.undo_stack.push(InsertItemsCommand(self, name, row, list(items), text=text))

    def remove_items(self, name: ListName, rows: Sequence[int], *, text: str | None = None) -> None:
        rows = sorted(set(rows))
        if rows:
            self.undo_stack.push(RemoveItemsCommand(self, name, rows, text=text))

    def move_items(self, name: ListName, rows: Sequence[int], destination: int, *, text: str | None = None) -> bool:
        """Move ``rows`` (any selection) so they end up together before ``destination``.

        ``destination`` is a row index in the list *before* the move, as in
        ``QAbstractItemModel.moveRows``. Returns False when nothing would move.
        """
        rows = sorted(set(rows))
        moves = plan_moves(rows, destination, len(self.items(name))) if rows else []
        if not moves:
            return False
        self.undo_stack.push(MoveItemsCommand(self, name, moves, text=text or _move_text(len(rows))))
        return True

    def update_item(
        self,
        name: ListName,
        row: int,
        *,
        merge_key: str | None = None,
        text: str | None = None,
        fields: dict[str, Any] | None = None,
        **changes: Any,
    ) -> None:
        """Change fields of one list item (a pydantic model) or replace a plain item.

        ``text`` is the undo label; a field that is itself called ``text``
        (``TimelineEvent.text``, ``Task.text``) goes in ``fields``.
        """
        changes = {**changes, **(fields or {})}
        old = self.items(name)[row]
        if isinstance(old, BaseModel):
            new = old.model_copy(update=changes)
            new = type(old).model_validate(new.model_dump())
        else:
            new = changes["value"]
        if identical(new, old):
            return
        self.undo_stack.push(ReplaceItemCommand(self, name, row, new, merge_key=merge_key, text=text))

    def replace_items(self, name: ListName, items: dict[int, Any], *, text: str) -> None:
        """Replace the items at several rows in one undo step (rows stay where they are)."""
        current = self.items(name)
        changed = {row: item for row, item in items.items() if not identical(item, current[row])}
        if changed:
            self.undo_stack.push(ReplaceItemsCommand(self, name, changed, text=text))

    def replace_list(self, name: ListName, items: Sequence[Any], *, text: str) -> None:
        """Replace a whole list in one undo step (sorting, generating)."""
        current = self.items(name)
        unchanged = len(items) == len(current) and all(map(identical, items, current))
        if not unchanged:
            self.undo_stack.push(ReplaceListCommand(self, name, list(items), text=text))

    def begin_macro(self, text: str) -> None:
        self.undo_stack.beginMacro(text)

    def end_macro(self) -> None:
        self.undo_stack.endMacro()

    # ----------------------------------------------------------------- raw changes (commands only)
    # These run inside QUndoCommand.redo()/undo(); they change the model and emit.

    def _set_field_now(self, path: FieldPath, value: Any) -> None:
        owner: Any = self._model
        for name in path[:-1]:
            owner = getattr(owner, name)
        setattr(owner, path[-1], value)
        self._bump(path[0])
        self.field_changed.emit(path)
        self.changed.emit()

    def _insert_now(self, name: str, row: int, items: list[Any]) -> None:
        target = self.items(name)  # type: ignore[arg-type]
        last = row + len(items) - 1
        self.rows_about_to_be_inserted.emit(name, row, last)
        target[row:row] = items
        self._bump(LIST_PATHS[name][0])
        self.rows_inserted.emit(name, row, last)
        self.changed.emit()

    def _remove_now(self, name: str, first: int, last: int) -> list[Any]:
        target = self.items(name)  # type: ignore[arg-type]
        self.rows_about_to_be_removed.emit(name, first, last)
        removed = target[first : last + 1]
        del target[first : last + 1]
        self._bump(LIST_PATHS[name][0])
        self.rows_removed.emit(name, first, last)
        self.changed.emit()
        return removed

    def _move_now(self, name: str, first: int, last: int, destination: int) -> None:
        """Move the block ``first..last`` before ``destination`` (pre-move index)."""
        target = self.items(name)  # type: ignore[arg-type]
        self.rows_about_to_be_moved.emit(name, first, last, destination)
        block = target[first : last + 1]
        del target[first : last + 1]
        insert_at = destination - len(block) if destination > last else destination
        target[insert_at:insert_at] = block
        self._bump(LIST_PATHS[name][0])
        self.rows_moved.emit(name, first, last, destination)
        self.changed.emit()

    def _replace_item_now(self, name: str, row: int, item: Any) -> None:
        self.items(name)[row] = item  # type: ignore[arg-type]
        self._bump(LIST_PATHS[name][0])
        self.item_changed.emit(name, row)
        self.changed.emit()

    def _replace_list_now(self, name: str, items: list[Any]) -> None:
        target = self.items(name)  # type: ignore[arg-type]
        self.list_about_to_be_reset.emit(name)
        target[:] = items
        self._bump(LIST_PATHS[name][0])
        self.list_reset.emit(name)
        self.changed.emit()


def _move_text(count: int) -> str:
    return "Move item" if count == 1 else f"Move {count} items"
