"""Sections written as a numbered list of bold names, each section's text indented under its item.

"1. **Issue Summary**", then "   Duration: …", "   Impact: …"; "2. **Timeline**", then
"   - 14h30 - …": Markdown reads the whole report as one list, but a careful reader sees
headings, each over its own text. Each such item is rewritten as the heading it stands
for, and its indented text is moved back to the left margin, so the sections read as they
would under headings. Line for line: positions do not move.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key
from app.text_pieces import now_and_then

# "1. **Issue Summary**", "2) __Timeline:__" at the left margin, alone on its line. The spaces and an optional
# colon after the name are written so that no two runs of spaces can split one long run between them.
_LISTED_NAME = re.compile(r"(\d{1,2}[.)][ \t]+)(?:\*\*|__)([^*_\n]{2,60}?)[ \t]*:?(?:\*\*|__)[ \t]*(?::[ \t]*)?")
_FEWEST_NAMED = 2
"""One numbered bold line may be a list's item; two naming known sections are the report's outline."""
_LONGEST_NAME = 120  # characters of a heading looked up as a section's name


def listed_sections(lines: list[str], flags: Sequence[int]) -> list[str]:
    """The lines with each numbered bold section name as a heading and its indented text moved left;
    ``lines`` itself when the report is not written so."""
    items: list[tuple[int, int, str]] = []  # (index, width of the item's marker, name)
    for index, line in enumerate(lines):
        now_and_then(index)
        if not flags[index] or not line[:1].isdigit():
            continue
        if (found := _LISTED_NAME.fullmatch(line)) is not None:
            items.append((index, len(found.group(1)), found.group(2).strip()))
    named = [item for item in items if section_key(item[2]) is not None]
    if len(named) >= _FEWEST_NAMED and _has_named_headings(lines, flags):
        return lines  # a report with headings for its sections: a numbered bold line there is a list's item
    if len(named) < _FEWEST_NAMED or not any(_text_indented_under(lines, index, width) for index, width, _ in named):
        return lines
    new = list(lines)
    ends = [index for index, _, _ in items[1:]] + [len(lines)]
    for (index, width, name), end in zip(items, ends, strict=True):
        new[index] = f"## {name}"
        for below in range(index + 1, end):
            now_and_then(below)
            text = new[below]
            if text[:width].isspace() and len(text) >= width and text[:width] == " " * width:
                new[below] = text[width:]
            elif text.startswith("\t"):
                new[below] = text[1:]
    return new


def _has_named_headings(lines: Sequence[str], flags: Sequence[int]) -> bool:
    """Whether two "## Timeline"-like headings (below the title's level) already name the report's sections."""
    found = 0
    for index, line in enumerate(lines):
        now_and_then(index)
        if flags[index] and line.startswith("##"):
            name = line.lstrip("#")
            if name[:1] in (" ", "\t") and section_key(name.strip()[:_LONGEST_NAME]) is not None:
                found += 1
                if found >= _FEWEST_NAMED:
                    return True
    return False


def _text_indented_under(lines: Sequence[str], index: int, width: int) -> bool:
    """Whether the first line of text under the item is indented as the item's own text is."""
    for below in range(index + 1, min(index + 3, len(lines))):
        if lines[below].strip():
            return lines[below][:width] == " " * width or lines[below].startswith("\t")
    return False
