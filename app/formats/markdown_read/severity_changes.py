"""A severity raised or lowered as the incident went on: the level it was moved to last is the incident's.

"The service desk logged it as a priority 2 incident … At 07:25 the incident was upgraded to priority 1":
a careful reader records P1, where the incident ended up, not P2, the first level written. Read from the
same texts as the stated severity (``prose_severity``), and only when no label gave one.
"""

from __future__ import annotations

import itertools
import re

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.labels import severity_of

_LEVEL = r"(?:sev(?:erity)?[ \t-]?[0-4]|p[0-4]|priority[ \t-]?[0-4])(?![\w.-]\w)"
# "was upgraded to priority 1", "raised it from P3 to P2", "bumped to SEV1", "escalated to a SEV-1", "lowered to P3".
_CHANGED = re.compile(
    r"\b(?:upgraded|downgraded|raised|escalated|bumped|lowered|reduced|elevated|increased|re-?classified|promoted"
    r"|moved|changed|re-?rated)[ \t]+(?:(?:it|this|the[ \t]+(?:incident|ticket|outage|severity|priority))[ \t]+)?"
    rf"(?:from[ \t]+(?:an?[ \t]+)?{_LEVEL}[ \t]+)?(?:up[ \t]+|down[ \t]+)?to[ \t]+(?:an?[ \t]+)?(?P<level>{_LEVEL})",
    re.IGNORECASE,
)
# "would have been upgraded to P1", "was not raised to SEV1": not a change that happened.
_UNSAID = re.compile(r"\b(?:not|never|would|could|might|should|if|nor)\b[^.;]{0,25}$", re.IGNORECASE)
_LONGEST = 20_000


def severity_changed(draft: Draft) -> None:
    """Fill the severity from the last change of level the report tells, when nothing else gave one."""
    if draft.metadata.severity is not None:
        return
    events = (event.text for event in itertools.islice(draft.timeline, 200))
    level = None
    for text in itertools.chain([draft.introduction or "", draft.summary.impact or ""], events):
        for found in itertools.islice(_CHANGED.finditer(text[:_LONGEST]), 20):
            if not _UNSAID.search(text[max(0, found.start() - 40) : found.start()]):
                level = severity_of(found.group("level")) or level
    if level is not None:
        draft.metadata.severity = level
