"""Section names set in a quote of their own: ">**Timeline:**" over a lone ">", the section's text unquoted below.

Some writers mark each section's name by quoting it: a bold name after ">" on its own line, now and then a line of
only ">" under it, and the section's paragraphs or times below, outside the quote. A careful reader sees a heading
there, not a quotation: the quote holds nothing but the name. Each such name is written unquoted (the bold line the
readers of bold names know) and its lone ">" lines blank. Only when the document does it twice at least, and only
for a quote holding the name alone: a quote with words of its own ("> **Note:** the image is …") stays a quote.
Line for line, so positions do not move.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# ">**Issue Summary**", "> __Root Cause:__", "> **Impact**:": a bold name of a few words and nothing else.
_QUOTED_NAME = re.compile(r"[ \t]{0,3}>[ \t]{0,3}((?:\*\*|__)(?=[^\W_])[^*_\n]{1,60}?(?:\*\*|__):?)[ \t]*")
_LONE_MARK = re.compile(r"[ \t]{0,3}>[ \t]*")
_FEWEST = 2  # names quoted so: one quoted bold line may be a real quote's


def quoted_names_unquoted(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each quote that holds only a bold section name written as that name alone; the same list
    when the document has fewer than two such quotes."""
    found: list[tuple[int, str, list[int]]] = []
    index = 0
    while index < len(lines):
        name = _QUOTED_NAME.fullmatch(lines[index]) if flags[index] else None
        if name is None or (index > 0 and _quoted(lines[index - 1]) and not _LONE_MARK.fullmatch(lines[index - 1])):
            index += 1
            continue
        marks = [index - 1] if index > 0 and _LONE_MARK.fullmatch(lines[index - 1]) else []
        after = index + 1
        while after < len(lines) and flags[after] and _LONE_MARK.fullmatch(lines[after]):
            marks.append(after)
            after += 1
        if after < len(lines) and _quoted(lines[after]):
            index = after  # the quote goes on with words of its own: a quotation, kept
            continue
        found.append((index, name.group(1), marks))
        index = after
    if len(found) < _FEWEST:
        return lines
    out = list(lines)
    for at, name, marks in found:
        out[at] = name
        for mark in marks:
            out[mark] = ""
    return out


def _quoted(line: str) -> bool:
    return line.lstrip(" \t")[:1] == ">"
