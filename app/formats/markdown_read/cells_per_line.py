"""Tables pasted from a wiki page as plain text: one cell a line, the header's names first.

Copying a Confluence or SharePoint page puts each cell of a table on a line of its own: "Time", "Event",
"Notes", then "08:58", "Keep-alives expire", " " (an empty cell keeps its line, a space). A reader sees
the columns the header names and reads the lines after it in turns of as many. Rewritten here as the
pipe table it was, while whole rows follow (a time column's cells must be times); the page's title, the
line over its "Created by …" byline, as its heading. String methods only: linear.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.formats.markdown_read.column_names import COLUMN_NAMES
from app.formats.markdown_read.tokens import heading_of

_FEWEST_COLUMNS = 2
_MOST_COLUMNS = 8
_LONGEST_CELL = 500
_TIME_COLUMNS = ("time", "timestamp", "time (utc)", "when", "date/time")
_BYLINES = ("created by ", "last updated by ", "last modified by ", "owned by ")


def cells_per_line(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each table pasted one cell a line as a pipe table, and a page's title over its byline as
    its heading; the same list when there is none."""
    out: list[str] = []
    index = 0
    changed = False
    while index < len(lines):
        width = _header_width(lines, flags, index)
        rows = _rows(lines, flags, index + width, width) if width else 0
        if rows == 0:
            out.append(lines[index])
            index += 1
            continue
        header = [cell.strip() for cell in lines[index : index + width]]
        if out and out[-1].strip():
            out.append("")
        out.append(_pipe(header))
        out.append(_pipe(["---"] * width))
        for row in range(rows):
            start = index + width * (row + 1)
            out.append(_pipe([cell.strip() for cell in lines[start : start + width]]))
        index += width * (rows + 1)
        out.append("")
        changed = True
    titled = _titled(out, flags if not changed else [True] * len(out))
    return titled if titled is not None else out if changed else lines


def _column(line: str) -> bool:
    return len(line) <= 30 and line.strip().lower() in COLUMN_NAMES


def _header_width(lines: Sequence[str], flags: Sequence[int], start: int) -> int:
    """How many column names stand one a line from ``start`` (0 when fewer than two)."""
    if start > 0 and flags[start - 1] and _column(lines[start - 1]):
        return 0  # inside a run already looked at
    width = 0
    while start + width < len(lines) and flags[start + width] and _column(lines[start + width]):
        width += 1
    return width if _FEWEST_COLUMNS <= width <= _MOST_COLUMNS else 0


def _rows(lines: Sequence[str], flags: Sequence[int], start: int, width: int) -> int:
    """How many whole rows of ``width`` cells follow from ``start``: an empty line, a heading or a line too long
    for a cell ends them; a cell under a time column must hold a time."""
    timed = _column(lines[start - width]) and lines[start - width].strip().lower() in _TIME_COLUMNS
    rows = 0
    while start + width * (rows + 1) <= len(lines):
        cells = lines[start + width * rows : start + width * (rows + 1)]
        if any(not cell or len(cell) > _LONGEST_CELL or heading_of(cell) is not None for cell in cells):
            break
        if not all(flags[start + width * rows + number] for number in range(width)):
            break
        if not cells[0].strip() or (timed and not cells[0].strip()[:1].isdigit()):
            break
        rows += 1
    return rows


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def _titled(lines: list[str], flags: Sequence[int]) -> list[str] | None:
    """The page's title as a heading: the line over "Created by …, last modified by … on …", in a file with no
    level-one heading; ``None`` when there is no such line."""
    if any(flags[index] and line.startswith("# ") for index, line in enumerate(lines)):
        return None
    for index in range(1, min(len(lines), 60)):
        if flags[index] and lines[index].strip().lower().startswith(_BYLINES):
            title = lines[index - 1].strip()
            if title and heading_of(lines[index - 1]) is None and len(title) <= 200:
                return [*lines[: index - 1], f"# {title}", *lines[index:]]
            return None
    return None
