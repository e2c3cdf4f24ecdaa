"""Measures each written as a numbered sub-heading over its own explanation, with no list:

    ## Prevention
    ### 1. Back up the configuration regularly
    Copy the file before any change: …
    ### 2. Validate before restarting
    Run the config check first.

A reader sees two improvements, named by the sub-headings; the explanations (prose, code) stay as written.
Only when every sub-heading of the section is numbered and there are two or more: "### Background" among them
is a section of the author's, not a measure.

So too when the sub-headings have lists under them, each beside the measure's own words (a label such as
"**Options:**", a sentence, a code block): "### 3. Test in staging first" over "**Process:**" and its steps. The
bullets spell out that measure (how, what it covers) and are no tasks of their own; they stay as written. A
section with a box to tick, or a sub-heading over a bare list, is read as its lists say.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.tokens import BULLET, heading_of
from app.formats.markdown_syntax import outside_fences

# "1. ", "2) ", "3、", "(4) ", "（5）" before the measure's name.
_NUMBERED = re.compile(r"[ \t]*(?:\d{1,2}[.)、:：]|[(（]\d{1,2}[)）])[ \t]*(?P<name>\S.{0,150})")
_LEAST = 2


def numbered_heading_measures(lines: list[str]) -> list[str]:
    """The names of the measures ``lines`` write as numbered sub-headings, or ``[]`` when they do not."""
    names: list[str] = []
    for line, outside in zip(lines, outside_fences(lines), strict=True):
        heading = heading_of(line) if outside else None
        if heading is None:
            continue
        numbered = _NUMBERED.fullmatch(heading[1].strip())
        if numbered is None:
            return []  # a heading of another kind: the section is the author's own, not a list of measures
        names.append(numbered.group("name").strip().strip("*_` ").rstrip(" \t:："))
    return names if len(names) >= _LEAST and all(names) else []


_CHECKBOX = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[ xX]\]")
_LONGEST_SECTION = 2000  # lines of a measures section looked at
_FENCES = ("```", "~~~")


def detailed_heading_measures(lines: list[str]) -> list[str]:
    """The measures named by numbered sub-headings, each over its own words as well as any list; ``[]`` else."""
    lines = lines[:_LONGEST_SECTION]
    names = numbered_heading_measures(lines)
    if not names or any(_CHECKBOX.match(line) for line in lines):
        return []
    blocks: list[list[str]] = []
    for line, outside in zip(lines, outside_fences(lines), strict=True):
        if outside and heading_of(line) is not None:
            blocks.append([])
        elif blocks and outside and line.strip() and not line.lstrip().startswith(_FENCES):
            blocks[-1].append(line)
        elif line.strip() and not blocks:
            return []  # words above the first sub-heading: the section is the author's own
    # Each sub-heading has words of its own at the margin beside its list and code ("**Options:**", a sentence);
    # a bullet's wrapped line is no such words, nor is code alone, which may sit over the measure's own list.
    if not all(any(line[:1] not in (" ", "\t") and BULLET.match(line) is None for line in block) for block in blocks):
        return []
    return names
