"""Sub-headings that group the tasks under a section named as the tasks:

    # Action items
    ## Process improvements
    1. Make sure everybody gets emailed when the site goes down (DONE)
    ## Repo2docker
    Limit memory available to build pods.

A reader sees three tasks, grouped by the kind of work ("Process improvements", "Technical improvements") or by
the part of the system they touch ("Repo2docker"): under "Action items" such a heading sorts the action items,
it does not start the improvements' list (only "### Improvements" alone names that list). A paragraph of one
sentence under a group's heading is that group's task; longer prose stays as written.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.plain_lists import plain_items
from app.formats.markdown_read.section_names import LESSON_PARTS

_MEASURES = re.compile(r"\bmeasures?\b")
_LONGEST_TASK_LINES = 3  # a task told in a sentence, wrapped; more is the author's prose


def task_group(
    section_part: str | None, key: str, part: str | None, improvement_names: tuple[str, ...]
) -> tuple[str | None, bool]:
    """The list a sub-heading starts (``part`` as its words say) and whether it groups the tasks, in a measures
    section whose own heading is ``section_part`` ("tasks" for "Action items"); "kept" for a part of the lessons.
    """
    if key in LESSON_PARTS:
        # "What do we sustain, what do we improve?" over "Sustain:" and "Improve:": what went right is no work to do
        return "kept", False
    if section_part != "tasks":
        return part, False
    if part == "improvements" and key not in improvement_names and not _MEASURES.search(key):
        return "tasks", False  # "Process improvements" under "Action items": a kind of action item
    # ("Long-term preventive measures" under "Corrective and Preventive Actions" names measures, no kind of work:
    # the improvements' list, as "### Improvements" alone names it.)
    return part, part is None


def one_task_told(lines: list[str]) -> str | None:
    """The task a paragraph under a group's heading tells, when it is one sentence (perhaps wrapped)."""
    written = [line for line in lines if line.strip()]
    if not written or len(written) > _LONGEST_TASK_LINES:
        return None
    items, kept = plain_items(lines)
    return items[0] if len(items) == 1 and not kept else None
