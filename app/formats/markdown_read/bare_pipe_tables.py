"""Tables whose columns are split by pipes but which have no pipe at either end and no rule under the header.

A service desk's record copied as text (ServiceNow, Jira Service Management, BMC) writes its task list as::

    Task        | Description                          | Owner           | Due date   | State
    PTASK0201   | Rotate the depot printers' firmware  | Aino Virtanen   | 2025-11-20 | Closed Complete

A reader sees a table: its first row names the columns, each later row is one task. Markdown sees lines of
text, so the rows became improvements, pipes and all. Here such a run of lines is written as the pipe table it
stands for. Only a header naming a task's text and one of its fields (owner, due date, status), or a time and
another column, makes one: two shell pipelines in a row ("grep x | sort | uniq") stay as written. Each line
is looked at once, with string methods.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.formats.markdown_read.tables import is_table_rule, pipe_row, table_cells
from app.formats.markdown_read.task_tables import DUE_COLUMNS, OWNER_COLUMNS, STATUS_COLUMNS, TASK_TEXT_COLUMNS
from app.formats.markdown_read.tokens import name_key

_LONGEST_ROW = 2_000
_LONGEST_NAME = 40  # characters of one column's name
_MOST_COLUMNS = 12
# A time's column, as a timeline table names it.
_TIME_COLUMNS = ("time", "when", "timestamp", "date", "date/time", "date and time", "time (utc)")


def looks_like_a_row(line: str) -> bool:
    """The cheap look: a line of three cells or more split by pipes, with none at its start."""
    stripped = line.strip()
    return stripped.count("|") >= 2 and not stripped.startswith("|") and len(line) <= _LONGEST_ROW


def bare_pipe_tables(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each bare pipe table written as a pipe table (its outer pipes, a rule under its header);
    ``lines`` itself when there is none."""
    out: list[str] | None = None
    index = 0
    while index < len(lines):
        width = _header_width(lines, flags, index)
        if width is None:
            if out is not None:
                out.append(lines[index])
            index += 1
            continue
        if out is None:
            out = list(lines[:index])
        out.append(pipe_row(table_cells(lines[index]), width))
        index += 1
        if is_table_rule(lines[index]):
            index += 1
        out.append(pipe_row(["---"] * width, width))
        while index < len(lines) and flags[index] and looks_like_a_row(lines[index]):
            cells = table_cells(lines[index])
            if len(cells) != width:
                break
            out.append(pipe_row(cells, width))
            index += 1
    return lines if out is None else out


def _header_width(lines: list[str], flags: Sequence[int], index: int) -> int | None:
    """How many columns the bare pipe table whose header row is ``lines[index]`` has; ``None`` when that line
    heads none (a row of the same width must follow, a rule between them or not)."""
    line = lines[index]
    if not flags[index] or not looks_like_a_row(line):
        return None
    cells = table_cells(line)
    if not 3 <= len(cells) <= _MOST_COLUMNS or any(not cell or len(cell) > _LONGEST_NAME for cell in cells):
        return None
    names = [name_key(cell) for cell in cells]
    tasks = any(name in TASK_TEXT_COLUMNS for name in names) and any(
        name in columns for name in names for columns in (OWNER_COLUMNS, DUE_COLUMNS, STATUS_COLUMNS)
    )
    if not tasks and not any(name in _TIME_COLUMNS for name in names):
        return None
    following = index + 1
    if following < len(lines) and flags[following] and is_table_rule(lines[following]):
        following += 1
    if following >= len(lines) or not flags[following] or not looks_like_a_row(lines[following]):
        return None
    return len(cells) if len(table_cells(lines[following])) == len(cells) else None
