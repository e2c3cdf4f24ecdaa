"""The title of an incident record copied from a service desk or an alerting tool, when its heading only names
the kind of record.

A ServiceNow major incident report heads its copy "MAJOR INCIDENT REPORT" and names the incident in its
"Short description:" field; an Opsgenie or PagerDuty export heads it "Opsgenie Incident Report" and names it on
the incident's line, "Incident #4471  [P2]  Checkout 5xx in eu-west-1". A careful reader takes the field's
value, or the words after the incident's number and tags, as the title, and a tag's level ("[P2]") as the
severity. The heading's words stay above the first section; the incident's number and tags stay where they
were written.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.labels import severity_of
from app.formats.markdown_read.specific_title import is_generic
from app.formats.markdown_read.tokens import heading_of, split_label

# "Major Incident Report", "Opsgenie Incident Report", "Incident Record", "Post-Incident Review": a heading
# naming the kind of record, in at most three words before its kind.
_KIND_OF_RECORD = re.compile(
    r"(?:[\w-]{1,20}[ \t]+){0,3}(?:incident[ \t]+)?(?:report|record|review|summary|postmortem|post-mortem)",
    re.IGNORECASE,
)
# The fields that name the incident in a service desk's record.
# ("Summary:" is left out: in a report it is often the summary itself, a sentence without its full stop.)
_TITLE_FIELDS = ("short description", "incident title", "title", "incident name")
# "Incident #4471  [P2]  Checkout 5xx", "Alert #88 - Disk full", "Incident 4471: Checkout 5xx".
_INCIDENT_LINE = re.compile(
    r"(?P<number>(?:incident|alert)[ \t]+#?\d{1,10})(?P<tags>(?:[ \t]*\[[^\[\]\n]{1,20}\])*)"
    r"[ \t]*(?:[-–—:|][ \t]*)?(?P<title>[^\s\[#].{2,200})",
    re.IGNORECASE,
)
_LONGEST_TITLE = 160
_LOOKED_AT = 40  # lines of the preamble: the record's fields are under its heading


def record_title(title: str, preamble: list[str]) -> tuple[str, str | None]:
    """The title (``title`` itself, or one the record's fields name; ``preamble`` changes in place), and the
    severity a tag beside the incident's number states ("[P2]": ``"SEV2"``), if any."""
    stripped = title.strip().strip("*_").strip()
    if stripped and not is_generic(stripped) and not _KIND_OF_RECORD.fullmatch(stripped):
        return title, None
    for index, line in enumerate(preamble[:_LOOKED_AT]):
        text = line.strip()
        if not text or len(text) > _LONGEST_TITLE + 40 or heading_of(line):
            continue
        label = split_label(text)
        if label is not None and label[0] in _TITLE_FIELDS and _names_an_incident(label[1]):
            del preamble[index]
            _keep_heading(stripped, preamble)
            return label[1].strip(), None
        found = _INCIDENT_LINE.fullmatch(text)
        if found is not None and _names_an_incident(found.group("title")):
            level = None
            for tag in re.findall(r"\[([^\[\]]{1,20})\]", found.group("tags")):
                level = level or severity_of(tag)
            preamble[index] = f"{found.group('number')}{found.group('tags')}".strip()
            _keep_heading(stripped, preamble)
            return found.group("title").strip(), level
    return title, None


def _names_an_incident(value: str) -> bool:
    """A short line of words, not a sentence: "Payroll export failed for 3 entities"."""
    value = value.strip()
    return 3 <= len(value) <= _LONGEST_TITLE and not value.endswith((".", ":", ",", ";")) and " " in value


def _keep_heading(heading: str, preamble: list[str]) -> None:
    if heading:
        preamble[:0] = [heading, ""]
