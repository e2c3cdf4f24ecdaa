"""Labels people write before a value ("**Severity:** SEV-2", "Owner: Ana"), and reading their values."""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.tokens import split_label
from app.timefmt import parse_timestamp

AUTHOR_LABELS = ("authors", "author", "written by", "owners", "postmortem owner", "prepared by", "editors")
SERVICE_LABELS = ("service", "affected service", "affected services", "product", "affected product", "system")
START_LABELS = (
    "start time",
    "start",
    "started",
    "began",
    "incident start",
    "outage start",
    "start of incident",
    "impact start",
    "incident began",
)
END_LABELS = (
    "end time",
    "end",
    "ended",
    "resolved",
    "incident end",
    "outage end",
    "end of incident",
    "impact end",
    "resolved at",
    "incident resolved",
)
OWNER_LABELS = ("owner", "owners", "assignee", "assigned to", "who")
DUE_LABELS = ("due", "due date", "deadline", "by")
STATUS_LABELS = ("status", "state")
LINK_LABELS = ("link", "ticket", "bug", "issue", "url", "tracking")

_SEVERITY = re.compile(r"(?:sev(?:erity)?|p|priority)?[ \t-]*([1-4])", re.IGNORECASE)


def severity_of(value: str) -> str | None:
    """``SEV-2``, ``Sev 2``, ``P1``, ``2`` (also in bold or backticks) as ``SEV2``; ``None`` for anything else.

    The whole value must be the severity: "SEV2 (major)" stays as written,
    or its words would be lost.
    """
    match = _SEVERITY.fullmatch(value.strip().strip("*_`").strip())
    return f"SEV{match.group(1)}" if match else None


def read_window_label(draft: Draft, head: str) -> bool:
    """A "Start: <time>" or "End: <time>" line as the incident's start or end; ``False`` if it is not one."""
    key, value = split_label(head) or ("", "")
    name = "start" if key in START_LABELS else "end" if key in END_LABELS else None
    if name is None or getattr(draft.summary, name) is not None:
        return False
    moment = parse_timestamp(value, default_date=draft.day)
    if moment is None:
        return False
    setattr(draft.summary, name, moment)
    return True
