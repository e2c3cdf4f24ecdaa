"""Whether a line is a milestone written name first: "Alert raised: 12 Feb 2025, 14:02 CET", "- **Mitigated:** 14:55".

The shape only, cheap and with no time read: the timeline's ``milestone_lines`` reads such a line into an event,
and ``milestone_block`` finds a block of them above the sections; a plain document loads neither the timeline's
readers nor anything else for it.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.tokens import name_key

# Matched on a short line only ("- **Alert raised:** 12 Feb 2025, 14:02 CET"): a name of letters, up to five
# words, then a colon and the value.
_MILESTONE = re.compile(
    r"[*_]{0,2}(?P<name>[A-Za-z][A-Za-z'’/-]{0,20}(?:[ \t][A-Za-z'’/-]{1,20}){0,4})[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]+"
    r"(?P<when>\S[^\n]{2,60})"
)
# A clock in the value: "14:02", "2:02 PM", "1402Z", "14h02". A date alone is a day, not a moment of the incident.
CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}|\d[ \t]?[AaPp]\.?[Mm]\b|\b\d{4}[ \t]?Z\b")
_SHORT_LINE = 100
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+")
# Names of the report's own data, not of a moment of the incident.
_NOT_MILESTONES = frozenset(
    (
        *("date", "time", "when", "day", "duration", "length", "window", "period", "timezone", "time zone"),
        *("posted", "updated", "last updated", "published", "written", "created", "prepared", "reviewed"),
        *("report date", "date of incident", "incident date", "date and time", "meeting", "review meeting"),
    )
)
# The window's own names: a summary's "Start:" and "End:" are no events, but among a list of milestones
# ("Incident Start: …" over "Time of Detection: …", "Planned Restart: …") they are its first and last.
WINDOW_NAMES = frozenset(
    ("start", "end", "start time", "end time", "started", "ended", "incident start", "incident end")
)


def is_milestone_line(line: str) -> str | None:
    """The time written on a milestone's line ("- **Mitigated:** 14:55" gives "14:55"), unread; else ``None``."""
    found = name_and_time(_BULLET.sub("", line, count=1))
    return found[1] if found is not None else None


def name_and_time(line: str, *, window_names: bool = False) -> tuple[str, str] | None:
    """A milestone line's name and its time as written ("Alert raised", "12 Feb 2025, 14:02 CET"), else ``None``.

    The window's names ("Incident Start") only with ``window_names``: the caller has seen other milestones beside it.
    """
    line = line.strip()
    if len(line) > _SHORT_LINE or (found := _MILESTONE.fullmatch(line)) is None:
        return None
    name = found["name"].strip()
    when = found["when"].strip().strip("*_").strip()
    key = name_key(name)
    if key in _NOT_MILESTONES or (key in WINDOW_NAMES and not window_names) or not CLOCK.search(when):
        return None
    return name, when
