"""Text set wholly in italics or bold ("*Luca Bianchi*", "_Status: Final · Severity: SEV-1_"): its inside.

Authors set a name, or a whole header line, in emphasis for looks; a careful reader reads what is inside.
Only one pair of marks around everything counts: "*Dana* and *Lee*" is two emphasised names, not one.
"""

from __future__ import annotations

import re

# The marks open and close alike, with none of the same marks between them (a linear scan: no backtracking).
_WHOLE = re.compile(r"([*_]{1,2})((?:(?!\1).)+)\1", re.DOTALL)


def inside_emphasis(text: str) -> str | None:
    """What ``text`` holds inside the one pair of emphasis marks around all of it; ``None`` when it has none."""
    whole = _WHOLE.fullmatch(text)
    return whole.group(2) if whole else None


def without_whole_emphasis(text: str) -> str:
    """``text`` without the emphasis marks around all of it (unchanged when it has none)."""
    inside = inside_emphasis(text)
    return text if inside is None else inside
