"""A heading further down that names the incident, when the title only names the kind of document.

"# 0x19-postmortem" (the project's folder) or "# My First Postmortem" (a README's name) over the README's own
sections, then "## Postmortem: Database Server Outage" with "### Issue Summary", "### Timeline" under it: the
report starts at that heading, and a careful reader takes it as the title. The generic title's words stay above
the first section, as written.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.specific_title import KIND_THEN_WHAT, is_generic, only_a_link, title_in_first_heading
from app.formats.markdown_read.tokens import heading_of

_LONGEST_TITLE = 120
_HEADINGS_LOOKED_AT = 200
# The parts a report opens with, right under its own heading.
_OPENING_PARTS = frozenset(["summary", "introduction", "impact", "timeline"])


def heading_as_title(
    title: str,
    preamble: list[str],
    sections: list[Section],
    extras_from: int | None,
    lines: list[str],
    flags: Sequence[int],
) -> tuple[str, list[Section], int | None]:
    """The title, the sections and where the extra ones start, once a heading naming the incident has replaced a
    generic title: the first section's heading when nothing stands above it ("#Postmoterm" over a bold
    "Postmortem: Queue workers starved" made a heading), else the heading the report's parts stand under."""
    if sections and section_key(sections[0].heading) is None:
        first = sections[0]
        if found := title_in_first_heading(title, first.heading, first.lines, preamble):
            preamble[:0] = [title, ""]
            return found, sections[1:], None if extras_from is None else max(extras_from - 1, 0)
    found = _over_the_parts(title, lines, flags)
    if found is not None:
        preamble[:0] = [title, ""]  # (the heading stays too, over its own lines)
        return found, sections, extras_from
    return title, sections, extras_from


def _over_the_parts(title: str, lines: list[str], flags: Sequence[int]) -> str | None:
    """The text of the first heading that reads "Postmortem: what happened" with the report's opening part
    ("Issue Summary", "Timeline") as the next heading, a level deeper; ``None`` when the title names the incident
    itself or no heading does."""
    if title.strip() and not is_generic(title):
        return None
    headings = (heading for number, line in enumerate(lines) if flags[number] and (heading := heading_of(line)))
    for (level, text), (under_level, under) in itertools.pairwise(itertools.islice(headings, _HEADINGS_LOOKED_AT)):
        text = text.strip()
        if len(text) > _LONGEST_TITLE or under_level <= level or section_key(under) not in _OPENING_PARTS:
            continue
        if section_key(text) is not None or text.endswith((".", ",", ";", ":")):
            continue
        found = KIND_THEN_WHAT.fullmatch(text)
        if found is not None and not only_a_link(found.group("what")):
            return text
    return None
