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
from collections.abc import Sequence

from app.formats.markdown_read.asciidoc_rst import asciidoc, asciidoc_heading, restructured_text, rst
from app.formats.markdown_read.jira_org import from_jira, from_org, is_jira, is_org
from app.formats.markdown_read.rst_substitutions import substitutions_put_in
from app.formats.markdown_read.tables import LONGEST_LINE, pipe_row
from app.formats.markdown_read.tool_exports import from_tool_exports
from app.formats.markdown_syntax import flagged_lines, outside_fences

# The attributes of a wiki table's opening line ("{| class="wikitable sortable"") are markup, not words.
MARKUP_WORDS = ("class", "wikitable", "sortable", "style", "cols", "options", "header")
# DokuWiki's marks and box classes ("<note warning>", "<WRAP center round>", "~~NOTOC~~"): its reader is loaded
# only for its pages, the no-loss check knows these words always.
MARKUP_WORDS += ("note", "wrap", "notoc", "nocache", "nowiki", "tag", "round", "box", "center", "column", "half")
MARKUP_WORDS += ("left", "right", "clear", "third", "code", "file")
# Textile's attributes ("|{background:#ddd}. x|", "%{color:red}late%", "table{border:1px solid}."), read by its own
# module, loaded only for its pages: the no-loss check knows these words always.
MARKUP_WORDS += ("background", "color", "border", "align", "width", "padding", "font", "weight", "px", "em", "toc")
MARKUP_WORDS += ("red", "orange", "white", "black", "lightgreen", "lightgrey", "pink", "table", "bc", "bq", "pre", "fn")
MARKUP_WORDS += ("notextile", "collapse")


