"""A report of several incidents, each under a heading that dates it and says how long it lasted.

A monthly availability report opens with a preamble, then gives each incident a part of its own:
"### March 5 14:31 UTC (lasting 1 hour and 12 minutes)" over paragraphs that tell its window, impact, cause
and fix. Such headings are no timeline's updates (an update does not last): a reader takes the first incident
as the one the form is about, its paragraphs as the Issue Summary, and keeps the others as written.
"""

from __future__ import annotations

import re
from datetime import date

from app.formats.markdown_read.draft import Section
from app.timeparse import read

_ANY_DAY_YEAR = 2000
_LONGEST_HEADING = 120
# "(lasting 1 hour and 12 minutes)", "— lasted 45 min", "(duration: 3 h)": how long the incident went on.
_LASTING = re.compile(
    r"\b(?:lasting|lasted|duration:?)[ \t]+(?:about[ \t]+|approximately[ \t]+|~)?\d{1,4}[ \t]*"
    r"(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\b",
    re.IGNORECASE,
)


def names_an_incident(heading: str) -> bool:
    """Whether a heading dates an incident and says how long it lasted ("March 5 14:31 UTC (lasting 1 hour)")."""
    if len(heading) > _LONGEST_HEADING:
        return False
    lasting = _LASTING.search(heading)
    if lasting is None:
        return False
    when = heading[: lasting.start()].strip().rstrip("(—–-,:").strip().strip("*_")
    reading = read(when, default_date=date(_ANY_DAY_YEAR, 1, 1)) if when else None
    return reading is not None and reading.has_date


def first_incident_as_summary(sections: list[Section], assigned: dict[int, str | None]) -> None:
    """The first of two or more incident parts is the Issue Summary, when no section is the summary already."""
    if "summary" in assigned.values():
        return
    incidents = [section for section in sections if names_an_incident(section.heading)]
    if len(incidents) >= 2 and all(assigned.get(id(section)) is None for section in incidents):
        first = incidents[0]
        assigned[id(first)] = "summary"
        # A summary's own heading is dropped as the form's, but this one says which incident and how long:
        # its words stay, as a paragraph of their own after the incident's (the text the summary keeps).
        first.lines = [*first.lines, "", first.heading]
