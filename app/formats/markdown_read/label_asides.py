"""A label with an aside in brackets: "Oorzaak (kort): …", "**Root cause (short):** …", "Impact (estimate): …".

The words in brackets qualify the label; the label is still the field's. A careful reader fills the root cause
from "Oorzaak (kort):" as from "Oorzaak:". Only a label the section knows without its aside is read so, and
only the label is touched: the value stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Container

# The label, its aside in brackets, then the colon (inside or after the bold): at a line's start, bounded.
_ASIDE_LABEL = re.compile(
    r"(?P<lead>[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?)(?P<label>[^\W\d_][^():*_\n]{0,40}?)[ \t]*"
    r"\((?P<aside>[^()\n]{1,30})\)(?P<colon>[ \t]*:(?:\*\*|__)?|(?:\*\*|__)[ \t]*:)"
)


def without_label_asides(lines: list[str], known: Container[str]) -> list[str]:
    """``lines`` with each known label's aside left out ("Oorzaak (kort): …" as "Oorzaak: …"); the same list when
    no line has one."""
    out: list[str] | None = None
    for index, line in enumerate(lines):
        found = _ASIDE_LABEL.match(line) if "(" in line[:80] else None
        if found is None or " ".join(found["label"].lower().split()) not in known:
            continue
        if out is None:
            out = list(lines)
        out[index] = f"{found['lead']}{found['label'].rstrip()}{found['colon'].strip()}{line[found.end() :]}"
    return lines if out is None else out
