"""Pipe tables: which lines are one, their cells, header and rows."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.tokens import Item, is_table_line, name_key

_RULE_CELL = re.compile(r":?-+:?")
# Lines longer than this are text, never a heading or a table row of another markup (each is looked at once).
LONGEST_LINE = 20_000


def is_table_rule(line: str) -> bool:
    """Whether ``line`` is a pipe table's rule (``|---|:--:|``).

    Cell by cell with string methods: one regular expression for the whole
    line had runs of spaces on both sides of an optional pipe, and backtracked
    cubically over a long run of spaces (4 s for 8,000 of them).
    """
    inner = line.strip(" \t").removeprefix("|")
    if inner.endswith("|"):
        inner = inner[:-1]
    cells = [cell.strip(" \t") for cell in inner.split("|")]
    return all(_RULE_CELL.fullmatch(cell) for cell in cells) and bool(cells)


_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def table_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner.removeprefix("|")
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _CELL_SPLIT.split(inner)]


def take_table(entries: Sequence[Item | str], start: int) -> tuple[list[str], int]:
    """The table lines from ``entries[start]`` on, and the index after them."""
    end = start
    while end < len(entries):
        entry = entries[end]
        if not isinstance(entry, str) or not is_table_line(entry):
            break
        end += 1
    return [entry for entry in entries[start:end] if isinstance(entry, str)], end


def parse_table(lines: list[str]) -> tuple[list[str], list[list[str]]] | None:
    """A pipe table's header keys and rows, or ``None`` when ``lines`` is not one.

    A row with more filled cells than the header has is not a table the
    callers can place: cutting the row to the header's width would drop text,
    so the whole table is ``None`` (and stays as written).
    """
    if len(lines) < 2 or not is_table_rule(lines[1]):
        return None
    header = [name_key(cell) for cell in table_cells(lines[0])]
    if len(header) > PADDED_COLUMNS:
        return None  # no part of a report is a table that wide: kept as written, never padded row by row
    rows = []
    for line in lines[2:]:
        cells = table_cells(line)
        if any(cells[len(header) :]):
            return None
        rows.append((cells + [""] * len(header))[: len(header)])
    return header, rows


PADDED_COLUMNS = 64
"""Widest table whose short rows are written out with their empty cells (a renderer pads them anyway).

A header row of 10,000 cells over 20,000 one-cell rows would otherwise become 200 million cells."""


def pipe_row(cells: list[str], width: int) -> str:
    """A pipe table's row of ``width`` cells (missing ones empty), as another markup's table becomes one."""
    if width <= PADDED_COLUMNS:
        cells = [*cells, *[""] * (width - len(cells))]
    return "| " + " | ".join(cells) + " |"
