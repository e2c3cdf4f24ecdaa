"""Where rows go when moved one step or gathered: the arithmetic every list editor shares (app.list_moves)."""

from __future__ import annotations

import pytest

from app.list_moves import plan_moves, rows_after_move, rows_that_step, step_destination


def moved(items: str, rows: list[int], destination: int) -> str:
    order = list(items)
    for first, last, position in plan_moves(rows, destination, len(order)):
        block = order[first : last + 1]
        del order[first : last + 1]
        order[position:position] = block
    return "".join(order)


@pytest.mark.parametrize(
    ("rows", "step", "expected"),
    [([1, 2], -1, 0), ([1, 2], 1, 4), ([0], -1, None), ([4], 1, None), ([], 1, None), ([0, 3], 1, 5)],
)
def test_one_step_up_or_down_and_nothing_past_the_edge(rows, step, expected):
    assert step_destination(rows, 5, step) == expected


@pytest.mark.parametrize(("rows", "step"), [([1, 2], -1), ([1, 2], 1), ([0, 3], 1), ([1, 4], -1), ([0, 2], 1)])
def test_the_rows_to_select_after_a_step_are_where_the_moved_items_are(rows, step):
    items = "abcdef"
    destination = step_destination(rows, len(items), step)
    assert destination is not None
    after = moved(items, rows, destination)
    assert [after[row] for row in rows_after_move(rows, destination)] == [items[row] for row in rows]


def test_a_split_selection_steps_row_by_row_and_stops_against_the_edge():
    assert rows_that_step([0, 1, 3], -1, 6) == [3]  # 0 and 1 are against the top
    assert rows_that_step([2, 4, 5], 1, 6) == [2]  # bottom first when moving down
    assert rows_that_step([1, 3], -1, 6) == [1, 3]
