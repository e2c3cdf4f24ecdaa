"""Notion toggles ("▸ **Impact**" over what it holds) told from "►" bullets, as a careful reader tells them.

Notion's own Markdown export writes a toggle as a plain bullet ("- Impact") with what it holds indented four
spaces below it (its blank lines holding those spaces); a toggle named as a section is that section.

A word processor writes "►"/"▶" as a bullet character too ("► Add an alert on queue depth"); only a line that
stands apart as a name over content is a toggle, and heads a section. One pass over the lines, holding no
list of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.tables import LONGEST_LINE
from app.formats.markdown_read.tokens import heading_of, split_label
from app.text_pieces import in_turns

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
    for index, line in in_turns(enumerate(lines)):
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


# "- Timeline (all times Central, CDT)": a bullet holding a short name and nothing else.
_BULLET_TOGGLE = re.compile(r"(?P<indent>[ \t]*)[-*+][ \t]+(?P<name>[^ \t\[].{0,99})")
# "**15:20 UTC:** 🛠️ **Root Cause Identified**", "2024-03-05 09:10 Impact noticed": a name led by a clock or a
# date is a timeline entry with its text below it, whatever words its title uses, never a toggle.
# (A numbered name, "1.1 Timeline", is not a clock: only a colon's clock, a year's date or a slashed day count.)
_TIME_LED = re.compile(r"[*_`]{0,2}(?:\d{1,2}:\d{2}|\d{4}[-/.]\d{1,2}|\d{1,2}/\d{1,2})")


def bullet_toggles(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each toggle of a Notion export named as a section ("- Impact" over lines indented
    deeper) written as a heading one level under the heading above it, and what it holds taken out of the
    indentation (a line of spaces as a blank line); the same list when there is none.

    A bullet heads a toggle only when the first line with text under it is indented deeper than it (the
    lines between blank): a list's items with a line of text each stay a list. One pass.
    """
    out: list[str] | None = None
    level = 1  # the level of the heading above
    sections_only = _top_bullets_all_sections(lines, flags)
    inside: int | None = None  # the indentation of the toggle being taken out, while in one
    for index, line in in_turns(enumerate(lines)):
        new = line
        if inside is not None:
            if not line.strip():
                new = ""
            elif _indent(line) > inside:
                new = _out_of_toggle(line[inside:])
            else:
                inside = None
        if inside is None and flags[index] and len(line) <= LONGEST_LINE:
            if line.startswith("#") and (heading := heading_of(line)) is not None:
                level = heading[0]
            elif (toggle := _BULLET_TOGGLE.fullmatch(line)) is not None and _holds(lines, index):
                name = toggle.group("name").strip()
                # "- **Root cause:** a new rule …" wrapping onto an indented line is a label and its value, not a name.
                labelled = (split_label(name) or ("", ""))[1]
                key = section_key(name) if not _TIME_LED.match(name) and not labelled else None
                # A bullet over a list is a toggle only when it holds the timeline, alone: "- **Tasks:**" over
                # its numbered tasks, "- **Impact:**" over "- Bad." in a summary, are items of the section's list.
                holds_a_list = _holds_a_list(lines, index)
                alone = key == "timeline" and _alone(lines, index)
                if key is not None and (not holds_a_list or alone or (sections_only and not toggle.group("indent"))):
                    new = f"{'#' * min(level + 1, 6)} {name}"
                    inside = len(toggle.group("indent"))
        if new is not line and out is None:
            out = lines[:index]
        if out is not None:
            out.append(new)
    return lines if out is None else out


_FEWEST_TOP_SECTIONS = 3


def _top_bullets_all_sections(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether the document is written as a list of its sections: three or more bullets at the margin, each a
    section's name over what it holds indented below it, and no other bullet at the margin ("* Summary" over
    its paragraph, "* Timeline" over its entries, "* Resolution and Recovery." over its steps). Then a name
    over a list heads a section too: it is not an item beside others of a list."""
    named = 0
    for index, line in in_turns(enumerate(lines)):
        if not flags[index] or line[:1] not in ("-", "*", "+") or len(line) > LONGEST_LINE:
            continue
        toggle = _BULLET_TOGGLE.fullmatch(line)
        if toggle is None:
            continue  # "---", "***": a rule, not a bullet
        name = toggle.group("name").strip().strip("*_").strip()
        if _TIME_LED.match(name) or section_key(name) is None or not _holds(lines, index):
            return False
        named += 1
    return named >= _FEWEST_TOP_SECTIONS


def _holds(lines: list[str], index: int) -> bool:
    """Whether the line after ``index`` is blank or indented deeper, and the first with text is indented deeper."""
    if index + 1 >= len(lines):
        return False
    below = _next_with_text(lines, index + 1)
    if below is None or below - index > 3:
        return False
    indent = _indent(lines[index])
    return _indent(lines[below]) >= indent + 2 or lines[below][indent : indent + 1] == "\t"


def _holds_a_list(lines: list[str], index: int) -> bool:
    below = _next_with_text(lines, index + 1)
    return below is not None and bool(_LIST_ITEM.match(lines[below]))


_LOOKED_PAST = 200
"""Lines looked at above and below a bullet for one beside it: a toggle's list is shorter than this."""


def _alone(lines: list[str], index: int) -> bool:
    """Whether no list item stands beside the bullet at ``index`` (at its indentation, only lines indented deeper
    or blank between): "- Timeline (CET)" alone over its nested entries is a Notion toggle; "* Impact" over
    "    * Nobody could order lunch." beside "* Duration" is an item of a nested list."""
    indent = _indent(lines[index])
    for step in (-1, 1):
        position = index + step
        while 0 <= position < len(lines) and abs(position - index) <= _LOOKED_PAST:
            line = lines[position]
            if line.strip() and _indent(line) <= indent:
                if _indent(line) == indent and _LIST_ITEM.match(line):
                    return False
                break
            position += step
        else:
            if 0 <= position < len(lines):
                return False  # (a list too long to look past: read as the list it may be)
    return True


# A list item's marker: a toggle holds text, a list nested under an item is the list's.
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")


def _out_of_toggle(rest: str) -> str:
    """A line held in a toggle (its toggle's indentation cut already) without the toggle's own: a tab or up to
    four spaces."""
    if rest[:1] == "\t":
        return rest[1:]
    return rest[min(4, len(rest) - len(rest.lstrip(" "))) :]
