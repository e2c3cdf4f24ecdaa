"""The answer under a retrospective's "What can be improved" when it says what must be done.

    ### What can be improved
    Additional storage size allocation monitoring needs to be introduced.

A retrospective's "What could be improved" usually lists what went badly ("The alert fired late"): lessons, kept
where they were written. When its sentences say what needs to be done ("needs to be introduced", "we should add",
"must be reviewed"), they are the measures in the team's words: a careful reader copies them into the improvements,
as the report has no list of its own. The text stays where it was written.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.tokens import heading_of, name_key

_ASKED = frozenset(
    (
        *("what can be improved", "what could be improved", "what should be improved", "what to improve"),
        *("what should we improve", "what can we improve", "what could we improve", "what we should improve"),
    )
)
# A sentence saying what is to be done: "needs to be introduced", "we should add", "must be reviewed".
_TO_BE_DONE = re.compile(
    r"\b(?:needs?|has|have)[ \t]+to[ \t]+be\b|\b(?:we|the[ \t]+team)[ \t]+(?:need|needs|have|has)[ \t]+to\b"
    # ("We should have paged sooner" regrets the past: a lesson, not a measure.)
    r"|\b(?:should|must)[ \t]+(?!have\b)\w+",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z])")
_LIST_MARK = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_LONGEST_TEXT = 20_000
_MOST_LINES = 20


def improvements_answered(draft: Draft) -> None:
    """Copy the sentences under "What can be improved" that say what must be done, when no measure was read."""
    measures = draft.measures
    if measures.tasks or measures.improvements:
        return
    texts = [draft.introduction or "", draft.closing_notes or "", *(kept.body for kept in draft.kept)]
    for text in texts:
        lines = text[:_LONGEST_TEXT].split("\n")
        for index, line in enumerate(lines):
            heading = heading_of(line)
            if heading is None or name_key(heading[1]).rstrip("?") not in _ASKED:
                continue
            answer = _answer(lines[index + 1 : index + 1 + _MOST_LINES])
            if answer and all(_TO_BE_DONE.search(sentence) for sentence in answer):
                measures.improvements.extend(answer)


def _answer(lines: list[str]) -> list[str]:
    """The sentences (or list items) of the lines up to the next heading."""
    found: list[str] = []
    for line in lines:
        if heading_of(line) is not None:
            break
        if not line.strip():
            continue
        marker = _LIST_MARK.match(line)
        text = line[marker.end() :] if marker else line
        found.extend(part.strip() for part in _SENTENCE_END.split(text.strip()) if part.strip())
    return found
