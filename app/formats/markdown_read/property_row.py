"""A database page's properties as one row of a table under the title (Notion's export):

    | Date | Severity | Owner | Status | Service |
    | --- | --- | --- | --- | --- |
    | April 22, 2026 | SEV1 | Tomás Herrera | Done | webhooks-dispatcher |

The header reads a two-column table as labels and values, row by row; this is the same fields turned on their
side, the names across the top and one row of values. The table stays as written; its pairs are read as the
labelled lines "Service: webhooks-dispatcher" they say.
"""

from __future__ import annotations

from app.formats.markdown_read.tables import parse_table, table_cells
from app.formats.markdown_read.tokens import is_table_line

_FEWEST_COLUMNS = 3
_MOST_LINES_LOOKED_AT = 40


def property_row_labels(lines: list[str]) -> list[str]:
    """ "Name: value" for each filled cell of the first table among ``lines``, when it is one row of values
    under a row of names; else nothing."""
    start = next((i for i, line in enumerate(lines[:_MOST_LINES_LOOKED_AT]) if is_table_line(line)), None)
    if start is None:
        return []
    end = start
    while end < len(lines) and end - start < 4 and is_table_line(lines[end]):
        end += 1
    table = lines[start:end]
    parsed = parse_table(table) if len(table) == 3 else None
    if parsed is None or len(parsed[0]) < _FEWEST_COLUMNS:
        return []
    names = [cell.strip(" \t*_") for cell in table_cells(table[0])]
    if not all(names):
        return []
    return [f"{name}: {value}" for name, value in zip(names, parsed[1][0], strict=False) if value.strip()]
