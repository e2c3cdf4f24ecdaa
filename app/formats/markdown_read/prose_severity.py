"""The severity a report states in its sentences, when no label gives it.

"This was a SEV2 incident", "It was classified as P1", "It was a severity 1 incident by our own
definitions", "Incident declared, severity SEV-2": a reader takes the level from the sentence.
Only a level after a verb that states it (or after "severity") counts; "not a SEV1" and "would have
been a SEV1" do not. Read after everything else, from the introduction, the impact and the first
events, and only when the header gave none.
"""

from __future__ import annotations

import itertools
import re

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.labels import severity_of

_LEVEL = r"(?P<level>sev(?:erity)?[ \t-]?[0-4]|p[0-4])(?![\w.-]\w)"
_STATED = re.compile(
    r"\b(?P<verb>was|is|as|declared|classified|rated|graded|raised|upgraded|downgraded|escalated|filed|opened|became)"
    rf"[ \t]+(?:to[ \t]+|as[ \t]+|at[ \t]+)?(?:an?[ \t]+)?{_LEVEL}"
    rf"|\bseverity[ \t]*(?:[:=,][ \t]*|of[ \t]+)?(?P<named>(?:sev[ \t-]?)?[0-4])(?![\w.-]\w)",
    re.IGNORECASE,
)
# Words before the level that take the statement back: "not a SEV1", "would have been a SEV1".
_UNSAID = re.compile(r"\b(?:not|never|would|could|might|if|nor)\b[^.;]{0,20}$", re.IGNORECASE)
_LONGEST = 4000


def severity_from_prose(draft: Draft) -> None:
    """Fill the severity from the first sentence that states it, when nothing else gave one."""
    if draft.metadata.severity is not None:
        return
    events = (event.text for event in itertools.islice(draft.timeline, 30))
    texts = itertools.chain([draft.introduction or "", draft.summary.impact or ""], events)
    for text in texts:
        for found in itertools.islice(_STATED.finditer(text[:_LONGEST]), 20):
            if _UNSAID.search(text[max(0, found.start() - 40) : found.start() + len(found.group("verb") or "")]):
                continue
            level = severity_of(found.group("level") or f"SEV{found.group('named')[-1]}")
            if level is not None:
                draft.metadata.severity = level
                return
