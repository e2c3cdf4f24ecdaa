"""A checklist in a section of no known name ("### Automation Status", "Follow-up checklist"), read as tasks.

"- [x] Token audit script: ready" and "- [ ] Auto-rollback: needs implementation" are boxes to tick: whatever the
heading over them, a careful reader sees the report's to-dos, each done or still open. Runs of two boxes or
more, outside code blocks, become tasks; the rest of the section is kept as written. A section that is not a
list of boxes costs one look at each line's first characters.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_syntax import outside_fences

_BOX_ITEM = re.compile(r"[-*+][ \t]+\[[ xX]\][ \t]+\S")
_FEWEST_BOXES = 2


def _is_box(line: str) -> bool:
    return line[:1] in "-*+" and _BOX_ITEM.match(line[:12]) is not None


def checklist_tasks(draft: Draft, section: Section) -> Section:
    """``section`` without its runs of ticked and unticked boxes, which became tasks."""
    if not any(_is_box(line) for line in section.lines):
        return section
    flags = outside_fences(section.lines)
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(section.lines):
        end = index
        while end < len(section.lines) and flags[end] and _is_box(section.lines[end]):
            end += 1
        if end - index >= _FEWEST_BOXES:
            runs.append((index, end))
        index = max(end, index + 1)
    if not runs:
        return section
    from app.formats.markdown_read.measures import read_measures  # loaded with the first checklist

    for start, end in runs:
        read_measures(draft, Section("", section.lines[start:end], section.position, section.level + 1))
    taken = {number for start, end in runs for number in range(start, end)}
    rest = [line for number, line in enumerate(section.lines) if number not in taken]
    return Section(section.heading, rest, section.position, section.level)
