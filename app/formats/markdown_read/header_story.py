"""The Google SRE book's header, read as its reader reads it: each label where its words belong.

The book's post-mortem opens with labelled lines, no sections::

    **Date:** 2024-05-07
    **Status:** Complete, action items in progress
    **Summary:** …   **Impact:** …   **Root Causes:** …
    **Trigger:** Routine kernel patching rebooted the primary at 13:58.
    **Resolution:** …
    **Detection:** Customer support tickets about empty carts.

Summary, Impact, Root Causes and Resolution fill their fields (``header.HEADER_FIELDS``). Here are the
others. The status "Complete, action items in progress" is the post-mortem's (Final). The trigger and the
detection tell the story between the cause and the fix: they join the Root Cause and Resolution page's
cause, each under its label, after the root causes (copied there when the header was the only place that
told them). The date is the day of every time; its line goes once the incident's start or a time of the
timeline shows that day.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.date_label_moment import start_from_the_date_line
from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.names import STATUSES
from app.formats.markdown_read.tokens import name_key
from app.model import Status

# Labels of the header's parts that tell the story: what set the incident off, and how it was noticed.
STORY_LABELS = {
    "trigger": "Trigger",
    "triggers": "Trigger",
    "detection": "Detection",
    "detected by": "Detected by",
    "how detected": "How detected",
    "how it was detected": "How it was detected",
}
_STATUS_PARTS = re.compile(r"[ \t]*(?:[,;(]|[ \t][-–—])[ \t]*")


def status_reading(value: str) -> tuple[Status | None, bool]:
    """The post-mortem's status a "Status:" value gives, and whether that is all it says.

    "Complete, action items in progress" is Final: the write-up is complete. Its line stays as written,
    as a severity's does when words follow its level: the words after the status are the author's.
    """
    key = name_key(value)
    if key in STATUSES:
        return STATUSES[key], True
    # "closed / final", "Done/Published": one status said twice, the whole value.
    named = {STATUSES.get(name_key(part)) for part in value.split("/", 4)} if "/" in value[:200] else set()
    if len(named) == 1 and None not in named:
        return named.pop(), True
    first = _STATUS_PARTS.split(value.strip(), maxsplit=1)[0] if len(value) <= 200 else ""
    return STATUSES.get(name_key(first)), False


def read_story_label(draft: Draft, key: str, value: str) -> bool:
    """A "Trigger:" or "Detection:" header line, kept with its label for the cause; whether it was one."""
    if key not in STORY_LABELS or not value.strip():
        return False
    draft.header_story.append(f"{STORY_LABELS[key]}: {value.strip()}")
    return True


def finish_header_story(draft: Draft) -> None:
    """The trigger and detection into the cause; the date line's clock as the start when nothing gave one; the
    date line out of the introduction once the start or a time of the timeline shows its day."""
    cause, summary = draft.root_cause, draft.summary
    if draft.header_story:
        told = [] if cause.cause else [summary.root_cause or ""] if draft.cause_in_header else []
        cause.cause = "\n\n".join(part for part in [cause.cause or "", *told, *draft.header_story] if part)
    elif not cause.cause and draft.cause_in_header and summary.root_cause:
        cause.cause = summary.root_cause  # the header was the only place to tell it: the page shows it too
    start_from_the_date_line(draft)  # after the timeline: its onset comes first
    line, day = draft.date_line, draft.day
    times = [summary.start, *(event.time for event in draft.timeline)]
    if line is None or day is None or not any(time is not None and time.date() == day for time in times):
        return
    lines = (draft.introduction or "").split("\n")
    if line in lines:
        lines.remove(line)
        draft.introduction = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
