"""Task tables written as plain text, their columns lined up with spaces, read as the pipe tables they stand for.

A ``.txt`` report writes its action items as a reader sees a table::

      #  Action                              Owner        Due          Status
      1  Make the upload safe to repeat      J. Whitfield 13/03/2026   Done

A header row naming a task's column and at least one of its fields (an owner, a due date, a status), with or
without a dashed rule under it, then one row a line until a blank line. Without this the header row was a heading
("  #  Action" is one to Markdown, and so is a header with a dashed line under it) and the rows its text. Only
such headers are taken: other lines lined up with spaces (a glossary, a timeline) stay as written.
Each line is looked at once, with string methods and bounded patterns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.tables import pipe_row
from app.formats.markdown_read.task_tables import DUE_COLUMNS, OWNER_COLUMNS, STATUS_COLUMNS, TASK_TEXT_COLUMNS
from app.formats.markdown_read.tokens import name_key

# A cell: words with single spaces between them; two spaces or more end it (tabs are expanded first).
_CELL = re.compile(r"\S+(?: \S+)*")
_LONGEST_HEADER = 400  # characters: a header row names a few short columns
_LONGEST_NAME = 30  # characters of one column's name
_MOST_COLUMNS = 12
_RULE_CHARS = frozenset("-=+_ ")
_NEAR = 2  # a row's cell may start this many characters before its column's name (numbers lined up right)


def text_task_tables(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each task table lined up with spaces written as a pipe table; ``lines`` itself when none."""
    out: list[str] | None = None
    index = 0
    while index < len(lines):
        starts = _header_columns(lines[index]) if flags[index] else None
        if starts is None:
            if out is not None:
                out.append(lines[index])
            index += 1
            continue
        if out is None:
            out = list(lines[:index])
        table, index = _table(lines, index, starts)
        out.extend(table)
    return lines if out is None else out


def _header_columns(line: str) -> list[int] | None:
    """Where each column of a task table's header row starts, or ``None`` when ``line`` is none."""
    if len(line) > _LONGEST_HEADER or "|" in line or not line.strip():
        return None
    cells = list(_CELL.finditer(line.expandtabs(8)))
    if not 3 <= len(cells) <= _MOST_COLUMNS or any(len(cell.group()) > _LONGEST_NAME for cell in cells):
        return None
    names = [name_key(cell.group()) for cell in cells]
    fields = (OWNER_COLUMNS, DUE_COLUMNS, STATUS_COLUMNS)
    if not any(name in TASK_TEXT_COLUMNS for name in names):
        return None
    if not any(name in columns for name in names for columns in fields):
        return None
    return [cell.start() for cell in cells]


def _is_rule(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) >= 3 and set(stripped) <= _RULE_CHARS and not set(stripped) <= {" ", "+"}


def _table(lines: list[str], index: int, starts: list[int]) -> tuple[list[str], int]:
    """The table whose header row is ``lines[index]`` as a pipe table, and the index of the line after it."""
    header = [cell.group() for cell in _CELL.finditer(lines[index].expandtabs(8))]
    index += 1
    if index < len(lines) and _is_rule(lines[index]):
        index += 1
    rows: list[list[str]] = []
    while index < len(lines) and lines[index].strip() and not _is_rule(lines[index]):
        row = _cells(lines[index], starts)
        text_only = sum(1 for cell in row if cell) == 1 and row[_text_column(header)]
        if rows and (not row[0] or text_only):
            # A wrapped line: more words for the row above (a number column left empty, or the text alone).
            rows[-1] = [f"{old} {new}".strip() for old, new in zip(rows[-1], row, strict=True)]
        else:
            rows.append(row)
        index += 1
    if index < len(lines) and lines[index].strip() and _is_rule(lines[index]):
        index += 1  # the rule closing the table
    width = len(header)
    table = [pipe_row(header, width), pipe_row(["---"] * width, width)]
    table.extend(pipe_row([cell.replace("|", "\\|") for cell in row], width) for row in rows)
    return ["", *table, ""], index


def _text_column(header: list[str]) -> int:
    return next(number for number, name in enumerate(header) if name_key(name) in TASK_TEXT_COLUMNS)


def _cells(line: str, starts: list[int]) -> list[str]:
    """A row's cells: each run of words goes to the last column starting at or (a little) after it."""
    row = [""] * len(starts)
    for cell in _CELL.finditer(line.expandtabs(8)):
        column = 0
        for number, start in enumerate(starts):
            if start <= cell.start() + _NEAR:
                column = number
        row[column] = f"{row[column]} {cell.group()}".strip()
    return row
