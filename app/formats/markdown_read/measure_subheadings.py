"""Measures each written as a numbered sub-heading over its own explanation, with no list:

    ## Prevention
    ### 1. Back up the configuration regularly
    Copy the file before any change: …
    ### 2. Validate before restarting
    Run the config check first.

A reader sees two improvements, named by the sub-headings; the explanations (prose, code) stay as written.
Only when every sub-heading of the section is numbered and there are two or more: "### Background" among them
is a section of the author's, not a measure.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.tokens import heading_of
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
