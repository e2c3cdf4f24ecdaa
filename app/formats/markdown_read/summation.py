"""A "Summation" beside a section of the cause: the report's closing words, not a second cause.

The 0x19 project's example post-mortem ends with a "Summation" that sums up the cause and the patch, and a
report with no other section of them reads its cause there (``section_names``). A report that tells its cause
and resolution in a section of their own ("Root Cause and Resolution") and ends with a "Summation" ("In summary,
the outage was caused by a typo, showcasing …") closes with it: those are its closing notes.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import plain_name

_SUMMING_UP = ("summation", "summing up", "sum up", "in summary")


def summation_beside_a_cause(sections: list[Section], assigned: dict[int, str | None]) -> None:
    """Make a "Summation" the closing notes when another section is the cause and none closes the report."""
    keys = [assigned.get(id(section)) for section in sections]
    if "closing_notes" in keys:
        return
    summing = [s for s in sections if plain_name(s.heading) in _SUMMING_UP]
    others = [key for section, key in zip(sections, keys, strict=True) if section not in summing]
    if summing and any(key in ("root_cause", "cause") for key in others):
        assigned[id(summing[-1])] = "closing_notes"
