"""Tables of Trac's, MoinMoin's and Textile's wiki markup, read as the pipe tables they stand for.

Trac and MoinMoin write a table row as ``||14:02||Resolver CPU at 100%||`` (a header cell as ``||= Time =||`` or
``||'''Time'''||``) and a forced line break as ``[[BR]]``; Textile (Redmine's wikis) writes
``|_. Time |_. Event |`` over ``| 14:02 | … |`` rows, with no separator line. A reader sees a table whose first
row names its columns; the rows are rewritten as Markdown's, every word kept. String methods only.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.formats.markdown_read.tables import LONGEST_LINE, pipe_row

_BREAK = "[[BR]]"


def from_wiki_tables(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with Trac/MoinMoin and Textile tables as pipe tables and ``[[BR]]`` as a line break."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not flags[index] or len(line) > LONGEST_LINE:
            out.append(line)
            index += 1
            continue
        stripped = line.strip()
        if _double_bar_row(stripped):
            end = index
            while (
                end < len(lines)
                and flags[end]
                and len(lines[end]) <= LONGEST_LINE
                and _double_bar_row(lines[end].strip())
            ):
                end += 1
            out.extend(_table([_double_bar_cells(row.strip()) for row in lines[index:end]]))
            index = end
            continue
        if stripped.startswith("|_.") and stripped.endswith("|"):
            end = index + 1
            while end < len(lines) and flags[end] and _textile_row(lines[end].strip()):
                end += 1
            out.extend(_table([_textile_cells(row.strip()) for row in lines[index:end]]))
            index = end
            continue
        out.extend(_breaks(line))
        index += 1
    return out


def _double_bar_row(stripped: str) -> bool:
    return len(stripped) > 4 and stripped.startswith("||") and stripped.endswith("||")


def _textile_row(stripped: str) -> bool:
    return len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|") and not stripped.startswith("||")


def _double_bar_cells(row: str) -> list[tuple[bool, str]]:
    """``||= Time =||'''Event'''||x||``: each cell, and whether it is written as a header."""
    cells: list[tuple[bool, str]] = []
    for raw in row[2:-2].split("||"):
        text = raw.strip()
        if len(text) > 2 and text.startswith("=") and text.endswith("="):
            cells.append((True, text.strip("=").strip()))
        elif len(text) > 6 and text.startswith("'''") and text.endswith("'''"):
            cells.append((True, text[3:-3].strip()))
        else:
            cells.append((False, text))
    return cells


def _textile_cells(row: str) -> list[tuple[bool, str]]:
    """``|_. Time |_. Event |``: each cell, and whether it is a header (``_.``)."""
    cells: list[tuple[bool, str]] = []
    for raw in row[1:-1].split("|"):
        text = raw.strip()
        header = text.startswith("_.")
        cells.append((header, text[2:].strip() if header else text))
    return cells


def _table(rows: list[list[tuple[bool, str]]]) -> list[str]:
    """Rows as a pipe table: the first its header when all its cells are headers, else an empty header."""
    width = max(len(row) for row in rows)
    cells = [[" ".join(_breaks(text)).replace("|", "\\|") for _, text in row] for row in rows]
    if all(header for header, _ in rows[0]):
        header_row, body = cells[0], cells[1:]
    else:
        header_row, body = [""] * width, cells
    return [
        "",
        pipe_row(header_row, width),
        pipe_row(["---"] * width, width),
        *(pipe_row(row, width) for row in body),
        "",
    ]


def _breaks(line: str) -> list[str]:
    """A line with ``[[BR]]`` breaks as its lines (a break closing the line goes)."""
    if _BREAK not in line:
        return [line]
    parts = [part.rstrip(" \t") for part in line.split(_BREAK)]
    if not parts[-1].strip():
        parts.pop()
    return [parts[0], *(part.strip(" \t") for part in parts[1:])] if parts else [""]
