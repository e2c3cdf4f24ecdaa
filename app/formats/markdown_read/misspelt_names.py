"""A section name with a typing slip ("## timline", "## Issue Sumary", "Root Casue") is still that section.

Students and people writing in a hurry misspell headings; a careful reader
does not lose the whole timeline for a missing letter. A heading no known
name matches is compared with every known name, allowing one slip in a
short name (a letter missing, added, changed or two swapped) and two in a
long one. Only an unambiguous match counts, and the import says how it read
the heading. Called once per unknown heading, so its cost does not matter.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.names import SECTIONS, plain_name
from app.typing_slips import typing_slips

_SHORTEST = 5  # "Fixx" is no slip of anything: below this, any word is one slip from some name
_LONGEST_WORDS = 5


def misspelt_section(heading: str) -> tuple[str, str] | None:
    """``(section key, the name it was read as)`` for a heading one slip from a known name, else ``None``."""
    written = plain_name(heading).strip(" :.*_#")
    if len(written) < _SHORTEST or len(written.split()) > _LONGEST_WORDS or not written.replace(" ", "").isalpha():
        return None
    found: dict[str, str] = {}
    for name, key in SECTIONS.items():
        allowed = 1 if len(name) < 10 else 2
        if abs(len(name) - len(written)) <= allowed and typing_slips(written, name, allowed) <= allowed:
            found.setdefault(key, name)
    return next(iter(found.items())) if len(found) == 1 else None


def misspelt_names(draft: Draft, sections: list[Section], assigned: dict[int, str | None]) -> None:
    """A heading one typing slip from a section's name ("## timline") names that section, when none other does."""
    unknown = [section for section in sections if assigned[id(section)] is None and section.heading]
    if not unknown:
        return
    taken = set(assigned.values())
    for section in unknown:
        found = misspelt_section(section.heading)
        if found is not None and found[0] not in taken:
            assigned[id(section)] = found[0]
            taken.add(found[0])
            draft.notes.append(f"read the heading “{section.heading.strip()}” as “{found[1]}”")
