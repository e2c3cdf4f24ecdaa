"""A section of labelled lines only, under a name of its own ("## Outage" over "**Period:** …", "**Impact:** …"):
the incident's fields, read as a header's.

A company's report often opens with a short block of fields under a heading that names the incident rather
than a part ("## Outage", "## The incident"), then its Timeline. Every line of it is a label and its value, and
some of those labels are the header's ("Impact", "Severity", "Start", "Duration"). A careful reader reads them
as the header's: the impact is the impact. The lines the header does not read stay under the heading.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.header import HEADER_FIELDS
from app.formats.markdown_read.labels import END_LABELS, SERVICE_LABELS, SEVERITY_LABELS, START_LABELS, WINDOW_LABELS
from app.formats.markdown_read.tokens import split_label

_BULLET = re.compile(r"[ \t]*(?:[-*+][ \t]+)?")
_KNOWN = frozenset((*HEADER_FIELDS, *START_LABELS, *END_LABELS, *WINDOW_LABELS, *SEVERITY_LABELS, *SERVICE_LABELS))
_KNOWN |= {"period", "outage period", "time period"}
_MOST_LINES = 20  # a block of fields, not a section of prose


def fields_sections_as_details(sections: list[Section], assigned: dict[int, str | None]) -> None:
    """Make an unnamed section of labelled lines before the timeline the header's details."""
    for section in sections:
        if assigned.get(id(section)) == "timeline":
            return
        if assigned.get(id(section)) is None and _only_fields(section.lines):
            assigned[id(section)] = "details"


def _only_fields(lines: list[str]) -> bool:
    written = [line for line in lines if line.strip()]
    if not 2 <= len(written) <= _MOST_LINES:
        return False
    labels = [split_label(_BULLET.sub("", line[:300], count=1).strip()) for line in written]
    if any(label is None or not label[1] for label in labels):
        return False
    return sum(label[0] in _KNOWN for label in labels if label is not None) >= 1
