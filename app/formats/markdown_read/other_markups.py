"""Post-mortems written in other plain-text markups, read as the Markdown they stand for.

Wiki pages (MediaWiki's ``== Timeline ==`` headings, ``'''bold'''`` and
``{| wikitable |}`` tables) and pandoc documents (a ``% title`` block, grid
tables drawn with ``+---+`` borders) are copied into post-mortem folders as
they are. A reader sees their headings and tables; the import rewrites those
lines into Markdown's before it reads the file, and leaves every word.
String methods and fixed-width checks only: each line is looked at once.
"""

from __future__ import annotations

import itertools
import re

from app.formats.markdown_syntax import outside_fences

_LONGEST_LINE = 20_000
# The attributes of a wiki table's opening line ("{| class="wikitable sortable"") are markup, not words.
MARKUP_WORDS = ("class", "wikitable", "sortable", "style", "cols", "options", "header")


def from_other_markups(lines: list[str], flags: list[bool]) -> list[str]:
    """``lines`` with MediaWiki headings, emphasis and tables, pandoc's title block and grid tables
    written as Markdown; a file with none of them comes back as it was."""
    if lines and lines[0].startswith("% ") and flags[0]:
        lines = _pandoc_title_block(lines)
        flags = outside_fences(lines)
    if any(_grid_border(line) for line, outside in zip(lines, flags, strict=True) if outside):
        lines = _grid_tables(lines, flags)
        flags = outside_fences(lines)
    if sum(1 for line, outside in zip(lines, flags, strict=True) if outside and wiki_heading(line)) >= 2:
        lines = _mediawiki(lines, flags)
    elif sum(1 for line, outside in zip(lines, flags, strict=True) if outside and asciidoc_heading(line)) >= 2:
        lines = _asciidoc(lines, flags)
    elif restructured_text(lines, flags):
        lines = _rst(lines, [True] * len(lines))  # rST has no fences: "~~~~" under a title is its underline
    return lines


# ---------------------------------------------------------------- MediaWiki


def wiki_heading(line: str) -> tuple[int, str] | None:
    """``(level, text)`` of a MediaWiki heading line (``== Timeline ==``), else ``None``."""
    if not line.startswith("=") or len(line) > _LONGEST_LINE:
        return None
    stripped = line.rstrip(" \t")
    level = len(stripped) - len(stripped.lstrip("="))
    closing = len(stripped) - len(stripped.rstrip("="))
    if level > 6 or closing != level or len(stripped) <= 2 * level:
        return None
    text = stripped[level:-level].strip(" \t")
    if not text or text.startswith("=") or text.endswith("="):
        return None
    return level, text


def _mediawiki(lines: list[str], flags: list[bool]) -> list[str]:
    out: list[str] = []
    # Where each table closes, found once: a file of unclosed "{|" lines must not be searched to its end from each.
    closing_after: list[int | None] = [None] * (len(lines) + 1)
    for position in range(len(lines) - 1, -1, -1):
        closing_after[position] = position if lines[position].startswith("|}") else closing_after[position + 1]
    index = 0
    while index < len(lines):
        line, outside = lines[index], flags[index]
        if outside and line.startswith("{|"):
            end = closing_after[index + 1]
            if end is not None:
                out.extend(_wikitable(lines[index + 1 : end]))
                index = end + 1
                continue
        if outside and (heading := wiki_heading(line)) is not None:
            out.append(f"{'#' * heading[0]} {_emphasis(heading[1])}")
        elif outside and line.startswith("#") and not line.startswith("#!") and len(line) <= _LONGEST_LINE:
            # "# item", "## nested item": MediaWiki's numbered list, not a Markdown heading.
            depth = len(line) - len(line.lstrip("#"))
            out.append("   " * (depth - 1) + "1. " + _emphasis(line[depth:].strip()))
        elif outside and len(line) <= _LONGEST_LINE:
            out.append(_emphasis(line))
        else:
            out.append(line)
        index += 1
    return out


def _emphasis(line: str) -> str:
    """``'''bold'''`` and ``''italic''`` as Markdown's."""
    if "''" not in line:
        return line
    return line.replace("'''", "**").replace("''", "_")


