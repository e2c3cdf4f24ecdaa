"""Measures written as sub-headings that start (or end) with who does them: "#### @malte_j Cron cleanup
scheduled", "#### 1) Alerts added for pool errors by `@dana`".

A blog post's "## Resulting Action" gives each action a heading of its own, its owner's handle first, and
explains it underneath (a paragraph, a script). A careful reader sees a task per heading, owned by the handle,
named by the rest of the heading; the explanations stay as written. Only when two or more such headings
follow one another with no other heading between them.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, Section, TaskDraft
from app.formats.markdown_read.tokens import heading_of
from app.formats.markdown_syntax import outside_fences

# "@malte_j Cron cleanup scheduled", "`@dma` Alerts configured", "@nova: Postmortem documented".
_OWNER_FIRST = re.compile(r"`?@(?P<owner>[A-Za-z0-9][\w.-]{0,38})`?[ \t]*[:—–-]?[ \t]+(?P<name>\S.{0,200})")
# "1) Alerts added for pool errors by `@dana`", "Sizing sheet written `@dana`": the handle closing the heading.
_OWNER_LAST = re.compile(
    r"(?:\d{1,2}[.)][ \t]+)?(?P<name>\S.{0,200}?)[ \t]+(?:by[ \t]+)?`?@(?P<owner>[A-Za-z0-9][\w.-]{0,38})`?[ \t]*\.?"
)
_LEAST = 2
_FOLDED_LEVEL = 6  # a measures part's name the section before it was given as a heading


def read_owner_headings(draft: Draft, section: Section, lines: list[str]) -> list[str]:
    """Read the owner-led headings of ``lines`` as tasks, keep what they head as written (under the part's
    name written just above them, if any) and return the lines before them, still to read; else ``lines``."""
    found = _owner_heading_tasks(lines)
    if found is None:
        return lines
    before, part, explained, tasks = found
    draft.measures.tasks.extend(tasks)
    draft.keep(Section(part or section.heading, explained, section.position, section.level), explained)
    return before


def _owner_heading_tasks(lines: list[str]) -> tuple[list[str], str, list[str], list[TaskDraft]] | None:
    """The lines before the first owner-led heading (without a part's name just above it), that name, the lines
    from the heading on and a task per heading; ``None`` unless ``lines`` hold two or more such headings and
    no heading of another kind after the first."""
    tasks: list[TaskDraft] = []
    first: int | None = None
    for at, (line, outside) in enumerate(zip(lines, outside_fences(lines), strict=True)):
        heading = heading_of(line) if outside and line.lstrip().startswith("#") else None
        if heading is None:
            continue
        found = _OWNER_FIRST.fullmatch(heading[1].strip()) or _OWNER_LAST.fullmatch(heading[1].strip())
        if found is None:
            if first is not None:
                return None  # "### Background" among them: the author's own sub-sections
            continue
        first = at if first is None else first
        name = found.group("name").strip().strip("*_").strip()
        tasks.append(TaskDraft(name, owner=found.group("owner")))
    if first is None or len(tasks) < _LEAST:
        return None
    before = lines[:first]
    while before and not before[-1].strip():
        before.pop()
    named = heading_of(before[-1]) if before else None
    part = ""
    if named is not None and named[0] == _FOLDED_LEVEL:
        part = named[1].strip()  # "###### Resulting Action": the part these tasks are
        before.pop()
    return before, part, lines[first:], tasks
