"""Bullets without a time right under a timed paragraph: the details of that entry, not entries of their own.

    **02:22** - Ran the apply to update the endpoint
    - the tool saw a change in two resources
    - which recreated the resources depending on them

A reader sees one entry at 02:22 and two lines saying what it did: the bullets have no clock, start right under
the timed line (no blank line between) and the entries of the timeline are paragraphs, each led by its clock.
Written as Markdown nests them (the timed line a bullet, its details indented under it), the timeline's reader
keeps them with their entry. Only when every bullet of the run is untimed and unlabelled: "09:00 Checks began:"
over timed bullets is a heading of its own entries, and "- Actions Taken: …" a part of the template.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.timeline.kinds import kind_named
from app.formats.markdown_read.tokens import BULLET

# A paragraph led by its clock: "**02:22** - …", "02:22 – …", "_14:05_: …" (a bullet is no paragraph).
_TIMED_PARAGRAPH = re.compile(r"[ \t]{0,3}[*_]{0,2}[0-2]?\d[:.][0-5]\d\b")
_TIMED_BULLET = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+[*_]{0,2}[0-2]?\d[:.][0-5]\d\b")
# "- Actions Taken: …", "- **Detection Method:** …": a bullet labelled with a kind is a part of the template, no
# detail ("- **CRITICAL:** …" is one).
_LABELLED_BULLET = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+[*_]{0,2}([A-Z][A-Za-z /&-]{1,40}):")
_LONGEST_LINE = 2000


def details_nested(lines: list[str]) -> list[str]:
    """``lines`` with each run of untimed bullets right under a timed paragraph's line nested under it (that line
    made a bullet); the same list when there is none."""
    out: list[str] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if len(line) > _LONGEST_LINE or BULLET.match(line) or not _TIMED_PARAGRAPH.match(line):
            index += 1
            continue
        end = index + 1
        while end < len(lines) and len(lines[end]) <= _LONGEST_LINE and BULLET.match(lines[end]):
            if _TIMED_BULLET.match(lines[end]) or _names_a_kind(lines[end]):
                break
            end += 1
        run_ends = end >= len(lines) or not lines[end].strip()  # the run ends the paragraph
        if end == index + 1 or not run_ends:
            index = max(end, index + 1)
            continue
        out = out if out is not None else list(lines)
        out[index] = f"- {line.strip()}"
        for at in range(index + 1, end):
            out[at] = f"  {lines[at]}"
        index = end
    return lines if out is None else out


def _names_a_kind(line: str) -> bool:
    found = _LABELLED_BULLET.match(line)
    return found is not None and kind_named(found.group(1)) is not None
