"""Terms and their definitions on lines of their own ("Date" over ": Thursday, September 6, 2024") as labels.

Pandoc's and PHP Markdown Extra's definition lists write a term on its line and its value under it after a
colon, a blank line between them or none; a web page's two-column facts ("Date" in one box, ": 6 Sep 2024" in
the next) come out of the HTML the same way. A reader reads "Date: Thursday, September 6, 2024", as a labelled
line says it: the labels' readers (the window's "Time: 10:15 AM - 10:45 AM WIB", the status) then know it.
A timeline's "14:03" over ": text" is left to the timeline's own reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.tokens import TIME_LED

# The term: a few words and no mark a line of another kind starts with (a bullet, a heading, a table, a quote).
_TERM = re.compile(r"[ ]{0,3}(?P<term>[^\W\d_][\w'’()/&-]{0,30}(?:[ \t][\w'’()/&-]{1,30}){0,3})[ \t]*")
# The definition: a colon, a space, then its words (Pandoc allows up to three spaces before it, and a tilde).
_DEFINITION = re.compile(r"[ ]{0,3}[:~][ \t]+(?P<value>\S[^\n]*)")
_LONGEST_TERM = 80
_LONGEST_DEFINITION = 300


def definitions_as_labels(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each term over its definition written as one "Term: definition" line; the same list when
    there are none."""
    out: list[str] | None = None
    index = 0
    while index < len(lines):
        found = _definition_after(lines, flags, index)
        if found is None:
            if out is not None:
                out.append(lines[index])
            index += 1
            continue
        if out is None:
            out = lines[:index]
        value_at, value = found
        out.append(f"{lines[index].strip()}: {value}")
        index = value_at + 1
    return lines if out is None else out


def _definition_after(lines: list[str], flags: Sequence[int], index: int) -> tuple[int, str] | None:
    """Where the definition of the term on ``lines[index]`` stands and its words, or ``None`` when it is no term."""
    line = lines[index]
    if not flags[index] or not line.strip() or len(line) > _LONGEST_TERM or TIME_LED.match(line):
        return None
    if _TERM.fullmatch(line) is None or (index > 0 and lines[index - 1].strip() and flags[index - 1]):
        return None  # a term stands apart from the text above it (else it is a paragraph's last line)
    value_at = index + 1
    if value_at < len(lines) and not lines[value_at].strip():
        value_at += 1
    if value_at >= len(lines) or not flags[value_at] or len(lines[value_at]) > _LONGEST_DEFINITION:
        return None
    definition = _DEFINITION.fullmatch(lines[value_at])
    return None if definition is None else (value_at, definition["value"].strip())
