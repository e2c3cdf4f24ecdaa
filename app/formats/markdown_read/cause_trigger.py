"""A cause told with the incident's start: "The problem started at 01:00, when … after the host was moved …".

A short note often gives no "root cause" words: it says when the trouble began and, in the same breath, what
happened then. A reader takes that sentence as the cause the summary gives.
"""

from __future__ import annotations

import re

# "The outage began at 14:02 UTC when a deploy removed the index", "the problem started on Monday, as the job …".
_STARTED_WHEN = re.compile(
    r"\b(?:problem|outage|incident|issue|failure|trouble|disruption|errors|degradation)[ \t]+"
    r"(?:started|began|first[ \t]+appeared|kicked[ \t]+off)\b"
    # Its time and day, a few words with no clause of their own ("… began at 22:00 and ended when …" tells the end).
    r"(?:[ \t]+(?!(?:and|but|until|ended|stopped)\b)[^\s.!?;,]{1,40}){0,8}"
    r"[ \t]*,?[ \t]+(?:when|as[ \t]+soon[ \t]+as)[ \t]+",
    re.IGNORECASE,
)


def tells_what_started_it(sentence: str) -> bool:
    """Whether ``sentence`` says when the trouble began and what happened then."""
    return _STARTED_WHEN.search(sentence[:2000]) is not None
