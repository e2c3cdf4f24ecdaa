"""Notion toggles ("▸ **Impact**" over what it holds) told from "►" bullets, as a careful reader tells them.

A word processor writes "►"/"▶" as a bullet character too ("► Add an alert on queue depth"); only a line that
stands apart as a name over content is a toggle, and heads a section. One pass over the lines, holding no
list of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.tables import LONGEST_LINE

_ARROWS = "▸▶►▾▼"
# "▸ **Impact**", "▶ Timeline": a toggle copied from Notion, heading what is inside it.
_TOGGLE = re.compile(r"[ \t]*[▸▶►▾▼][ \t\u00a0]+(?P<name>\S.{0,99})")


def toggle_name(line: str) -> str | None:
    """The name a toggle line gives the section it heads."""
    toggle = _TOGGLE.fullmatch(line)
    return toggle.group("name").strip() if toggle is not None else None


def toggle_lines(lines: list[str], flags: Sequence[int]) -> set[int]:
    """The lines that are Notion toggles heading what follows.

    A toggle is a name standing apart: a blank line (or the top) above it, a blank or indented line below it and
    content after that, no other arrow line as its nearest neighbour above or below (a run of them is a list,
    "► Add an alert …", "► Rotate the keys"), and a name that is not a time ("▶ 14:05 Deploy started" is an entry).
    """
    found: set[int] = set()
    above: int | None = None  # the last line with text
    for index, line in enumerate(lines):
        if not line or line.isspace():
            continue
        if _is_arrow(line, flags[index]) and index + 1 < len(lines):
            toggle = _TOGGLE.fullmatch(line) if len(line) <= LONGEST_LINE else None
            below = _next_with_text(lines, index + 1)
            apart = above is None or above < index - 1
            after = lines[index + 1]
            holds = below is not None and (below > index + 1 or _indent(after) > _indent(line))
            alone = not (above is not None and _is_arrow(lines[above], flags[above]))
            alone = alone and not (below is not None and _is_arrow(lines[below], flags[below]))
            if toggle is not None and not toggle.group("name")[:1].isdigit() and apart and holds and alone:
                found.add(index)
        above = index
    return found


def _is_arrow(line: str, outside: int) -> bool:
    return bool(outside) and line.lstrip(" \t")[:1] in _ARROWS


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _next_with_text(lines: list[str], start: int) -> int | None:
    """The first line from ``start`` on with text (blank lines between are looked at once, by one arrow line)."""
    for index in range(start, len(lines)):
        if lines[index] and not lines[index].isspace():
            return index
    return None
