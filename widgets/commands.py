"""Undo commands: the only code that changes a document's model.

Each command keeps what it needs to undo itself exactly, and changes the model
through the ``_..._now`` methods of its ``EditTarget`` (the document) so that
every change emits the signals views follow. The document imports this
module; this module knows the document only as that protocol.
"""

from __future__ import annotations

import itertools
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from app.list_moves import Move, contiguous_runs, plan_moves, qt_destination
from app.model import identical
from app.paths import FieldPath
from widgets.qt_guard import never_raises

__all__ = [
    "EditTarget",
    "InsertItemsCommand",
    "MoveItemsCommand",
    "RemoveItemsCommand",
    "ReplaceItemCommand",
    "ReplaceItemsCommand",
    "ReplaceListCommand",
    "SetFieldCommand",
    "plan_moves",  # lives in app.list_moves; still importable from here
]


class EditTarget(Protocol):
    """What the commands read and change: ``widgets.document.Document``."""

    def get_field(self, path: FieldPath) -> Any: ...

    def items(self, name: Any) -> list[Any]: ...

    def _set_field_now(self, path: FieldPath, value: Any) -> None: ...

    def _insert_now(self, name: str, row: int, items: list[Any]) -> None: ...

    def _remove_now(self, name: str, first: int, last: int) -> list[Any]: ...

    def _move_now(self, name: str, first: int, last: int, destination: int) -> None: ...

    def _replace_item_now(self, name: str, row: int, item: Any) -> None: ...

    def _replace_list_now(self, name: str, items: list[Any]) -> None: ...


# Qt merges commands with equal id(); every merge key gets its own number.
_merge_ids: dict[str, int] = {}
_next_id = itertools.count(1000)


def merge_id(key: str | None) -> int:
    if key is None:
        return -1
    if key not in _merge_ids:
        _merge_ids[key] = next(_next_id)
    return _merge_ids[key]


class SetFieldCommand(QUndoCommand):
    def __init__(self, document: EditTarget, path: FieldPath, value: Any, *, merge_key: str | None, text: str | None):
        super().__init__(text or f"Edit {path[-1].replace('_', ' ')}")
        self._document = document
        self._path = path
        self._old = document.get_field(path)
        self._new = value
        self._id = merge_id(merge_key)

    @never_raises()
    def redo(self) -> None:
        self._document._set_field_now(self._path, self._new)

    @never_raises()
    def undo(self) -> None:
        self._document._set_field_now(self._path, self._old)

    @never_raises(-1)
    def id(self) -> int:
        return self._id

    @never_raises(False)
    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other._path != self._path:
            return False
        self._new = other._new
        if identical(self._new, self._old):
            self.setObsolete(True)
        return True


class InsertItemsCommand(QUndoCommand):
    def __init__(self, document: EditTarget, name: str, row: int, items: list[Any], *, text: str | None):
        super().__init__(text or ("Add item" if len(items) == 1 else f"Add {len(items)} items"))
        self._document = document
        self._name = name
        self._row = row
        self._items = items

    @never_raises()
    def redo(self) -> None:
        self._document._insert_now(self._name, self._row, list(self._items))

    @never_raises()
    def undo(self) -> None:
        self._document._remove_now(self._name, self._row, self._row + len(self._items) - 1)


class RemoveItemsCommand(QUndoCommand):
    def __init__(self, document: EditTarget, name: str, rows: list[int], *, text: str | None):
        super().__init__(text or ("Delete item" if len(rows) == 1 else f"Delete {len(rows)} items"))
        self._document = document
        self._name = name
        self._runs = contiguous_runs(rows)
        self._removed: list[list[Any]] = []

    @never_raises()
    def redo(self) -> None:
        # Last run first, so earlier row numbers stay valid.
        self._removed = [self._document._remove_now(self._name, first, last) for first, last in reversed(self._runs)]
        self._removed.reverse()

    @never_raises()
    def undo(self) -> None:
        for (first, _last), items in zip(self._runs, self._removed, strict=True):
            self._document._insert_now(self._name, first, items)


class MoveItemsCommand(QUndoCommand):
    """Move a selection (contiguous or not) to one place, as one undo step."""

    def __init__(self, document: EditTarget, name: str, moves: list[Move], *, text: str):
        """``moves`` is the plan from ``plan_moves``, made once by the document."""
        super().__init__(text)
        self._document = document
        self._name = name
        self._moves = moves

    @never_raises()
    def redo(self) -> None:
        for first, last, position in self._moves:
            # ``position`` is where the block must start after this step.
            self._document._move_now(self._name, first, last, qt_destination(first, last, position))

    @never_raises()
    def undo(self) -> None:
        for first, last, position in reversed(self._moves):
            length = last - first + 1
            # Now the block sits at ``position``; put it back at ``first``.
            destination = first if first < position else first + length
            self._document._move_now(self._name, position, position + length - 1, destination)


class ReplaceItemCommand(QUndoCommand):
    def __init__(
        self, document: EditTarget, name: str, row: int, item: Any, *, merge_key: str | None, text: str | None
    ):
        super().__init__(text or "Edit item")
        self._document = document
        self._name = name
        self._row = row
        self._old = document.items(name)[row]  # type: ignore[arg-type]
        self._new = item
        self._id = merge_id(f"{merge_key}@{name}[{row}]" if merge_key else None)

    @never_raises()
    def redo(self) -> None:
        self._document._replace_item_now(self._name, self._row, self._new)

    @never_raises()
    def undo(self) -> None:
        self._document._replace_item_now(self._name, self._row, self._old)

    @never_raises(-1)
    def id(self) -> int:
        return self._id

    @never_raises(False)
    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReplaceItemCommand) or (other._name, other._row) != (self._name, self._row):
            return False
        self._new = other._new
        if identical(self._new, self._old):
            self.setObsolete(True)
        return True


class ReplaceItemsCommand(QUndoCommand):
    """Replace several items of one list in one step, each row told on its own.

    Rows keep their place (unlike ``ReplaceListCommand``), so views keep the selection and the
    scroll position, and undo puts back the very items that were there.
    """

    def __init__(self, document: EditTarget, name: str, items: dict[int, Any], *, text: str):
        super().__init__(text)
        self._document = document
        self._name = name
        current = document.items(name)  # type: ignore[arg-type]
        self._old = {row: current[row] for row in items}
        self._new = dict(items)

    @never_raises()
    def redo(self) -> None:
        for row in sorted(self._new):
            self._document._replace_item_now(self._name, row, self._new[row])

    @never_raises()
    def undo(self) -> None:
        for row in sorted(self._old):
            self._document._replace_item_now(self._name, row, self._old[row])


class ReplaceListCommand(QUndoCommand):
    def __init__(self, document: EditTarget, name: str, items: list[Any], *, text: str):
        super().__init__(text)
        self._document = document
        self._name = name
        self._old = list(document.items(name))  # type: ignore[arg-type]
        self._new = items

    @never_raises()
    def redo(self) -> None:
        self._document._replace_list_now(self._name, list(self._new))

    @never_raises()
    def undo(self) -> None:
        self._document._replace_list_now(self._name, list(self._old))
