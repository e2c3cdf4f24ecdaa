"""An HTML table written as Markdown (see ``html_page``): a pipe table; one column as its paragraphs; a table
whose every row is a name and its value as labels."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.formats.markdown_read.tables import PADDED_COLUMNS


@dataclass
class Table:
    rows: list[list[tuple[str, bool]]] = field(default_factory=list)  # (cell's text, a header cell)
    row: list[tuple[str, bool]] | None = None
    cell: list[str] | None = None
    header: bool = False
    joiner: str = " "


def table_lines(rows: list[list[tuple[str, bool]]]) -> tuple[list[str], str]:
    """A table's rows as Markdown: a pipe table; one column as paragraphs; names and values as labels."""
    rows = [row for row in rows if any(text for text, _ in row)]
    if not rows:
        return [], "table"
    width = max(len(row) for row in rows)
    if width == 1:
        # A box of one cell (a callout, a layout): its words, a paragraph a row.
        return [line for row in rows for line in (row[0][0], "")][:-1], "paragraph"
    if width == 2 and all(len(row) == 2 and row[0][1] and not row[1][1] for row in rows):
        # "<th>Owner</th><td>Ines</td>" on every row: a page's properties, each a label and its value.
        return [f"**{name.rstrip(':').strip()}:** {value}" for (name, _), (value, _) in rows], "paragraph"
    padded = width if width <= PADDED_COLUMNS else 0  # (short rows of a very wide table are left short)
    cells = [[text.replace("|", "\\|") for text, _ in row] + [""] * (padded - len(row)) for row in rows]
    return [pipe_row(cells[0]), pipe_row(["---"] * width), *(pipe_row(row) for row in cells[1:])], "table"


def pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
