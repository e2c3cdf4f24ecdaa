"""Bold labels the writer opened and never closed: "**Root Cause:" over its paragraph, "**Backups: keep …".

Some writers open the bold before a section's name or a label and forget the closing marks. Markdown then shows
two stray asterisks, but a careful reader still sees the name ("**Incident Timeline:" alone on its line) or the
label ("**Local Copies: Keep a copy …") the writer meant to set in bold. Each such line is written with its
bold closed after the colon, so that the readers of bold names and labels know it. Only when the paragraph holds
no other bold marks: there, the marks may close on a later line (a bold sentence wrapped by hand). Line for line,
so positions do not move.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "**Name:" (or "__Name:") opening the line: a short name, its colon, then the rest of the line or nothing.
# (A name opens with a letter: "**10:05 UTC: …" is a time, and its colon no label's.)
_OPEN_LABEL = re.compile(r"([ \t]{0,3})(\*\*|__)(?=[^\W\d_])([^*_:\n]{1,60}?)[ \t]*:(?=[ \t]|$)")
_LONGEST_PARAGRAPH = 200  # lines looked through for a closing mark


def closed_bold_labels(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each bold label opened and never closed written closed ("**Name:**"); the same list when
    there is none."""
    out: list[str] | None = None
    for index, line in enumerate(lines):
        if not flags[index] or line.lstrip(" \t")[:2] not in ("**", "__"):
            continue
        found = _OPEN_LABEL.match(line)
        if found is None or found.group(2) in line[found.end() :] or not _alone_in_paragraph(lines, index, found):
            continue
        out = out if out is not None else list(lines)
        indent, mark, name = found.group(1), found.group(2), found.group(3).rstrip()
        out[index] = f"{indent}{mark}{name}:{mark}{line[found.end() :]}"
    return lines if out is None else out


def _alone_in_paragraph(lines: list[str], index: int, found: re.Match[str]) -> bool:
    """Whether no other line of the paragraph around ``index`` holds the label's mark (one that could close
    it): a bold sentence wrapped over two lines is closed where it ends."""
    mark = found.group(2)
    before = index - 1
    while before >= max(0, index - _LONGEST_PARAGRAPH) and lines[before].strip():
        if mark in lines[before]:
            return False
        before -= 1
    after = index + 1
    while after < min(len(lines), index + _LONGEST_PARAGRAPH) and lines[after].strip():
        if mark in lines[after]:
            return False
        after += 1
    return True