def from_other_markups(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with Org's and Jira's markup, MediaWiki headings, emphasis and tables, pandoc's title block
    and grid tables, AsciiDoc and reStructuredText written as Markdown; a file with none comes back as it was."""
    if any(line.lstrip(" \t").startswith("#lang pollen") for line in lines[:20]):
        # Racket's Pollen ("◊section{Impact}", "◊ol{◊item{…}}"): its reader is loaded for such files only.
        from app.formats.markdown_read.pollen import from_pollen, is_pollen

        if is_pollen(lines, flags):
            lines = from_pollen(lines)
            flags = outside_fences(lines)
    if is_org(lines, flags):
        lines = from_org(lines, flags)
        flags = outside_fences(lines)
    elif is_textile(lines, flags):
        # Redmine's and Basecamp's Textile: its reader is loaded for such pages only.
        from app.formats.markdown_read.textile import from_textile

        lines = from_textile(lines, flags)
        flags = outside_fences(lines)
    elif is_jira(lines, flags):
        lines = from_jira(lines, flags)
        flags = outside_fences(lines)
    if lines and lines[0].startswith("% ") and flags[0]:
        lines = _pandoc_title_block(lines)
        flags = outside_fences(lines)
    if any(_grid_border(line) for line, outside in flagged_lines(lines, flags) if outside):
        lines = _grid_tables(lines, flags)
        flags = outside_fences(lines)
    if any(outside and has_wiki_tables(line) for line, outside in flagged_lines(lines, flags)):
        # Trac's and MoinMoin's "||a||b||" rows, Textile's "|_. a |": their reader is loaded for such pages only.
        from app.formats.markdown_read.wiki_tables import from_wiki_tables

        lines = from_wiki_tables(lines, flags)
        flags = outside_fences(lines)
    flagged = lines  # the lines ``flags`` are of
    if sum(1 for line, outside in flagged_lines(lines, flags) if outside and wiki_heading(line)) >= 2:
        # DokuWiki's headings look like MediaWiki's, numbered the other way: its reader is loaded for such pages only.
        from app.formats.markdown_read.dokuwiki import from_dokuwiki, is_dokuwiki

        lines = from_dokuwiki(lines, flags) if is_dokuwiki(lines, flags) else _mediawiki(lines, flags)
    elif sum(1 for line, outside in flagged_lines(lines, flags) if outside and asciidoc_heading(line)) >= 2:
        lines = asciidoc(lines, flags)
    elif restructured_text(lines, flags):
        lines = rst(lines, [True] * len(lines))  # rST has no fences: "~~~~" under a title is its underline
        lines = substitutions_put_in(lines)  # "[|date|] Deviation Report" under ".. |date| replace:: 2026-01-28"
    return from_tool_exports(lines, flags if lines is flagged else outside_fences(lines))


# Marks only Textile writes at a line's start ("p. ", "bc. ", "|_. Time |", "table{…}.", Redmine's "{{toc}}"),
# and those only Jira's wiki markup writes (its "h2. " headings, "bq. " and "*bold*" are Textile's too).
_TEXTILE_OPENINGS = ("p. ", "bc. ", "bc.. ", "pre. ", "|_.", "table{", "table(", "{{toc}}", "{{>toc}}", "{{<toc}}")
_JIRA_OPENINGS = ("||", "{code", "{noformat", "{panel", "{quote}", "{color")
_TEXTILE_HEADINGS = ("h1. ", "h2. ", "h3. ", "h4. ", "h5. ", "h6. ")


def is_textile(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether the file is written in Textile: two of its own marks (a ``p. `` paragraph, a ``bc. `` block, a ``|_.``
    header row, a ``"text":https://…`` link, ``{{toc}}``), or one under an ``h2. `` heading; none of Jira's."""
    marks = headings = 0
    for line, outside in flagged_lines(lines, flags):
        if not outside:
            continue
        opening = line[:12].lstrip()
        if opening.startswith(_JIRA_OPENINGS):
            return False
        if opening.startswith(_TEXTILE_HEADINGS):
            headings += 1
        elif opening.startswith(_TEXTILE_OPENINGS) or '":http' in line[:LONGEST_LINE]:
            marks += 1
    return marks >= 2 or (marks >= 1 and headings >= 1)


def has_wiki_tables(line: str) -> bool:
    """Whether a line is a Trac/MoinMoin table row, a Textile header row, or holds Trac's ``[[BR]]`` (a cheap look:
    ``wiki_tables`` reads them)."""
    opening = line.lstrip()[:3]
    return opening[:2] == "||" or opening == "|_." or "[[BR]]" in line


# ---------------------------------------------------------------- MediaWiki


def wiki_heading(line: str) -> tuple[int, str] | None:
    """``(level, text)`` of a MediaWiki heading line (``== Timeline ==``), else ``None``."""
    if not line.startswith("=") or len(line) > LONGEST_LINE:
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


def _mediawiki(lines: list[str], flags: Sequence[int]) -> list[str]:
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
        elif outside and line.startswith("#") and not line.startswith("#!") and len(line) <= LONGEST_LINE:
            # "# item", "## nested item": MediaWiki's numbered list, not a Markdown heading.
            depth = len(line) - len(line.lstrip("#"))
            out.append("   " * (depth - 1) + "1. " + _status_templates(_emphasis(line[depth:].strip())))
        elif outside and len(line) <= LONGEST_LINE:
            out.append(_status_templates(_emphasis(line)))
        else:
            out.append(line)
        index += 1
    return out


# Status templates as wikis write them: "{{Done}}", "{{Not done}}", "{{Doing}}", "{{tick}}".
_STATUS_TEMPLATE = re.compile(r"\{\{[ \t]*([A-Za-z ]{1,16}|[✓✔✗✘])[ \t]*\}\}")
_TEMPLATE_STATUSES = {
    **dict.fromkeys(("done", "resolved", "fixed", "tick", "y", "yes", "check", "completed", "✓", "✔"), "Done"),
    **dict.fromkeys(("not done", "open", "to do", "todo", "cross", "n", "no", "✗", "✘"), "Open"),
    **dict.fromkeys(("doing", "in progress", "partly done", "partially done", "ongoing", "pending"), "In progress"),
}


def _status_templates(line: str) -> str:
    """A status template as its word: closing a line ("… Due: 2024-08-30 {{Done}}") as the task's status after
    a dash ("… — Done"), elsewhere as the word in the sentence. Other templates stay as written."""
    if "{{" not in line:
        return line

    def word(found: re.Match[str]) -> str:
        status = _TEMPLATE_STATUSES.get(" ".join(found.group(1).lower().split()))
        if status is None:
            return found.group(0)
        before = line[: found.start()].rstrip()
        closing = not line[found.end() :].strip() and before.lstrip("*#: \t") != ""
        if not closing:
            return status.lower()  # "With the fix {{done}}, …": a word of the sentence
        return status if before.endswith(("—", "–", "-")) else f" — {status}"

    return _STATUS_TEMPLATE.sub(word, line).replace("  — ", " — ")


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
    out = [*captions, pipe_row(header_row, width), pipe_row(["---"] * width, width)]
    for row in body:
        out.append(pipe_row([f"**{text}**" if header and text else text for header, text in row], width))
    return out


def _cell(text: str) -> str:
    """A cell's text without its attributes (``style="…" | text``)."""
    text = text.strip()
    before, bar, after = text.partition(" | ")
    if bar and "=" in before and '"' in before:
        text = after.strip()
    return _emphasis(text).replace("|", "\\|")


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
        and len(stripped) <= LONGEST_LINE
        and not stripped.strip("+-=:")
        and ("-" in stripped or "=" in stripped)
    )


def _grid_tables(lines: list[str], flags: Sequence[int]) -> list[str]:
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
    return [pipe_row(rows[0], width), pipe_row(["---"] * width, width), *(pipe_row(row, width) for row in rows[1:])]
