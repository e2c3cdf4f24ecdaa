"""A report told phase by phase in paragraphs, "## Alert", "## Investigation", "## Mitigation", with no
Timeline: those sections are its timeline.

An infrastructure team's report often has no list of times: it says under "## Alert" who told whom that
the site was down, under "## Investigation" who found what, under "## Mitigation" each step taken, then
"## What happened" and "## Lessons learned". A careful reader takes the phases, in order, as the timeline
(``timeline.phase_paragraph_events`` reads them, a paragraph an event). Before, the alert and the
investigation stayed as sections of their own and the timeline was empty. A section the report's parts
already name ("Mitigation", "Recovery": the resolution) is read as that part as well, as before.

The same phases written as sub-headings of "## Timeline" lose their later ones to the cut of a timeline's
trailing parts (``label_cuts``: "### Mitigation" read as the resolution): they are put back in the timeline,
and stay the resolution too.

Only a run of neighbouring sections named only by phases, the first of them the incident's discovery
("Alert", "Detection"), each of paragraphs or lists (no sub-heading, table or code); and at least three of
them, or a phase no part of a report is named by ("Investigation") among them: "## Detection" then
"## Resolution" stays as it is read today.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import section_key, section_key_is_plain_timeline
from app.formats.markdown_read.phase_sections import DETECTING, OUTSIDE_THE_STORY, phase_words
from app.formats.markdown_read.tokens import TIME_LED

_TIMELINE_HEADING = "Timeline"
_FEWEST_WITHOUT_AN_UNNAMED_PHASE = 3
_MOST_LINES = 400
"""A longer section is no phase's few paragraphs."""


def phase_paragraphs_as_timeline(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """The phase sections as one Timeline; a Timeline of phases given back its phases cut out after it."""
    limit = len(sections) if extras_from is None else extras_from
    for number, section in enumerate(sections[:limit]):
        if section_key(section.heading) == "timeline" and _opens_with_a_phase(section.lines):
            return _phases_given_back(sections, number, limit), extras_from
    return _phases_as_timeline(sections, extras_from, limit)


def _story_phase(section: Section) -> bool:
    """Whether ``section`` is named only by phases of the incident itself and holds only their paragraphs."""
    words = phase_words(section.heading)
    return words is not None and words[0] not in OUTSIDE_THE_STORY and len(section.lines) <= _MOST_LINES


def _phases_given_back(sections: list[Section], at: int, limit: int) -> list[Section]:
    """``sections`` with the phases written after a Timeline of phases (cut out of it) read in it as well."""
    timeline = sections[at]
    after = at + 1
    while after < limit and _story_phase(sections[after]):
        after += 1
    if after == at + 1 or len(timeline.lines) > _MOST_LINES:
        return sections
    lines = list(timeline.lines)
    for follower in sections[at + 1 : after]:
        lines.extend(["", f"{'#' * (timeline.level + 1)} {follower.heading}", "", *follower.lines])
    if _phase_groups(lines) is None:
        return sections  # timed entries under the phases, a table among them: read as they are
    given = Section(timeline.heading, lines, timeline.position, timeline.level)
    return [*sections[:at], given, *sections[at + 1 :]]


def _opens_with_a_phase(lines: list[str]) -> bool:
    """Whether the first written line is a heading naming the incident's discovery ("### Alert")."""
    first = next((line.strip() for line in lines[:_MOST_LINES] if line.strip()), "")
    words = phase_words(first.lstrip("#").strip()) if first.startswith("#") else None
    return words is not None and words[0] in DETECTING


def _phases_as_timeline(
    sections: list[Section], extras_from: int | None, limit: int
) -> tuple[list[Section], int | None]:
    if any(_a_timeline(section) for section in sections[:limit]):
        return sections, extras_from
    start = 0
    while start < limit:
        end = start
        while end < limit and _story_phase(sections[end]) and sections[end].level == sections[start].level:
            end += 1
        if end - start >= 2 and (found := _run_as_timeline(sections, start, end)) is not None:
            merged, kept = found
            out = [*sections[:start], merged, *kept, *sections[end:]]
            removed = end - start - 1 - len(kept)
            return out, None if extras_from is None else extras_from - removed
        start = max(end, start + 1)
    return sections, extras_from


def _a_timeline(section: Section) -> bool:
    """Whether ``section`` is the report's own timeline: named so, or "What happened" over timed entries."""
    if section_key_is_plain_timeline(section.heading):
        return True
    return section_key(section.heading) == "timeline" and any(TIME_LED.match(line) for line in section.lines[:400])


def _run_as_timeline(sections: list[Section], start: int, end: int) -> tuple[Section, list[Section]] | None:
    """The Timeline the phases ``start``..``end`` make, and those of them also read as a part; or ``None``."""
    run = sections[start:end]
    named = [section_key(section.heading) for section in run]
    if len(run) < _FEWEST_WITHOUT_AN_UNNAMED_PHASE and all(key is not None for key in named[1:]):
        return None  # "## Detection" then "## Resolution": a report's parts, no story told phase by phase
    first = run[0]
    lines: list[str] = []
    for section in run:
        lines.extend([f"{'#' * (first.level + 1)} {section.heading}", "", *section.lines, ""])
    if _phase_groups(lines) is None:
        return None  # the first phase is not the discovery, a table or sub-heading in one, timed entries
    kept = [section for section, key in zip(run, named, strict=True) if key is not None]
    return Section(_TIMELINE_HEADING, lines, first.position, first.level), kept


def _phase_groups(lines: list[str]) -> list[tuple[list[str], list[str]]] | None:
    """``timeline.phase_paragraph_events.phase_groups``, imported only for a file with a run of phase sections:
    importing it loads the timeline's readers, which a document with no timeline never needs."""
    from app.formats.markdown_read.timeline.phase_paragraph_events import phase_groups

    return phase_groups(lines)
