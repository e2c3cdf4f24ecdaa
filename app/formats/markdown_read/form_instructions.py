"""A section heading copied from an assignment's form with the form's instruction after its name: "Root cause and
resolution must contain:", "Issue Summary (that is often what executives will read) must contain:".

The words "must contain" tell the student what to write, not which part the section is: a reader takes the
name before them ("Root cause and resolution"), and the bracketed note on it goes the way of any other.
"""

from __future__ import annotations

import re

# "must contain:", "should include", "needs to cover": an instruction closing the heading (anchored at its end,
# a bounded run of spaces between fixed words: linear on any line).
_INSTRUCTION = re.compile(
    r"[ \t]{1,8}(?:must|should|shall|needs?[ \t]{1,8}to|has[ \t]{1,8}to)[ \t]{1,8}"
    r"(?:contain|include|cover|answer|list|have)[ \t]*:?[ \t*_]*$",
    re.IGNORECASE,
)


def without_instruction(heading: str) -> str:
    """``heading`` without the form's instruction after its name ("… must contain:"), else as written."""
    found = _INSTRUCTION.search(heading[-200:])
    if found is None:
        return heading
    name = heading[: len(heading) - len(heading[-200:]) + found.start()].rstrip()
    return name or heading