def _wikitable(rows_text: list[str]) -> list[str]:
    """The lines between ``{|`` and ``|}`` as a pipe table."""
    rows: list[list[tuple[bool, str]]] = [[]]
    for raw in rows_text:
        line = raw.strip()
        if line.startswith("|-"):
            rows.append([])
        elif line.startswith("|+"):
            continue  # a caption: kept below as a line of its own
        elif line.startswith("!"):
            rows[-1].extend((True, _cell(cell)) for cell in line[1:].replace("||", "!!").split("!!"))
        elif line.startswith("|"):
            rows[-1].extend((False, _cell(cell)) for cell in line[1:].split("||"))
        elif line and rows[-1]:  # a cell's text goes on over lines
            header, text = rows[-1][-1]
            rows[-1][-1] = (header, f"{text} {_emphasis(line)}".strip())
    rows = [row for row in rows if row]
    captions = [_emphasis(raw.strip()[2:].strip()) for raw in rows_text if raw.strip().startswith("|+")]
    if not rows:
        return captions
    width = max(len(row) for row in rows)
    if len(rows) > 1 and all(header for header, _ in rows[0]):
        header_row = [text for _, text in rows[0]]
        body = rows[1:]
    else:  # a label in each row's first cell: labelled facts, as a two-column table without a header
        header_row = [""] * width
        body = rows
    out = [*captions, _pipe(header_row, width), _pipe(["---"] * width, width)]
    for row in body:
        out.append(_pipe([f"**{text}**" if header and text else text for header, text in row], width))
    return out


def _cell(text: str) -> str:
    """A cell's text without its attributes (``style="…" | text``)."""
    text = text.strip()
    before, bar, after = text.partition(" | ")
    if bar and "=" in before and '"' in before:
        text = after.strip()
    return _emphasis(text).replace("|", "\\|")


def _pipe(cells: list[str], width: int) -> str:
    cells = [*cells, *[""] * (width - len(cells))]
    return "| " + " | ".join(cells) + " |"


# ---------------------------------------------------------------- pandoc


def _pandoc_title_block(lines: list[str]) -> list[str]:
    """pandoc's ``% title`` / ``% authors`` / ``% date`` lines as a title and labelled lines."""
    parts: list[str] = []
    count = 0
    while count < min(3, len(lines)) and lines[count].startswith("%"):
        parts.append(lines[count][1:].strip())
        count += 1
    title, authors, day = (*parts, "", "")[:3]
    # The date line dates the write-up: left as a line of its own, not as the incident's "Date:".
    out = [f"# {title}" if title else "", f"Authors: {authors}" if authors else "", day]
    return [*out[:count], *([""] if count < len(lines) and lines[count].strip() else []), *lines[count:]]


def _grid_border(line: str) -> bool:
    """``+-----+----+`` or ``+=====+====+``: a border line of a grid table."""
    stripped = line.strip()
    return (
        len(stripped) >= 3
        and stripped[0] == "+"
        and stripped[-1] == "+"
        and len(stripped) <= _LONGEST_LINE
        and not stripped.strip("+-=:")
        and ("-" in stripped or "=" in stripped)
    )


def _grid_tables(lines: list[str], flags: list[bool]) -> list[str]:
    out: list[str] = []
    index = 0
    while index < len(lines):
        if flags[index] and _grid_border(lines[index]):
            end = index + 1
            while end < len(lines) and flags[end] and (_grid_border(lines[end]) or lines[end].lstrip().startswith("|")):
                end += 1
            table = _grid_table(lines[index:end])
            out.extend(table if table is not None else lines[index:end])
            index = end
            continue
        out.append(lines[index])
        index += 1
    return out


_MOST_GRID_COLUMNS = 64


