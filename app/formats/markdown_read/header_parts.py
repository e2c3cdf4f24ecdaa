"""A short report told as labelled bullets under its title: each label names a part of the report.

A status page or a personal blog writes one incident as five bullets and no sections::

    - **Affected Services**: blog, mail relay.
    - **Reason/Cause**: the backup job filled the disk.
    - **Actions Taken**: I stopped the job and cleared the spool.
    - **Remedial Actions**: I will move the spool to its own volume.

A careful reader takes each bullet as the part its label names: "Reason/Cause" is the cause (a label of two
names joined by a slash is either, and the one the report knows counts), what was taken or done is how it was
resolved, the remedial or corrective actions are what will change. With at least two such parts in the
header, the header is the report itself, and the services it lists as affected are its impact (when no
impact is stated). A bullet with a list of its own under it is left to the header's other readers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.tokens import Item, split_label

# What was done to end it, said as deeds: the resolution.
_RESOLUTION_LABELS = frozenset(
    ("actions taken", "action taken", "steps taken", "what we did", "what was done", "what i did", "fix applied")
)
# What will be done so it does not happen again: the improvements.
_IMPROVEMENT_LABELS = frozenset(
    (
        *("remedial actions", "remedial action", "remedial steps", "corrective actions", "corrective action"),
        *("preventive actions", "preventative actions", "preventive measures", "preventative measures"),
        *("remediation", "remediations", "next steps", "prevention", "follow-up actions", "improvements"),
    )
)
# An ITIL rating, or two of them: "1 - High", "High", "2 - Medium / 3 - Low".
_LEVEL = r"(?:\d[ \t]*[-–:.][ \t]*)?(?:high|medium|low|critical|moderate|minor|major|significant|severe)"
_RATING = re.compile(rf"{_LEVEL}(?:[ \t]*/[ \t]*{_LEVEL})?", re.IGNORECASE)
_BULLET = re.compile(r"(?:[-*+]|\d{1,3}[.)])[ \t]+")
_AFFECTED_LABELS = frozenset(("affected services", "affected service", "affected systems", "services affected"))


def read_part_label(
    draft: Draft, key: str, value: str, item: Item | None, fields: Mapping[str, tuple[str, str]]
) -> bool:
    """Read a header label naming a part of the report (see the module's docstring); whether it was one.

    ``fields`` are the header's labels of summary and cause fields ("impact", "root cause", "resolution"),
    as ``(part, name)`` of the draft.
    """
    if not draft.other_template or not value.strip() or (item is not None and item.body):
        return False
    if key in _IMPROVEMENT_LABELS:
        if draft.measures.improvements or draft.measures.tasks:
            return False
        draft.measures.improvements.append(value.strip())
        return True
    target = _field_of(key, fields)
    if target is None:
        return False
    part_name, name = target
    if name == "impact" and _RATING.fullmatch(value.strip()[:200]):
        return False  # a ticket's "Impact / Urgency: 1 - High / 1 - High" rates the incident; it tells no impact
    return draft.fill(getattr(draft, part_name) if part_name else draft, name, value.strip())


def _field_of(key: str, fields: Mapping[str, tuple[str, str]]) -> tuple[str, str] | None:
    if key in _RESOLUTION_LABELS:
        return ("root_cause", "resolution")
    if key in fields:
        return fields[key]
    if "/" in key:  # "Reason/Cause", "Cause / Trigger": the name the report knows
        for part in key.split("/")[:4]:
            if part.strip() in fields:
                return fields[part.strip()]
            if part.strip() in _RESOLUTION_LABELS:
                return ("root_cause", "resolution")
    return None


def told_in_parts(lines: list[str], fields: Mapping[str, tuple[str, str]]) -> bool:
    """Whether the header's labelled lines name at least two parts of the report (cause, resolution, …)."""
    found = 0
    for line in lines[:200]:
        label = split_label(_BULLET.sub("", line[:300].strip(), count=1))
        if label is None:
            continue
        key = label[0]
        if key in _IMPROVEMENT_LABELS or _field_of(key, fields) is not None:
            found += 1
            if found >= 2:
                return True
    return False


def affected_as_impact(draft: Draft, key: str, value: str) -> None:
    """ "Affected Services: blog, mail relay" in a header told in parts: the impact, when none is stated."""
    if draft.header_in_parts and key in _AFFECTED_LABELS and value.strip():
        draft.fill(draft.summary, "impact", f"{key.capitalize()}: {value.strip()}")


# "**Severity:** P0 — 100% of users affected": the level, then who it hit.
_SEVERITY_LINE = re.compile(r"[ \t>*_-]{0,6}(?P<label>[^\W\d_][\w ]{1,30}?)[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?")
_TAIL = re.compile(
    r"[ \t]*(?:sev|p|s)?[- ]?\d[ \t]*(?:[(][^()\n]{0,30}[)])?[ \t]*[—–-][ \t]+(?P<tail>\S.{6,300})", re.I
)
_LEVEL_WORDS = re.compile(
    r"(?:critical|high|medium|low|major|minor|severe|urgent|blocker|moderate|cr[ií]tica?|alta|m[eé]dia|baixa|grave)"
    r"(?:[ \t]+(?:priority|severity|impact|prioridade|severidade))?\W*",
    re.IGNORECASE,
)


def impact_beside_severity(draft: Draft, severity_labels: tuple[str, ...]) -> None:
    """The words after the level on the header's severity line, as the impact when nothing else told one."""
    if draft.summary.impact or not draft.other_template:
        return
    for line in draft.header_lines[:60]:
        label = _SEVERITY_LINE.match(line[:400])
        if label is None or label.group("label").strip().lower() not in severity_labels:
            continue
        found = _TAIL.match(line[label.end() : label.end() + 400])
        if found is not None and not _LEVEL_WORDS.fullmatch(found.group("tail").strip()):
            draft.summary.impact = found.group("tail").strip().strip("*_").strip()
        return
