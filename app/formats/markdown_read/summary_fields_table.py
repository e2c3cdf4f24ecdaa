"""An Issue Summary opening with a table of its fields, then prose: the table read as the header's labels.

"## 🧾 Resumo do problema" over "| Impacto | … |" and "| Severidade | Crítica |" rows, then "A causa raiz foi …":
the rows are the incident's fields (the summary's reader reads the prose after them).
"""

from __future__ import annotations

import dataclasses
import re

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.header import read_metadata
from app.formats.markdown_read.tables import table_cells


def fields_table_read(draft: Draft, section: Section) -> Section:
    """The summary with its table of fields ("| Impacto | … |", "| Severidade | Crítica |") read as the header's
    labelled lines are, when prose follows the table ("A causa raiz foi …"); what the table held that is no
    field stays, as written, under the section's heading."""
    lines = section.lines
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None or not lines[first].lstrip().startswith("|"):
        return section
    end = first
    while end < len(lines) and lines[end].lstrip().startswith("|"):
        end += 1
    if end == len(lines) or not any(line.strip() for line in lines[end:]):
        return section  # a table alone: the section is the incident's details, read as such elsewhere
    if any(len(table_cells(line)) != 2 for line in lines[first:end]):
        return section
    leftover = read_metadata(draft, lines[first:end])
    draft.keep(section, [line for line in leftover.split("\n") if line.strip()])
    return dataclasses.replace(section, lines=lines[:first] + lines[end:])


# The header of a table that says its rows are fields: "||Field||Value||" in Jira, "| Key | Value |".
_FIELD_HEADERS = {("field", "value"), ("key", "value"), ("property", "value"), ("attribute", "value")}
_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?")
_MOST_ROWS = 60  # a table of the incident's fields, not a long table of data


def read_closing_fields_table(draft: Draft, lines: list[str]) -> None:
    """Prose, then a table headed "Field | Value" with "Start", "Impact", "Root cause" rows (as a Jira page
    closes its summary): the rows read as the header's labelled lines are. The table stays as written, as a
    key-value table in the header does."""
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    first = end
    while first > 0 and end - first <= _MOST_ROWS and lines[first - 1].lstrip().startswith("|"):
        first -= 1
    if end - first < 3 or any(len(table_cells(line)) != 2 for line in lines[first:end]):
        return
    if tuple(cell.strip(" \t*_").lower() for cell in table_cells(lines[first])) not in _FIELD_HEADERS:
        return
    read_metadata(draft, [line for line in lines[first + 1 : end] if not _RULE.fullmatch(line.strip())])
