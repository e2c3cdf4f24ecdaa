"""Improvements promised in the story's own words when the report has no measures section.

An event's write-up ends each problem's section with what the team will change: "Next time we will use more
powerful machines for checkers and stress test the game with more load." With no "Action items" or
"Improvements" anywhere, a careful reader lists those promises as the improvements; the sentences also stay
where they were written.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_syntax import outside_fences

# "Next time we will …", "In the future, we'll …", "Going forward we are going to …": a promise, to its full stop.
_PROMISE = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)(?P<promise>(?:next[ \t]+time|in[ \t]+(?:the[ \t]+)?future|going[ \t]+forward|"
    r"from[ \t]+now[ \t]+on),?[ \t]+we(?:[ \t]+will|'ll|’ll|[ \t]+are[ \t]+going[ \t]+to|[ \t]+plan[ \t]+to)"
    r"[ \t]+[^.!?]{3,300}[.!]?)",
    re.IGNORECASE,
)
_SECTIONS_LOOKED_AT = 200
_LONGEST_PARAGRAPH = 20_000
_MOST = 20


def promises_as_improvements(draft: Draft) -> None:
    """With no measures read, each "Next time we will …" sentence of the text kept as written is an
    improvement."""
    measures = draft.measures
    if measures.improvements or measures.tasks:
        return
    found: list[str] = []
    for kept in draft.kept[:_SECTIONS_LOOKED_AT]:
        lines = kept.body.split("\n")
        paragraph: list[str] = []
        for line, outside in zip([*lines, ""], [*outside_fences(lines), True], strict=True):
            if outside and line.strip() and not line.lstrip().startswith(("#", "|", ">")):
                paragraph.append(line.strip())
                continue
            text = " ".join(paragraph)[:_LONGEST_PARAGRAPH]
            paragraph = []
            found.extend(match.group("promise").strip() for match in _PROMISE.finditer(text))
            if len(found) >= _MOST:
                break
    measures.improvements.extend(found[:_MOST])
