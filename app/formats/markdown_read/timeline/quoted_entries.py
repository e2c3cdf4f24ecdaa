"""A timeline written as a block quote: "> 9:00 AM: alert fired" lines, some wrapped onto unquoted lines.

A writer who sets the timeline apart as a quote still writes one entry a line; a careful reader reads the times
as they read any list of timed lines. The quote's marks are taken off (one level, and only when the quoted lines
are the timeline: two or more of them start with a time and they are most of its lines), and the lines are read
as the entries they are. A quote among other entries (a customer's message under its time) stays a quote.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.tokens import TIME_LED

_QUOTE = re.compile(r" {0,3}>[ \t]?")
_TIMED_QUOTES = 2
"""Quoted lines led by a time that make the quote the timeline rather than a quote in it."""
_LOOKED_AT = 2000
"""Lines looked at to decide: a timeline is never longer, and a huge section is not scanned whole."""


def unquoted_timeline(lines: list[str]) -> list[str]:
    """``lines`` without their quote marks when the timeline is written as one quote (see the module)."""
    looked = lines[:_LOOKED_AT]
    quoted = timed = text_lines = 0
    for line in looked:
        if not line.strip():
            continue
        text_lines += 1
        mark = _QUOTE.match(line)
        if mark is not None:
            quoted += 1
            timed += TIME_LED.match(line[mark.end() :]) is not None
    if timed < _TIMED_QUOTES or quoted * 2 < text_lines or len(lines) > _LOOKED_AT:
        return lines
    out: list[str] = []
    for line in lines:
        mark = _QUOTE.match(line)
        out.append(line[mark.end() :] if mark is not None else line)
    return out
