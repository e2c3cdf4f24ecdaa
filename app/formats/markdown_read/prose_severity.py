"""The severity a report states in its sentences, when no label gives it.

"This was a SEV2 incident", "It was classified as P1", "It was a severity 1 incident by our own
definitions", "Incident declared, severity SEV-2": a reader takes the level from the sentence.
Only a level after a verb that states it (or after "severity") counts; "not a SEV1" and "would have
been a SEV1" do not. Read after everything else, from the introduction, the impact and the first
events, and only when the header gave none; then from a level in brackets beside the title ("Search
indexing stalled (SEV3)", as a chat post heads its summary).
"""

from __future__ import annotations

import itertools
import re

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.labels import severity_of, severity_reading

_LEVEL = r"(?P<level>sev(?:erity)?[ \t-]?[0-4]|p[0-4])(?![\w.-]\w)"
_STATED = re.compile(
    r"\b(?P<verb>was|is|as|declared|classified|rated|graded|raised|upgraded|downgraded|escalated|filed|opened|became)"
    rf"[ \t]+(?:to[ \t]+|as[ \t]+|at[ \t]+)?(?:an?[ \t]+)?{_LEVEL}"
    rf"|\bseverity[ \t]*(?:[:=,][ \t]*|of[ \t]+)?(?P<named>(?:sev[ \t-]?)?[0-4])(?![\w.-]\w)",
    re.IGNORECASE,
)
# Words before the level that take the statement back: "not a SEV1", "would have been a SEV1".
_UNSAID = re.compile(r"\b(?:not|never|would|could|might|if|nor)\b[^.;]{0,20}$", re.IGNORECASE)
_LONGEST = 4000

# The incident's priority or level, labelled at the start of a line or sentence of the summary: "Incident
# priority: 1 (critical).", "Classification: Priority 2 (major)", "Impact level: High" (a task's "— Priority:
# P1" in a list of tasks is no such line, nor is a table's "Priority" column).
_LABELLED = re.compile(
    r"(?:^|(?<=[.;!?][ \t]))[ \t]*(?:[-*+][ \t]+)?[*_]{0,2}(?P<label>(?:incident[ \t]+)?(?:priority|severity)"
    r"(?:[ \t]+level)?|impact[ \t]+level|classification)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*(?P<value>[^.;\n]{1,40})",
    re.IGNORECASE | re.MULTILINE,
)
# A level in brackets opening or closing the title, as a chat post or a tracker writes it: "Search indexing stalled
# (SEV3)", "[Sev-2] Checkout down" (a "P2" alone in a title may be part of a name: only a bracketed one counts).
_TAG = r"[(\[](?:sev(?:erity)?[ \t-]?|p)(?P<{}>[1-4])[)\]]"
_TITLE_TAG = re.compile(rf"^[ \t]*{_TAG.format('first')}|{_TAG.format('last')}[ \t]*$", re.IGNORECASE)
_PRIORITY_NAMED = re.compile(r"[*_`]{0,2}(?:priority[ \t-]*[1-4]|p[1-4])(?!\w)", re.IGNORECASE)


def severity_from_prose(draft: Draft) -> None:
    """Fill the severity from the first sentence that states it, when nothing else gave one."""
    if draft.metadata.severity is not None:
        return
    if (headed := _level_under_heading(draft)) is not None:
        draft.metadata.severity = headed  # "## Severity" over "**Critical** - complete outage …"
        return
    events = (event.text for event in itertools.islice(draft.timeline, 30))
    texts = itertools.chain([draft.introduction or "", draft.summary.impact or ""], events)
    for text in texts:
        for found in itertools.islice(_STATED.finditer(text[:_LONGEST]), 20):
            if _UNSAID.search(text[max(0, found.start() - 40) : found.start() + len(found.group("verb") or "")]):
                continue
            level = severity_of(found.group("level") or f"SEV{found.group('named')[-1]}")
            if level is not None:
                draft.metadata.severity = level
                return
    if draft.severity_labelled:
        return  # "Severity: to be agreed": the header's own word, which a priority does not overrule
    if (tagged := _TITLE_TAG.search(draft.metadata.title[:_LONGEST])) is not None:
        draft.metadata.severity = f"SEV{tagged.group('first') or tagged.group('last')}"  # "Indexing stalled (SEV3)"
        return
    for text in (draft.introduction or "", draft.summary.impact or ""):
        if (level := _labelled_level(text[:_LONGEST], draft.notes)) is not None:
            draft.metadata.severity = level
            return


def _labelled_level(text: str, notes: list[str]) -> str | None:
    """The level of the first "Priority: P2 - High"-like line of ``text``, or ``None``."""
    for found in itertools.islice(_LABELLED.finditer(text), 20):
        value = found.group("value").strip().strip("*_`").strip()
        if found.group("label").lower() == "classification" and not _PRIORITY_NAMED.match(value):
            continue  # "Classification: Confidential"
        level, _whole = severity_reading(value, notes)
        if level is not None:
            return level
    return None


# The level a "## Severity" section opens with, before the words describing it: "**Critical** - Complete outage
# for customers in two regions", "SEV2: partial degradation".
_OPENING_LEVEL = re.compile(r"[ \t]*[*_`]{0,2}(?P<level>[\w -]{1,20}?)[*_`]{0,2}[ \t]*(?:[-–—:(]|$)")


def _level_under_heading(draft: Draft) -> str | None:
    """The level a section headed "Severity" states on its first line (the section stays as written)."""
    for kept in draft.kept[:20]:
        if kept.heading.strip().strip("*_:").strip().lower() not in ("severity", "incident severity"):
            continue
        first = next((line for line in kept.body.split("\n", 20)[:20] if line.strip()), "")
        found = _OPENING_LEVEL.match(first[:200])
        return severity_reading(found.group("level"), draft.notes)[0] if found is not None else None
    return None
