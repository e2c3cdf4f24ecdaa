"""Arithmetic of moving rows in a list: plans the document carries out, and where rows land.

Qt-free and pure: the undo commands, the item models and the list editors
all move rows by these rules, in Qt's ``beginMoveRows`` convention (a
destination is a row of the list *before* the move; ``count`` means the end).
"""

from __future__ import annotations

Move = tuple[int, int, int]
"""``(first, last, position)``: the block ``first..last`` ends up starting at ``position``."""


def contiguous_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted distinct rows as inclusive ``(first, last)`` runs."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def plan_moves(rows: list[int], destination: int, count: int) -> list[Move]:
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
    moves: list[Move] = []
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


def qt_destination(first: int, last: int, position: int) -> int:
    """The ``beginMoveRows`` destination that puts ``first..last`` at ``position``."""
    return position if position < first else position + (last - first + 1)


def step_destination(rows: list[int], count: int, step: int) -> int | None:
    """Where ``rows`` (sorted) go to move one row up (``step`` -1) or down (+1); None at the edge."""
    if not rows or (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] >= count - 1):
        return None
    return rows[0] - 1 if step < 0 else rows[-1] + 2


def rows_after_move(rows: list[int], destination: int) -> list[int]:
    """Where sorted distinct ``rows`` are once gathered before ``destination``."""
    first = destination - sum(1 for row in rows if row < destination)
    return list(range(first, first + len(rows)))


def rows_that_step(rows: list[int], step: int, count: int) -> list[int]:
    """Of sorted ``rows``, those that can swap with their neighbour ``step`` away, in the order to swap them.

    Rows against the edge, or against a selected row that cannot move, stay;
    gaps in a split selection are kept.
    """
    ordered = list(reversed(rows)) if step > 0 else list(rows)
    limit = 0 if step < 0 else count - 1
    moving: list[int] = []
    for row in ordered:
        if row == limit:
            limit -= step
        else:
            moving.append(row)
            limit = row
    return moving
