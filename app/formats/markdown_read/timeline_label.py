"""A "Timeline:" label inside another section, over the timed list: that list is the timeline.

"## Description" telling what was changed, then "Timeline:" alone on its line over "* **11:45**: records
removed", "* **12:09**: first reports": the writer put the timeline inside the story's section. A careful reader
still reads the list as the incident's timeline. When no heading of the file names the timeline, such a label
(plain or bold, alone on its line, a blank line or a heading above it, a time-led line the next written one) is
written as a heading one level under the section it stands in; the section's other words stay where they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.tokens import TIME_LED, heading_of

# "Timeline:", "**Timeline**:", "__Timeline (all times UTC):__": a label alone on its line.
_LABEL = re.compile(r"[ \t]*(?:\*\*|__)?(?P<label>[A-Za-z][^*_:\n]{2,60}?)[ \t]*(?::(?:\*\*|__)?|(?:\*\*|__):)[ \t]*")
_PROSE_PARTS = (None, "introduction", "details")
_LOOK_AHEAD = 3  # blank lines between the label and its first entry, at most
_LINES_LOOKED_AT = 20_000


def timeline_label_as_heading(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with a "Timeline:" label over timed entries written as a heading, when no heading names one."""
    if not any("imeline" in line for line in lines[:_LINES_LOOKED_AT] if len(line) <= 80):
        return lines
    level = 0  # the level of the heading the line stands under, when the reader knows no part by its name
    found: tuple[int, int, str] | None = None  # the label's line, the level of its section, its words
    for number, line in enumerate(lines[:_LINES_LOOKED_AT]):
        if not flags[number]:
            continue
        heading = heading_of(line) if line.lstrip()[:1] == "#" else None
        if heading is not None:
            if section_key(heading[1]) == "timeline":
                return lines  # the file heads its timeline: a label elsewhere is some other part's
            # Under a heading naming a part read by its labels ("Issue Summary") or none (a plain-text report),
            # the label is read with that part's labels; a section of prose ("Description", "Details", one of the
            # story's own) keeps its text as written, and hides it.
            # (Not the title's "# …": a short note's labels under it are its parts, each read as such.)
            level = heading[0] if heading[0] > 1 and section_key(heading[1]) in _PROSE_PARTS else 0
            continue
        if not level or found is not None or len(line) > 80 or _in_a_paragraph(lines, number):
            continue
        label = _LABEL.fullmatch(line)
        if label is not None and section_key(label["label"]) == "timeline" and _entries_follow(lines, flags, number):
            found = (number, level, label["label"].strip())
    if found is None:
        return lines
    number, level, words = found
    out = list(lines)
    out[number] = f"{'#' * min(6, level + 1)} {words}"
    return out


def _in_a_paragraph(lines: list[str], number: int) -> bool:
    """Whether the line above ``lines[number]`` is written, and no heading: the label would end a paragraph."""
    above = lines[number - 1] if number else ""
    return bool(above.strip()) and not (above.lstrip()[:1] == "#" and heading_of(above) is not None)


def _entries_follow(lines: list[str], flags: Sequence[int], number: int) -> bool:
    for following in range(number + 1, min(len(lines), number + 2 + _LOOK_AHEAD)):
        if lines[following].strip():
            return bool(flags[following]) and TIME_LED.match(lines[following]) is not None
    return False
