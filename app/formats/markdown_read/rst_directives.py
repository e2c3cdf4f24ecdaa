"""reStructuredText directives a post-mortem uses, read as the Markdown they stand for.

``.. list-table::`` draws a table as a two-level list (``* - first cell`` /
``  - next cell``): a reader sees one row per ``*`` item, so it becomes a pipe
table, with ``:header-rows:`` naming how many rows head it. ``.. contents::``
asks for a table of contents: markup, with no words of the report. Other
directives keep their words (the argument, and the body unindented).
One pass over the directive's lines; string methods only.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.tables import LONGEST_LINE, pipe_row

# ".. list-table:: Follow-ups", ".. note::": a directive's name and its argument.
DIRECTIVE = re.compile(r"\.\.[ \t]+(?P<name>[A-Za-z][\w-]{0,40})::(?:[ \t]+(?P<argument>.*))?")
# ":header-rows: 1", ":local:": an option line under a directive.
_OPTION = re.compile(r"[ \t]+:(?P<name>[A-Za-z][\w-]{0,40}):(?:[ \t]+(?P<value>.*))?")
# The names of directives and options: markup, not words of the report.
MARKUP_WORDS = ("contents", "local", "depth", "backlinks", "header", "rows", "widths")


def directive_end(lines: list[str], start: int) -> int:
    """The index after the directive opened at ``start``: its indented lines, and blank lines among them."""
    end = start + 1
    last = start
    while end < len(lines) and (not lines[end].strip() or lines[end][:1] in (" ", "\t")):
        if lines[end].strip():
            last = end
        end += 1
    return last + 1


def directive(lines: list[str]) -> list[str]:
    """The Markdown for one directive: ``lines`` are its opening line and its indented body."""
    opening = DIRECTIVE.fullmatch(lines[0].strip())
    if opening is None or len(lines[0]) > LONGEST_LINE:
        return lines
    name = opening["name"].lower()
    argument = (opening["argument"] or "").strip()
    body = lines[1:]
    options: dict[str, str] = {}
    while body and (option := _OPTION.fullmatch(body[0])) is not None:
        options[option["name"].lower()] = (option["value"] or "").strip()
        body = body[1:]
    if name == "contents":
        return []  # a table of contents: the reader's headings are the report's own
    if name == "list-table":
        table = _list_table(body, options.get("header-rows", ""))
        if table is not None:
            return [*([argument, ""] if argument else []), *table]
    if name in _DIAGRAMS and (not argument or name in ("digraph", "graph")):
        # ".. graphviz::" over an inline "digraph { … }", ".. mermaid::": the drawing as a fenced block, as
        # Markdown writes one, with its lines as drawn (a file named in the argument stays a line of text).
        # ".. digraph:: name" holds only the graph's statements: its name and braces go round them.
        drawn = _unindented(body)
        if name in ("digraph", "graph"):
            drawn = [f"{name} {argument} {{".replace("  ", " "), *drawn, "}"]
        return [f"```{_DIAGRAMS[name]}", *drawn, "```"] if drawn else []
    words = [line.strip() for line in body]
    while words and not words[0]:
        words = words[1:]
    # An admonition (".. note::", ".. warning:: text") keeps its name as a label, as a reader sees it.
    label = f"**{opening['name'].capitalize()}:** " if name in _ADMONITIONS else ""
    if argument or label:
        return [f"{label}{argument}".rstrip(), *words]
    return words


_DIAGRAMS = {"graphviz": "dot", "digraph": "dot", "graph": "dot", "mermaid": "mermaid"}


def _unindented(body: list[str]) -> list[str]:
    """The directive's body without its common indent and the blank lines around it."""
    lines = list(body)
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    indent = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    return [line[indent:] for line in lines]


_ADMONITIONS = frozenset(("note", "warning", "important", "tip", "attention", "caution", "danger", "hint", "error"))


def _list_table(body: list[str], header_rows: str) -> list[str] | None:
    """``* - a`` / ``  - b`` rows as a pipe table; ``None`` when the body is not such a list."""
    rows: list[list[str]] = []
    for raw in body:
        line = raw.strip()
        if not line:
            continue
        if line.startswith("* - ") or line == "* -":
            rows.append([line[3:].strip()])
        elif line.startswith("- ") or line == "-":
            if not rows:
                return None
            rows[-1].append(line[1:].strip())
        elif rows:
            rows[-1][-1] = f"{rows[-1][-1]} {line}".strip()  # a cell's text goes on over lines
        else:
            return None
    if not rows:
        return None
    width = max(len(row) for row in rows)
    escaped = [[cell.replace("|", "\\|") for cell in row] for row in rows]
    # With no ":header-rows:" the first row names the columns all the same, as the reader takes it.
    heading = int(header_rows) if header_rows.isdigit() and 0 < int(header_rows) < len(rows) else 1
    padded = [row + [""] * (width - len(row)) for row in escaped]
    header = [" ".join(cells).strip() for cells in zip(*padded[:heading], strict=True)]
    return [
        pipe_row(header, width),
        pipe_row(["---"] * width, width),
        *(pipe_row(row, width) for row in padded[heading:]),
    ]
