"""A whole post-mortem pasted inside a code fence: "```markdown" over the report, as a chat assistant gives it.

A student asks a chat assistant for "a more concise version", pastes its answer with the fence it came in,
and often without the closing fence. A reader sees the report inside, not a block of code: when a fence
marked as Markdown holds the headings of a report's parts, its fence lines go and its lines are read.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.tokens import heading_of

_OPENS = re.compile(r"[ \t]{0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*", re.IGNORECASE)
# The info string's word is the fence's, not the author's.
MARKUP_WORDS = ("markdown", "md")
_FEWEST_PARTS = 2


def unfenced_report(lines: list[str]) -> list[str]:
    """``lines`` without the fence lines around a report written inside a Markdown fence; else ``lines``."""
    start = next((index for index, line in enumerate(lines) if _OPENS.fullmatch(line)), None)
    if start is None:
        return lines
    fence = _OPENS.fullmatch(lines[start]).group("fence")
    closing = re.compile(rf"[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*")
    end = next((index for index in range(start + 1, len(lines)) if closing.fullmatch(lines[index])), len(lines))
    parts = {section_key(found[1]) for line in lines[start + 1 : end] if (found := heading_of(line))} - {None}
    if len(parts) < _FEWEST_PARTS:
        return lines
    return [*lines[:start], *lines[start + 1 : end], *lines[end + 1 :]]
