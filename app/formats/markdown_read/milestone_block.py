"""A report's key timestamps, written as labels above its sections, are its timeline when it has no other.

"Alert raised: 12 Feb 2025, 14:02 CET", "Incident declared: …", "Mitigated: …", "Resolved: …": a block of
labelled lines under the title (or in its summary), three or more of them naming a moment of the incident and
giving its time alone, is the incident's course as its writer kept it. With no Timeline section, those lines
become one, read by the timeline's ``milestone_lines``; the block's other labels ("Date:", "Severity:") stay
where they are written.
"""

from __future__ import annotations

import re
from datetime import date

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.milestone_words import CLOCK, is_milestone_line
from app.formats.markdown_read.names import section_key
from app.timeparse import read

_FEWEST = 3
"""Two labels ("Detected: …", "Resolved: …") are a header's window; three or more are the incident's course."""
_LABELLED = re.compile(r"[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}[^\s:*_][^:\n]{0,60}:")
# Sections whose labelled lines may be the report's key timestamps: its opening parts, and parts of no known name.
_OPENING_PARTS = frozenset(("summary", "introduction", "impact", "details"))
_ANY_DAY = date(2000, 1, 1)
_LOOKED_AT = 400
"""Lines of a timeline section looked at for a clock time."""


def milestones_as_timeline(
    preamble: list[str], sections: list[Section], extras_from: int | None
) -> tuple[list[Section], int | None]:
    """The sections, with a Timeline made of the key timestamps above them or in an opening part, when no
    section is the timeline; ``preamble`` (or that part) loses those lines in place."""
    limit = len(sections) if extras_from is None else extras_from
    keys = [section_key(section.heading) for section in sections[:limit]]
    if any(key == "timeline" and _timed(section.lines) for section, key in zip(sections, keys, strict=False)):
        return sections, extras_from
    moved = _take_milestones(preamble)
    if moved:
        timeline = Section("Timeline", moved, sections[0].position if sections else 0)
        return [timeline, *sections], None if extras_from is None else extras_from + 1
    for number, (section, key) in enumerate(zip(sections[:limit], keys, strict=True)):
        if key is not None and key not in _OPENING_PARTS:
            continue
        moved = _take_milestones(section.lines)
        if moved:
            timeline = Section("Timeline", moved, section.position, section.level)
            return [*sections[: number + 1], timeline, *sections[number + 1 :]], (
                None if extras_from is None else extras_from + 1
            )
    return sections, extras_from


def _timed(lines: list[str]) -> bool:
    """Whether a section writes a clock time (a "What happened" of prose alone is no timeline of times)."""
    return any(CLOCK.search(line) for line in lines[:_LOOKED_AT])


def _take_milestones(lines: list[str]) -> list[str]:
    """The milestone lines of the first block of labelled lines holding enough of them, taken out of ``lines``."""
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].strip() and _LABELLED.match(lines[end]):
            end += 1
        if end == start:
            start += 1
            continue
        picked = [number for number in range(start, end) if _is_timed_milestone(lines[number])]
        if len(picked) >= _FEWEST:
            taken = [lines[number] for number in picked]
            for number in reversed(picked):
                del lines[number]
            return taken
        start = end
    return []


def _is_timed_milestone(line: str) -> bool:
    when = is_milestone_line(line)
    if when is None:
        return False
    reading = read(when, default_date=_ANY_DAY, whole=True)
    return reading is not None and reading.has_time
