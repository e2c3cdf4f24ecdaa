"""HTML tables written inside a Markdown post-mortem, read as the pipe tables they stand for.

GitHub renders raw HTML in Markdown, and writers use it where pipe tables fall short: a timeline or the action
items as ``<table><tr><th>Action</th><th>Owner</th>…``, a cell holding ``<br>`` or ``<code>``. A reader sees a
table like any other; each such table is handed to the page reader (``html_page``) and comes back as Markdown,
so that every part of the import (timeline, tasks, labelled facts) reads it as it reads a pipe table.

One pass over the lines; a table's lines are read once, by the page reader's single-pass tokenizer. A
``<table>`` never closed, or longer than any real one, is left as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.formats.markdown_read.html_page import page_as_markdown
from app.formats.markdown_read.tables import LONGEST_LINE

_MOST_TABLE_LINES = 5000


def opens_a_table(line: str) -> bool:
    """Whether ``line`` starts with an HTML ``<table>`` tag (indented three spaces at most, as Markdown allows)."""
    text = line.lstrip(" ")
    return len(line) - len(text) <= 3 and text[:6].lower() == "<table" and text[6:7] in (">", " ", "\t", "")


def html_tables_as_markdown(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each HTML table that opens a line written as Markdown (see the module's docstring)."""
    closing = _closing_lines(lines, flags)
    out: list[str] = []
    index = 0
    changed = False
    while index < len(lines):
        line = lines[index]
        end = closing[index]
        if (
            flags[index]
            and len(line) <= LONGEST_LINE
            and end is not None
            and end - index < _MOST_TABLE_LINES
            and opens_a_table(line)
        ):
            out.extend(_table_markdown(lines[index : end + 1]))
            index = end + 1
            changed = True
            continue
        out.append(line)
        index += 1
    return out if changed else lines


def _closing_lines(lines: list[str], flags: Sequence[int]) -> list[int | None]:
    """For each line, the first line from it on that holds ``</table>``, with no code fence or overlong line
    between; found in one pass from the end, so that a file of unclosed ``<table>`` lines is not searched from
    each of them."""
    closing: list[int | None] = [None] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not flags[index] or len(line) > LONGEST_LINE:
            closing[index] = None
        elif "</table" in line.lower():
            closing[index] = index
        else:
            closing[index] = closing[index + 1]
    return closing


def _table_markdown(block: list[str]) -> list[str]:
    """The table's lines as Markdown, a blank line round it; words after ``</table>`` on its line stay after it."""
    last = block[-1]
    cut = last.lower().rfind("</table")
    close = last.find(">", cut)
    close = len(last) if close < 0 else close + 1
    after = last[close:].strip()
    html = "\n".join([*block[:-1], last[:close]])
    table = page_as_markdown(html).rstrip("\n").split("\n")
    return ["", *table, "", *([after, ""] if after else [])]
