"""A Google Docs "Download as Markdown" file, read as the page it was.

Google Docs writes its Markdown for a renderer, not a reader: every character that could be markup is
backslash-escaped ("ticket \\#4471", "re\\-sent", "invoice\\_id", "\\~45s", "batch 7\\."), even inside code
spans, and every table gets an empty header row, its real header (often bold) being the first row below the
rule::

    |  |  |
    | :---- | :---- |
    | **Time (UTC)** | **Event** |
    | 09:02 | First run starts |

A reader sees "#4471", "re-sent", and a table headed "Time (UTC) | Event". Here the escapes that change
nothing in how the text reads are taken away (those that keep a line from turning into a heading, a list, or
emphasis stay), and such a table is headed by its first row. One pass over the lines, string methods only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.tables import LONGEST_LINE, is_table_rule, pipe_row, table_cells
from app.formats.markdown_read.task_tables import DUE_COLUMNS, OWNER_COLUMNS, STATUS_COLUMNS, TASK_TEXT_COLUMNS
from app.formats.markdown_read.timeline.blocks import TIME_COLUMNS
from app.formats.markdown_read.tokens import name_key, without_bold

# Escapes a reader never needs mid-line: none of these starts markup after a word or a space.
_PLAIN = frozenset("#-.+()!~=:;,'\"?/$%&@{}^")
# An escaped hyphen between two letters or digits ("re\-sent"): only a converter writes one, never a person.
_CONVERTER_ESCAPE = re.compile(r"[A-Za-z0-9]\\[-_.][A-Za-z0-9]")


def written_by_a_converter(lines: Sequence[str], flags: Sequence[int]) -> bool:
    """Whether the text escapes inside words ("re\\-sent", "invoice\\_id"), as Google Docs' export does."""
    return any(
        flags[index] and "\\" in line and len(line) <= LONGEST_LINE and _CONVERTER_ESCAPE.search(line)
        for index, line in enumerate(lines)
    )


def unescaped(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with the converter's needless escapes taken away (code spans too: the converter escapes in them
    as well, where a backslash would otherwise show); the same list when nothing changed."""
    out: list[str] | None = None
    for index, line in enumerate(lines):
        new = line
        if flags[index] and "\\" in line and len(line) <= LONGEST_LINE:
            new = _unescaped_line(line)
        if new != line and out is None:
            out = lines[:index]
        if out is not None:
            out.append(new)
    return lines if out is None else out


def _unescaped_line(line: str) -> str:
    indent = len(line) - len(line.lstrip(" \t>"))
    pieces: list[str] = [line[:indent]]
    position = indent
    while True:
        found = line.find("\\", position)
        if found < 0 or found + 1 >= len(line):
            pieces.append(line[position:])
            break
        pieces.append(line[position:found])
        char = line[found + 1]
        if _drops(line, found, char, at_start=found == indent):
            pieces.append(char)
        else:
            pieces.append(line[found : found + 2])
        position = found + 2
    return "".join(pieces)


def _drops(line: str, found: int, char: str, *, at_start: bool) -> bool:
    """Whether the escape of ``char`` at ``found`` changes nothing a reader sees once taken away."""
    before = line[found - 1 : found]
    after = line[found + 2 : found + 3]
    if char == "_":
        return before.isalnum() and after.isalnum()  # "invoice\_id": no emphasis inside a word
    if char not in _PLAIN:
        return False
    if at_start:
        # "\- Run IDs" is the dash a writer typed to start a list item; "\# of" would become a heading.
        return char == "-" and after == " " and line[found + 3 : found + 4] not in ("", "-", " ")
    if char == "." or char == ")":
        return not line[:found].strip(" \t>").isdigit()  # "1\. Rotate" at a line's start stays a sentence
    if char == "~":
        return line[found + 2 : found + 3] != "~" and before != "~"
    return True


def headed_by_first_row(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each table whose header row is empty headed by its first row instead (its bold taken
    away); the same list when there is none."""
    out: list[str] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if (
            flags[index]
            and _empty_header(line)
            and index + 2 < len(lines)
            and is_table_rule(lines[index + 1])
            and len(lines[index + 2]) <= LONGEST_LINE
            and lines[index + 2].lstrip().startswith("|")
            and _names_columns(table_cells(lines[index + 2]))
        ):
            width = len(table_cells(line))
            header = [without_bold(cell) for cell in table_cells(lines[index + 2])]
            if out is None:
                out = lines[:index]
            out.extend([pipe_row(header, width), lines[index + 1]])
            index += 3
            continue
        if out is not None:
            out.append(line)
        index += 1
    return lines if out is None else out


def _empty_header(line: str) -> bool:
    stripped = line.strip()
    return (
        len(stripped) <= 400
        and stripped.startswith("|")
        and stripped.count("|") >= 3
        and not stripped.replace("|", "").strip(" \t")
    )


def _names_columns(cells: list[str]) -> bool:
    """Whether a first row names the columns: every cell of it bold (as the converter writes a header), or a
    time's column, or a task's text beside one of its fields. ("| Severity | SEV2 |" under an empty header is a
    table of labels, each row its own: it stays as written.)"""
    filled = [cell for cell in cells if cell]
    if len(filled) < 2:
        return False
    if all(cell.startswith("**") and cell.endswith("**") and len(cell) > 4 for cell in filled):
        return True
    names = [name_key(cell) for cell in filled]
    # "Time (UTC)", "Timestamp (CET)": a time's column, whatever zone it names.
    if any(name.partition(" (")[0] in (*TIME_COLUMNS, "timestamp", "date and time") for name in names):
        return True
    fields = (*OWNER_COLUMNS, *DUE_COLUMNS, *STATUS_COLUMNS)
    return any(name in TASK_TEXT_COLUMNS for name in names) and any(name in fields for name in names)
