"""Decoration a reader looks past: a rule drawn under every heading, a bullet written inside bold.

Some writers draw a line of dashes under each "## Timeline:" heading, as if it were underlined (Markdown
shows a heading, then a horizontal rule). A reader sees a heading: the rule is no text of its section, and
left there it opened the timeline, the summary's labels and the cause as a stray "-------" line.

A word processor's bullet copied inside bold ("**•<tab>00:05 PDT:** Users saw errors") is a list item
whose lead is bold: "- **00:05 PDT:** Users saw errors". Left as it was, its tab made the lines a
spreadsheet's table, and the bullet hid the time that leads the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.tables import LONGEST_LINE
from app.formats.markdown_read.tokens import heading_of

# A line of three or more dashes or equals signs and nothing else (a setext underline, a rule).
_UNDERLINE = re.compile(r" {0,3}(?:-{3,}|={3,})[ \t]*")
# "**•<tab>" / "__• " opening a line: a bullet inside the bold that leads the item.
_BOLD_BULLET = re.compile(r"([ \t]{0,8})(\*\*|__)[•◦▪●‣∙][ \t\u00a0]+(?=\S)")


def without_heading_underlines(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` without the rules written right under ATX headings, and with bullets inside bold written as
    list items; the same list when there are none.

    Only when two or more headings are underlined so: a single rule under one heading may be the writer's
    way to close a short section, and it is kept as it was."""
    underlined = [
        index + 1
        for index in range(len(lines) - 1)
        if flags[index]
        and flags[index + 1]
        and lines[index].lstrip(" ")[:1] == "#"
        and len(lines[index + 1]) <= 200
        and _UNDERLINE.fullmatch(lines[index + 1])
        and heading_of(lines[index]) is not None
    ]
    drop = set(underlined) if len(underlined) >= 2 else set()
    out: list[str] | None = None
    for index, line in enumerate(lines):
        new = line
        if index in drop:
            new = None
        elif flags[index] and line.lstrip(" \t")[:2] in ("**", "__") and len(line) <= LONGEST_LINE:
            new = _unbolded_bullet(line)
        if new is not line and out is None:
            out = lines[:index]
        if out is not None and new is not None:
            out.append(new)
    return lines if out is None else out


def _unbolded_bullet(line: str) -> str:
    """ "**•<tab>text**" as "- **text**" (the same string when the line opens otherwise)."""
    found = _BOLD_BULLET.match(line)
    if found is None:
        return line
    return f"{found.group(1)}- {found.group(2)}{line[found.end() :]}"
