"""A timeline told phase by phase: "## Detection", "## Containment", "## Recovery", each over timed bullets.

A security report often follows the response's phases (NIST's and SANS's Detection, Containment,
Eradication, Recovery) and lists under each the moments it holds ("- **13:18** — commit pushed"). A careful
reader takes those lists, in the document's order, as the incident's timeline. Without this, "Containment"
and "Recovery" were read as the resolution (their bullets standing in for the fix the report states
elsewhere) and the timeline stayed empty.

Only when the report has no Timeline of its own, at least two neighbouring sections are named only by
phases, and nearly all of each one's lines start with a time: a "## Recovery" paragraph stays the fix.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import plain_name, section_key
from app.formats.markdown_read.tokens import TIME_LED

_PHASES = frozenset(
    (
        "preparation",
        "alert",
        "detection",
        "discovery",
        "identification",
        "analysis",
        "triage",
        "investigation",
        "escalation",
        "response",
        "containment",
        "mitigation",
        "eradication",
        "remediation",
        "recovery",
        "restoration",
        "resolution",
        "post-incident",
        "follow-up",
        "closure",
    )
)
# The phases that open an incident's story: a report told phase by phase starts with one of them.
DETECTING = frozenset(("alert", "detection", "discovery", "identification"))
# Phases before or after the incident itself: their text is the team's readiness or its lessons, no event.
OUTSIDE_THE_STORY = frozenset(("preparation", "post-incident", "follow-up", "closure"))
# "Phase 2: Containment", "2. Containment", "Containment & Eradication", "Detection and analysis".
_NUMBERING = re.compile(r"^(?:phase[ \t]*)?\d{1,2}[.):]?[ \t]*[-–—:]?[ \t]*|^phase[ \t]*[-–—:][ \t]*")
_JOINS = re.compile(r"[ \t]*(?:,|&|/|\band\b|\+)[ \t]*")
_SHORT = 60
"""Longer headings are never only phase names."""
_TIMED_SHARE = 0.75
"""A phase's written lines that start with a time, at least: a stray note under one is still its part."""
_TIMELINE_HEADING = "Timeline"


def phase_words(heading: str) -> list[str] | None:
    """The phases a heading names ("Containment & Eradication": both), or ``None`` when it names anything else."""
    name = plain_name(heading)
    if not name or len(name) > _SHORT:
        return None
    name = _NUMBERING.sub("", name, count=1).strip()
    words = [word.strip() for word in _JOINS.split(name)]
    words = [word.removesuffix(" phase").strip() for word in words if word]
    return words if words and all(word in _PHASES for word in words) else None


def _names_phases(heading: str) -> bool:
    return phase_words(heading) is not None


def _timed(section: Section) -> bool:
    written = [line for line in section.lines if line.strip()]
    if not written:
        return False
    timed = sum(1 for line in written if TIME_LED.match(line))
    return timed >= 1 and timed >= _TIMED_SHARE * len(written)


def phases_as_timeline(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """Neighbouring phase sections of timed bullets, with no Timeline, become one Timeline section."""
    limit = len(sections) if extras_from is None else extras_from
    if any(section_key(section.heading) == "timeline" for section in sections[:limit]):
        return sections, extras_from
    run: list[int] = []
    best: list[int] = []
    for number, section in enumerate(sections[:limit]):
        if _names_phases(section.heading) and _timed(section):
            if run and (number != run[-1] + 1 or section.level != sections[run[0]].level):
                run = []
            run.append(number)
            best = run if len(run) > len(best) else best
        else:
            run = []
    if len(best) < 2:
        return sections, extras_from
    first = sections[best[0]]
    lines: list[str] = []
    for number in best:
        # The phases' names are not kept: each entry's words (and time) say what it was, and a heading
        # left between entries would stay behind beside the timeline as a section of its own.
        lines.extend(["", *sections[number].lines] if lines else sections[number].lines)
    merged = Section(_TIMELINE_HEADING, lines, first.position, first.level)
    out = [*sections[: best[0]], merged, *sections[best[-1] + 1 :]]
    removed = len(best) - 1
    return out, None if extras_from is None else extras_from - removed
