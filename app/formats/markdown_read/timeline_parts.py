"""A timeline written in parts: "## Timeline — Day 1 (Tuesday)", another section, "## Timeline — Day 2".

A careful reader takes both parts as one record of events, in the document's order, each part's
qualifier ("Day 2 (Wednesday)", "March 4", "continued") kept as a label over its entries (a day label
gives the entries under it their day). Without this, only the part with the most timed lines was the
timeline and the others stayed behind as sections of their own, their events lost to the timeline.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import plain_name
from app.formats.markdown_read.tokens import TIME_LED

Assigned = dict[int, str | None]

# "Timeline — Day 2 (Wednesday)", "Timeline: March 4", "Timeline, part 2", "Timeline (continued)": the same
# name, then a qualifier after a dash, colon or comma, or in parentheses. Bounded: headings are short.
_PART = re.compile(r"(?P<base>[^\n—–:,(]{1,40}?)[ \t]*(?:[—–:,]|[ \t]-[ \t]|(?=\())[ \t]*(?P<part>[^\n]{1,80})")


def merge_timeline_parts(sections: list[Section], assigned: Assigned) -> None:
    """Sections named as parts of one timeline, each with timed lines, become one timeline section."""
    candidates = [section for section in sections if assigned.get(id(section)) == "timeline"]
    if len(candidates) < 2:
        return
    parts = [_split(section.heading) for section in candidates]
    if any(part is None for part in parts):
        return
    bases = {plain_name(base) for base, _ in parts if base}
    labels = [plain_name(label) for _, label in parts if label]
    if len(bases) != 1 or len(set(labels)) != len(labels):
        return
    if not all(any(TIME_LED.match(line) for line in section.lines) for section in candidates):
        return  # a part with no timed line is something else (a story, a note): left to be settled as before
    first = candidates[0]
    lines: list[str] = []
    for section, (_, label) in zip(candidates, parts, strict=True):
        if lines:
            lines.append("")
        lines.extend([f"### {label}", ""])
        lines.extend(section.lines)
    base = parts[0][0] if parts[0] is not None else first.heading
    merged = Section(base, lines, first.position, first.level)
    assigned[id(merged)] = "timeline"
    sections[next(number for number, section in enumerate(sections) if section is first)] = merged
    merged_away = {id(section) for section in candidates[1:]}
    sections[:] = [section for section in sections if id(section) not in merged_away]


def _split(heading: str) -> tuple[str, str] | None:
    found = _PART.fullmatch(heading.strip())
    if found is None:
        return None
    label = found.group("part").strip()
    if label.startswith("(") and label.endswith(")"):
        label = label[1:-1].strip()
    return (found.group("base").strip(), label) if label else None
