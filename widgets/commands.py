"""Undo commands: the only code that changes a document's model.

Each command keeps what it needs to undo itself exactly, and changes the model
through the document's ``_..._now`` methods so that every change emits the
signals views follow.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from app.model import identical
from widgets.qt_guard import never_raises

if TYPE_CHECKING:
    from widgets.document import Document, FieldPath

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
    def __init__(self, document: Document, path: FieldPath, value: Any, *, merge_key: str | None, text: str | None):
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
    def __init__(self, document: Document, name: str, row: int, items: list[Any], *, text: str | None):
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


def contiguous_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted distinct rows as inclusive ``(first, last)`` runs."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class RemoveItemsCommand(QUndoCommand):
    def __init__(self, document: Document, name: str, rows: list[int], *, text: str | None):
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


def plan_moves(rows: list[int], destination: int, count: int) -> list[tuple[int, int, int]]:
    """Block moves ``(first, last, destination)`` that gather ``rows`` before ``destination``.

    ``rows`` are sorted distinct rows of a list of ``count`` items, and
    ``destination`` is a row of the list before the move (``count`` means the
    end). The result is a sequence of contiguous moves, each in Qt's
    ``beginMoveRows`` convention, applied one after the other; it is empty when
    the selection is already in place.
    """
    destination = max(0, min(destination, count))
    if rows and rows[-1] - rows[0] == len(rows) - 1:
        # One contiguous block (the usual drag or key move): a single step,
        # planned without walking the whole list, so long lists move fast.
        first, last = rows[0], rows[-1]
        if first <= destination <= last + 1:
            return []
        return [(first, last, destination if destination < first else destination - len(rows))]
    final = _order_after_move(list(range(count)), rows, destination)
    if final == list(range(count)):
        return []
    moves: list[tuple[int, int, int]] = []
    current = list(range(count))
    # Bring each item into its final place, left to right, in contiguous blocks.
    position = 0
    while position < count:
        if current[position] == final[position]:
            position += 1
            continue
        source = current.index(final[position])
        length = 1
        while (
            position + length < count
            and source + length < count
            and current[source + length] == final[position + length]
        ):
            length += 1
        first, last = source, source + length - 1
        moves.append((first, last, position))
        block = current[first : last + 1]
        del current[first : last + 1]
        current[position:position] = block
        position += length
    return moves


def _order_after_move(items: list[int], rows: list[int], destination: int) -> list[int]:
    moving = [items[r] for r in rows]
    chosen = set(rows)
    before = [items[r] for r in range(destination) if r not in chosen]
    after = [items[r] for r in range(destination, len(items)) if r not in chosen]
    return before + moving + after


class MoveItemsCommand(QUndoCommand):
    """Move a selection (contiguous or not) to one place, as one undo step."""

    def __init__(self, document: Document, name: str, moves: list[tuple[int, int, int]], *, text: str):
        """``moves`` is the plan from ``plan_moves``, made once by the document."""
        super().__init__(text)
        self._document = document
        self._name = name
        self._moves = moves

    @never_raises()
    def redo(self) -> None:
        for first, last, position in self._moves:
            # ``position`` is where the block must start after this step, so
            # moving down needs Qt's destination past the block.
            destination = position if position < first else position + (last - first + 1)
            self._document._move_now(self._name, first, last, destination)

    @never_raises()
    def undo(self) -> None:
        for first, last, position in reversed(self._moves):
            length = last - first + 1
            # Now the block sits at ``position``; put it back at ``first``.
            destination = first if first < position else first + length
            self._document._move_now(self._name, position, position + length - 1, destination)


class ReplaceItemCommand(QUndoCommand):
    def __init__(self, document: Document, name: str, row: int, item: Any, *, merge_key: str | None, text: str | None):
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


class ReplaceListCommand(QUndoCommand):
    def __init__(self, document: Document, name: str, items: list[Any], *, text: str):
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
