"""The title of a file that has no heading for it: its first line, standing alone, as a person reads it.

A Google Docs export writes the title as a bold line ("**Postmortem: Search
suggestions stale**"); a bug tracker's text copy starts with the bug's
summary ("Bug 4471 - Nightly backups skipped"). A short first line that is a
paragraph of its own, not a label, a sentence or a time, is the title.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.tokens import BULLET, TIME_LED, heading_of, is_table_line, split_label

_LONGEST_TITLE = 120
_BOLD = re.compile(r"(?:\*\*|__)(?P<text>[^*_\n]{3,120})(?:\*\*|__)")


def first_line_title(preamble: list[str]) -> str:
    """The first line of ``preamble`` when it reads as the title, taken out of it; else ``""``."""
    found = title_line(preamble)
    if found is None:
        return ""
    del preamble[found[0]]
    return found[1]


def title_line(lines: list[str]) -> tuple[int, str] | None:
    """Where the first line of ``lines`` is, and its text, when it reads as the title."""
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    line = lines[first].strip()
    alone = first + 1 >= len(lines) or not lines[first + 1].strip()
    if not alone or len(line) > _LONGEST_TITLE or not _could_be_title(lines[first]):
        return None
    bold = _BOLD.fullmatch(line)
    text = bold.group("text").strip() if bold else line
    if text.endswith((".", ":", "?", "!", ",", ";")) or (not bold and (split_label(text) or ("", ""))[1]):
        return None  # a sentence, or a "Label: value" line (a bold line of its own is the title: "**Postmortem: …**")
    return first, text


def _could_be_title(line: str) -> bool:
    stripped = line.strip()
    if heading_of(line) or BULLET.match(line) or is_table_line(line) or TIME_LED.match(line):
        return False
    return stripped[0] not in "<>[!`|-=+~%{" and any(char.isalpha() for char in stripped)