def _grid_table(block: list[str]) -> list[str] | None:
    """One grid table as a pipe table: a cell written over several lines is one cell."""
    border = block[0].strip()
    indent = len(block[0]) - len(block[0].lstrip())
    edges = [i for i, char in enumerate(border) if char == "+"]
    if not 2 <= len(edges) <= _MOST_GRID_COLUMNS + 1:
        return None  # no table has hundreds of columns: each row line would be cut into that many cells
    rows: list[list[str]] = []
    current: list[list[str]] | None = None
    for line in block[1:]:
        if _grid_border(line):
            if current is not None:
                rows.append([" ".join(" ".join(part).split()) for part in current])
                current = None
            continue
        text = line[indent:]
        cells = [text[start + 1 : end].strip() for start, end in itertools.pairwise(edges)]
        current = current or [[] for _ in cells]
        for part, cell in zip(current, cells, strict=False):
            if cell:
                part.append(cell.replace("|", "\\|"))
    if current is not None:
        rows.append([" ".join(" ".join(part).split()) for part in current])
    if not rows:
        return None
    # The first row is the header, whether or not a "+===+" line marks it (pandoc's headerless tables).
    width = len(edges) - 1
    return [_pipe(rows[0], width), _pipe(["---"] * width, width), *(_pipe(row, width) for row in rows[1:])]


# ---------------------------------------------------------------- AsciiDoc


def asciidoc_heading(line: str) -> tuple[int, str] | None:
    """``(level, text)`` of an AsciiDoc section title (``== Timeline``: one ``=`` more than Markdown's ``#``)."""
    if not line.startswith("=") or len(line) > _LONGEST_LINE:
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


def _asciidoc(lines: list[str], flags: list[bool]) -> list[str]:
    out: list[str] = []
    # Where the next "|===" is, found once: a file of unclosed tables must not be searched to its end from each.
    next_delimiter: list[int | None] = [None] * (len(lines) + 1)
    for position in range(len(lines) - 1, -1, -1):
        next_delimiter[position] = position if lines[position].strip() == "|===" else next_delimiter[position + 1]
    index = 0
    while index < len(lines):
        line, outside = lines[index], flags[index]
        index += 1
        if not outside or len(line) > _LONGEST_LINE:
            out.append(line)
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
    return [_pipe(escaped[0], width), _pipe(["---"] * width, width), *(_pipe(row, width) for row in escaped[1:])]


# ---------------------------------------------------------------- reStructuredText

# Characters rST underlines (and overlines) section titles with; the order of first use gives the level.
_RST_ADORNMENT = frozenset("=-~^*+#\"'`:.")


def _adornment(line: str) -> str | None:
    """The character of an rST title's underline ("~~~~~~"), or ``None``."""
    text = line.rstrip()
    if len(text) < 3 or len(text) > _LONGEST_LINE or text[0] not in _RST_ADORNMENT or text != text[0] * len(text):
        return None
    return text[0]


def _simple_table_border(line: str) -> list[tuple[int, int]] | None:
    """The columns of an rST simple table's border ("=====  ======"): runs of ``=`` split by spaces."""
    text = line.rstrip()
    if len(text) > _LONGEST_LINE or not text.startswith("=") or " " not in text or text.strip("= ") != "":
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


def restructured_text(lines: list[str], flags: list[bool]) -> bool:
    """Whether the file is reStructuredText: a title over- and underlined, or one underlined with ``~``, ``^``, …

    Markdown underlines with ``=`` and ``-`` only; an rST underline is at least as long as its title.
    """
    for index in range(1, min(len(lines) - 1, 2000)):
        text = lines[index].rstrip()
        # The underline's own flag is not asked: to Markdown a "~~~~" line opens a fence, to rST it underlines.
        mark = _adornment(lines[index + 1]) if flags[index] and text.strip() else None
        if mark is None or _adornment(text) is not None or len(lines[index + 1].rstrip()) < len(text):
            continue
        if mark in "~^\"'`+#" or _adornment(lines[index - 1]) == mark:
            return True
    return False


def _rst(lines: list[str], flags: list[bool]) -> list[str]:
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
        elif flags[index] and (columns := _simple_table_border(line)) is not None:
            end = index + 1
            while end < len(lines) and lines[end].strip() and end - index < 5000:
                end += 1
            out.extend(_rst_table(lines[index:end], columns))
            index = end
        else:
            field = _ATTRIBUTE.fullmatch(line) if flags[index] else None
            out.append(f"{field.group('name')}: {field.group('value')}".rstrip() if field else line)
            index += 1
    return out


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
    return [_pipe(header, width), _pipe(["---"] * width, width), *(_pipe(row, width) for row in escaped[header_rows:])]
