"""The timed steps of a fix, listed under "How did we fix it?", as timeline entries.

A blog retro tells its story in prose ("What happened?") and then lists the fix with a clock per line:

    ## How did we fix it?
    - 8:06pm — job stopped
    - 9:15pm — fix merged

A careful reader puts those steps on the timeline beside the story's own moments; the list stays in the
resolution, where the author wrote it. A step at a moment the timeline already has is the same moment told
twice and adds nothing; when most steps are such repeats, the list retells a timeline written elsewhere and is
left alone.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.section_readers import read_timeline

# A list item led by a clock: "- 8:06pm — …", "* 21:15 …", "1. 9:40 pm: …".
_TIMED_STEP = re.compile(
    r"[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+[*_`]{0,2}(?:\d{1,2}:\d{2}(?:[ \t]?[ap]\.?m\.?)?|\d{1,2}[ \t]?[ap]\.?m)\b",
    re.IGNORECASE,
)
_FEWEST_STEPS = 2
_MOST_LINES = 200
"""A resolution longer than this is not a short list of steps."""


def _steps(text: str) -> list[str] | None:
    """The resolution's lines when they are a list of timed steps, nearly all of them; else ``None``."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > _MOST_LINES:
        return None
    timed = sum(1 for line in lines if _TIMED_STEP.match(line))
    if timed < _FEWEST_STEPS or timed * 3 < len(lines) * 2:
        return None
    return lines


def fix_steps_on_the_timeline(draft: Draft) -> None:
    """Add the resolution's timed steps to a timeline told elsewhere, unless most of them are there already."""
    if not draft.timeline or (lines := _steps(draft.root_cause.resolution or "")) is None:
        return
    known = {event.time for event in draft.timeline if event.time is not None}
    first = len(draft.timeline)
    window = (draft.summary.start, draft.summary.end)
    read_timeline(draft, Section("Timeline", lines, 0))
    added = draft.timeline[first:]
    fresh = [event for event in added if event.time is not None and event.time not in known]
    if len(fresh) * 2 <= len(added):
        del draft.timeline[first:]  # the steps retell the timeline: nothing new
        draft.summary.start, draft.summary.end = window
        return
    draft.timeline[first:] = fresh
