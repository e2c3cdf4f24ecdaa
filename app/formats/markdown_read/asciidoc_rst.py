"""AsciiDoc and reStructuredText post-mortems, read as the Markdown they stand for.

AsciiDoc's ``== Timeline`` headings and ``|===`` tables, reStructuredText's
underlined headings and simple tables drawn with ``=====`` borders: rewritten
into Markdown's before the file is read, leaving every word. String methods
and fixed-width checks only: each line is looked at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.rst_definitions import rst_definition_at
from app.formats.markdown_read.rst_directives import DIRECTIVE, directive, directive_end
from app.formats.markdown_read.tables import LONGEST_LINE, pipe_row

# ---------------------------------------------------------------- AsciiDoc


def asciidoc_heading(line: str) -> tuple[int, str] | None:
    """``(level, text)`` of an AsciiDoc section title (``== Timeline``: one ``=`` more than Markdown's ``#``)."""
    if not line.startswith("=") or len(line) > LONGEST_LINE:
        return None
    level = len(line) - len(line.lstrip("="))
    text = line[level:]
    if level > 6 or text[:1] not in (" ", "\t") or not text.strip() or text.rstrip().endswith("="):
        return None
    return level, text.strip()


# ":author: Nadia Petrova", "[cols="1,4"]", "*Severity:* SEV2 +": a document attribute, a block's attributes,
# a constrained bold label and a hard line break.
_ATTRIBUTE = re.compile(r":(?P<name>[A-Za-z][\w-]{0,40}):[ \t]*(?P<value>.*)")
_BLOCK_ATTRIBUTES = re.compile(r"\[[^\[\]\n]{1,200}\]")
_BOLD_LEAD = re.compile(r"\*(?P<label>[^*\n]{1,60}?)\*(?=[ \t]|$)")
# "Start:: 2026-05-19 13:10 UTC": a description list's term and its definition on the line (a "[horizontal]" one).
_DESCRIPTION = re.compile(r"(?P<term>[A-Za-z][^:\n]{0,60}?)::(?:[ \t]+(?P<value>.*))?")
# The header's author line under the title: "Nadia Petrova <nadia@example.com>; Carlos Mendes".
_AUTHOR = r"[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,3}(?:[ \t]+<[^<>\s]{3,80}>)?"
_AUTHOR_LINE = re.compile(rf"{_AUTHOR}(?:[ \t]*;[ \t]*{_AUTHOR}){{0,9}}")
# Its revision line: "v1.1, 2026-05-22", "v2.0, 2026-05-22: after the review", or the date alone.
_REVISION_LINE = re.compile(r"(?:v?\d[\w.]{0,15},[ \t]*)?\d{4}-\d{2}-\d{2}(?::[ \t].*)?|v\d[\w.]{0,15}(?:,[ \t].*)?")


def _asciidoc_header(lines: list[str], flags: Sequence[int]) -> dict[int, str]:
    """The author and revision lines right under the document's ``= Title``, as labelled lines."""
    start = next((index for index, line in enumerate(lines[:50]) if line.strip()), None)
    if start is None or not flags[start] or not lines[start].startswith("= "):
        return {}
    found: dict[int, str] = {}
    index = start + 1
    if index < len(lines) and len(lines[index]) <= 500 and _AUTHOR_LINE.fullmatch(lines[index].strip()):
        found[index] = f"Authors: {lines[index].strip()}"
        index += 1
    if index < len(lines) and len(lines[index]) <= 500 and _REVISION_LINE.fullmatch(lines[index].strip()):
        found[index] = f"Revision: {lines[index].strip()}"
    return found


def asciidoc(lines: list[str], flags: Sequence[int]) -> list[str]:
    out: list[str] = []
    # Where the next "|===" is, found once: a file of unclosed tables must not be searched to its end from each.
    next_delimiter: list[int | None] = [None] * (len(lines) + 1)
    for position in range(len(lines) - 1, -1, -1):
        next_delimiter[position] = position if lines[position].strip() == "|===" else next_delimiter[position + 1]
    header = _asciidoc_header(lines, flags)
    index = 0
    while index < len(lines):
        line, outside = lines[index], flags[index]
        index += 1
        if not outside or len(line) > LONGEST_LINE:
            out.append(line)
        elif index - 1 in header:
            out.append(header[index - 1])
        elif (heading := asciidoc_heading(line)) is not None:
            out.append(f"{'#' * heading[0]} {heading[1]}")
        elif line.strip() == "|===":
            end = next_delimiter[index]
            if end is None:
                out.append(line)
                continue
            out.extend(_asciidoc_table(lines[index:end]))
            index = end + 1
        elif _BLOCK_ATTRIBUTES.fullmatch(line.strip()):
            continue  # '[cols="1,4"]': how the next block is drawn
        elif (attribute := _ATTRIBUTE.fullmatch(line)) is not None:
            out.append(f"{attribute.group('name')}: {attribute.group('value')}".rstrip())
        elif (described := _DESCRIPTION.fullmatch(line)) is not None:
            out.append(f"{described.group('term')}: {described.group('value') or ''}".rstrip())
        else:
            if line.endswith(" +"):
                line = line[:-2].rstrip()  # a hard line break: the line ends there anyway
            bold = _BOLD_LEAD.match(line) if not line.startswith(("* ", "**")) else None
            out.append(f"**{bold.group('label')}**{line[bold.end() :]}" if bold else line)
    return out


def _asciidoc_table(rows_text: list[str]) -> list[str]:
    """The lines between two ``|===`` as a pipe table: the first line's cells count the columns and name them."""
    cells: list[str] = []
    width = 0
    for raw in rows_text:
        line = raw.strip()
        if not line:
            continue
        if line.startswith("|"):
            parts = [part.strip() for part in line[1:].split("|")]
            width = width or len(parts)
            cells.extend(parts)
        elif cells:
            cells[-1] = f"{cells[-1]} {line}".strip()  # a cell's text goes on over lines
    if width == 0:
        return rows_text
    rows = [cells[start : start + width] for start in range(0, len(cells), width)]
    escaped = [[cell.replace("|", "\\|") for cell in row] for row in rows]
    return [
        pipe_row(escaped[0], width),
        pipe_row(["---"] * width, width),
        *(pipe_row(row, width) for row in escaped[1:]),
    ]


# ---------------------------------------------------------------- reStructuredText

# Characters rST underlines (and overlines) section titles with; the order of first use gives the level.
_RST_ADORNMENT = frozenset("=-~^*+#\"'`:.")


def _adornment(line: str) -> str | None:
    """The character of an rST title's underline ("~~~~~~"), or ``None``."""
    text = line.rstrip()
    if len(text) < 3 or len(text) > LONGEST_LINE or text[0] not in _RST_ADORNMENT or text != text[0] * len(text):
        return None
    return text[0]


def _simple_table_border(line: str) -> list[tuple[int, int]] | None:
    """The columns of an rST simple table's border ("=====  ======"): runs of ``=`` split by spaces."""
    text = line.rstrip()
    if len(text) > LONGEST_LINE or not text.startswith("=") or " " not in text or text.strip("= ") != "":
        return None
    columns: list[tuple[int, int]] = []
    start = None
    for position, char in enumerate(text + " "):
        if char == "=" and start is None:
            start = position
        elif char == " " and start is not None:
            columns.append((start, position))
            start = None
    return columns if len(columns) >= 2 else None


def restructured_text(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether the file is reStructuredText: a title over- and underlined, or one underlined with ``~``, ``^``, …

    Markdown underlines with ``=`` and ``-`` only; an rST underline is at least as long as its title.
    """
    directives = 0
    for index in range(1, min(len(lines) - 1, 2000)):
        text = lines[index].rstrip()
        if lines[index].startswith("..") and DIRECTIVE.fullmatch(text) is not None:
            directives += 1  # ".. list-table::", ".. contents::": rST's own syntax, no other markup's
        # Over- and underlined alike: a title (its rules a character short of it or long, as typed by hand).
        # Not a line between two code blocks: the "```" closing one and the "```" opening the next.
        over = _adornment(lines[index - 1]) if flags[index] and flags[index - 1] and text.strip() else None
        if over is not None and _adornment(text) is None and lines[index - 1].rstrip() == lines[index + 1].rstrip():
            return True
        # The underline's own flag is not asked: to Markdown a "~~~~" line opens a fence, to rST it underlines.
        mark = _adornment(lines[index + 1]) if flags[index] and text.strip() else None
        if mark is None or _adornment(text) is not None or len(lines[index + 1].rstrip()) < len(text):
            continue
        if mark in "~^\"'`+#" or _adornment(lines[index - 1]) == mark or directives:
            return True
    return False


def rst(lines: list[str], flags: Sequence[int]) -> list[str]:
    """The file with its rST titles as Markdown headings, its field list as labels and simple tables as pipe tables.

    The one title adorned in a style of its own is the document's title; every other title is a section
    (post-mortems nest their sections under "Timeline" by accident of the adornment chosen more often than
    on purpose, and a known section must be found wherever it stands).
    """
    titles: list[tuple[int, str, str, int]] = []  # (line, style, text, lines used)
    index = 0
    while index < len(lines):
        line = lines[index]
        over = _adornment(line) if flags[index] else None
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if over is not None and index + 2 < len(lines) and following.strip() and _adornment(lines[index + 2]) == over:
            titles.append((index, f"over{over}", following.strip(), 3))  # over- and underlined: a style of its own
            index += 3
            continue
        under = _adornment(following) if flags[index] and line.strip() and over is None else None
        if under is not None and (index == 0 or not lines[index - 1].strip()):
            titles.append((index, under, line.strip(), 2))
            index += 2
            continue
        index += 1
    styles = [style for _, style, _, _ in titles]
    title_style = styles[0] if styles and styles.count(styles[0]) == 1 else None
    at = {start: (text, used, 1 if style == title_style else 2) for start, style, text, used in titles}
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in at:
            text, used, level = at[index]
            out.append(f"{'#' * level} {text}")
            index += used
        elif flags[index] and line.startswith("..") and DIRECTIVE.fullmatch(line.rstrip()) is not None:
            end = directive_end(lines, index)
            out.extend(directive(lines[index:end]))
            index = end
        elif flags[index] and (columns := _simple_table_border(line)) is not None:
            end = index + 1
            while end < len(lines) and lines[end].strip() and end - index < 5000:
                end += 1
            out.extend(_rst_table(lines[index:end], columns))
            index = end
        elif (definition := rst_definition_at(lines, flags, index)) is not None:
            out.append(definition[0])
            index = definition[1]
        else:
            field = _RST_FIELD.fullmatch(line) if flags[index] else None
            name = field.group("name") if field else ""
            if name.lower() == "date" and len(titles) > 1 and index < titles[1][0]:
                # The docinfo's ":Date:" (above the first section) dates the document, as rST defines it:
                # the incident's day is the one the report tells.
                name = "Document date"
            value = field.group("value").strip() if field else ""
            index += 1
            while field and index < len(lines) and lines[index][:1] in (" ", "\t") and lines[index].strip():
                value = f"{value} {lines[index].strip()}"  # the field's value, wrapped onto lines indented under it
                index += 1
            out.append(f"{name}: {value}".rstrip() if field else line)
    return out


# An rST field ":Root cause: …": its name may have spaces, as the reference's labels do.
_RST_FIELD = re.compile(r":(?P<name>[A-Za-z][\w-]{0,40}(?: [\w-]{1,40}){0,4}):[ \t]*(?P<value>.*)")


# A cell that is a labelled value: "Date: 2026-01-28", "Author: Trond Berg".
_CELL_LABEL = re.compile(r"[A-Za-z][\w -]{0,30}:[ \t]+\S")


def _rst_table(block: list[str], columns: list[tuple[int, int]]) -> list[str]:
    """An rST simple table as a pipe table: the rows above the second border are the header."""
    rows: list[list[str]] = []
    borders: list[int] = []
    for line in block[1:]:
        if _simple_table_border(line) is not None:
            borders.append(len(rows))
            continue
        # The last column runs to the end of the line.
        last = len(columns) - 1
        cells = [
            line[start : (end if number < last else len(line))].strip() for number, (start, end) in enumerate(columns)
        ]
        if all(not cell.strip("-") for cell in cells):
            continue  # "------------ ----": the rule under a row that spans columns; no words
        if not cells[0] and rows:  # a continuation line: more text for the row above
            rows[-1] = [f"{old} {new}".strip() for old, new in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
    if not rows:
        return block
    width = len(columns)
    escaped = [[cell.replace("|", "\\|") for cell in row] for row in rows]
    # Three borders: the rows above the middle one are the header; two: the table has none, its first row names it.
    header_rows = borders[0] if len(borders) >= 2 and borders[0] else 1
    header = [" ".join(cells).strip() for cells in zip(*escaped[:header_rows], strict=True)]
    if len(rows) == header_rows and all(_CELL_LABEL.match(cell) for cell in header if cell):
        # "Date: 2026-01-28 | Author: Trond Berg" drawn as a table of one row: the header's labelled lines
        return [" ".join(cells).strip() for cells in zip(*rows, strict=True) if any(cells)]
    return [
        pipe_row(header, width),
        pipe_row(["---"] * width, width),
        *(pipe_row(row, width) for row in escaped[header_rows:]),
    ]
