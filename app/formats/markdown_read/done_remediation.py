"""A "Remediation" listing what was done ("Wrapped the selector…", "Added a test…", "Rebuilt the bundle…"):
the fix itself, not open tasks.

A careful reader sees every item told in the past tense and takes the list as how the incident was resolved.
It is the resolution when no section tells it, or when the only one is a "Recovery" or "Mitigation" (how users
got back, or the stopgap), which then stays as written. Beside a real "Resolution" it stays the measures.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import plain_name
from app.formats.markdown_syntax import outside_fences

Assigned = dict[int, str | None]

_REMEDIATION_NAMES = ("remediation", "remediations", "remediation steps", "remediation actions", "fixes")
_STOPGAP_NAMES = ("recovery", "mitigation")
# A list item (top level), its first word.
_ITEM = re.compile(r"[-*+][ \t]+(?:\[[xX ]\][ \t]+)?(?:\*\*|__)?([A-Za-z][a-z]{1,24})\b")
_IRREGULAR_PAST = frozenset(
    (
        *("built", "rebuilt", "made", "wrote", "rewrote", "ran", "reran", "set", "put", "took", "kept", "split"),
        *("cut", "shut", "led", "sent", "spent", "found", "gave", "held", "began", "brought", "bought", "got"),
    )
)


def _past(word: str) -> bool:
    lower = word.lower()
    return lower in _IRREGULAR_PAST or (lower.endswith("ed") and len(lower) > 4 and lower != "need")


def _told_as_done(section: Section) -> bool:
    flags = outside_fences(section.lines)
    firsts = [
        found.group(1)
        for line, outside in zip(section.lines, flags, strict=True)
        if outside and (found := _ITEM.match(line)) is not None
    ]
    return len(firsts) >= 2 and all(_past(word) for word in firsts)


def remediation_as_resolution(sections: list[Section], assigned: Assigned) -> None:
    """A remediation list told in the past tense is the resolution (see the module's docstring)."""
    resolving = [section for section in sections if assigned.get(id(section)) in ("resolution", "root_cause")]
    if len(resolving) > 1 or any(plain_name(section.heading) not in _STOPGAP_NAMES for section in resolving):
        return
    for section in sections:
        if assigned.get(id(section)) != "measures" or plain_name(section.heading) not in _REMEDIATION_NAMES:
            continue
        if _told_as_done(section):
            for stopgap in resolving:
                assigned[id(stopgap)] = None  # kept as written, under its own name
            assigned[id(section)] = "resolution"
            return
