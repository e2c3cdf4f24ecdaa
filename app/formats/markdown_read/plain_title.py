"""The title of a file that has no heading for it: its first line, standing alone, as a person reads it.

A Google Docs export writes the title as a bold line ("**Postmortem: Search
suggestions stale**"); a bug tracker's text copy starts with the bug's
summary ("Bug 4471 - Nightly backups skipped"). A short first line that is a
paragraph of its own, not a label, a sentence or a time, is the title.
"""

from __future__ import annotations

import itertools
import re

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.labels import (
    AUTHOR_LABELS,
    END_LABELS,
    LINK_LABELS,
    OWNER_LABELS,
    PRIORITY_LABELS,
    SERVICE_LABELS,
    SEVERITY_LABELS,
    START_LABELS,
    STATUS_LABELS,
)
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.plain_headline import headline_title
from app.formats.markdown_read.specific_title import KIND_THEN_WHAT, is_generic, only_a_link
from app.formats.markdown_read.tokens import BULLET, TIME_LED, heading_of, is_table_line, split_label

_LONGEST_TITLE = 120
_BOLD = re.compile(r"(?:\*\*|__)(?P<text>[^*_\n]{3,120})(?:\*\*|__)")


def first_line_title(preamble: list[str]) -> str:
    """The first line of ``preamble`` when it reads as the title, taken out of it; else ``""``."""
    found = title_line(preamble)
    if found is None:
        return _linked_title(preamble) or _named_under_a_kind_of_report(preamble) or _headline_alone(preamble)
    del preamble[found[0]]
    return found[1]


# "[Postmortem: Checkout errors](https://blog.example/…)": a link and nothing else on the line.
_LINK_LINE = re.compile(r"[ \t]*\[(?P<text>[^\[\]\n]{3,200})\]\((?P<address>[^()\s]{1,2000})\)[ \t]*")


def _linked_title(preamble: list[str]) -> str:
    """A first line standing alone that is only a link whose words read as a title (a post copied from where it
    was published, its title linking there): the words, taken out; the address stays where the line was."""
    first = next((index for index, line in enumerate(preamble) if line.strip()), None)
    if first is None or (first + 1 < len(preamble) and preamble[first + 1].strip()):
        return ""
    link = _LINK_LINE.fullmatch(preamble[first]) if len(preamble[first]) <= 2300 else None
    # (Its words must say it is the report: "[the runbook](…)" alone is a link the text gives, not a title.)
    if link is None or not _CALLS_ITSELF_A_REPORT.search(link["text"]) or title_line([link["text"]]) is None:
        return ""
    preamble[first] = link.group("address")
    return link.group("text").strip()


def title_under_first_name(preamble: list[str], sections: list[Section]) -> str:
    """The title written a level down right under the first section's name, nothing above them ("# Issue
    Summary" over "## Postmortem: Apache answered 500"): the writer put the name first and the title under it.
    The title is taken out of that section; ``""`` when its first line is no such heading."""
    if any(line.strip() for line in preamble) or not sections or section_key(sections[0].heading) is None:
        return ""
    body = sections[0].lines
    first = next((index for index, line in enumerate(body) if line.strip()), None)
    heading = heading_of(body[first]) if first is not None and len(body[first]) <= 300 else None
    if first is None or heading is None or heading[0] <= sections[0].level:
        return ""
    text = heading[1].strip()
    found = KIND_THEN_WHAT.fullmatch(text)
    if found is None or only_a_link(found.group("what")) or text.endswith((".", ",", ";", ":")):
        return ""
    del body[first]
    return text


def _headline_alone(preamble: list[str]) -> str:
    """A first line standing alone written as a headline with a full stop ("Web server 02 down."), taken out."""
    first = next((index for index, line in enumerate(preamble) if line.strip()), None)
    if first is None or (first + 1 < len(preamble) and preamble[first + 1].strip()):
        return ""
    if not _could_be_title(preamble[first]) or (split_label(preamble[first].strip()) or ("", ""))[1]:
        return ""
    title = headline_title(preamble[first])
    if title:
        del preamble[first]
    return title


# "INCIDENT POST-MORTEM REPORT", "Incident review", "Major incident report": what the document is, not what happened.
_KIND_WORDS = (
    r"(?:report|post[- ]?mortem|review|retrospective|write[- ]?up|rca|debrief"
    r"|case[ \t]stud(?:y|ie)"  # "Case Study: Disaster Handling", a course's or a blog's word for a post-mortem
    r"|(?:incident|outage)[ \t]note)s?"  # "Incident note: …", a short write-up's name for itself
)
_KIND_OF_REPORT = re.compile(r"(?:[A-Za-z-]{1,20}[ \t]){0,3}" + _KIND_WORDS, re.IGNORECASE)
# "Harbor Booking System Postmortem: The Day the Queue Stood Still": the system's name may take more words.
_NAMED_KIND_OF_REPORT = re.compile(r"(?:[A-Za-z0-9-]{1,20}[ \t]){0,5}" + _KIND_WORDS, re.IGNORECASE)
_CALLS_ITSELF_A_REPORT = re.compile(r"\b" + _KIND_WORDS + r"\b", re.IGNORECASE)


def _named_under_a_kind_of_report(preamble: list[str]) -> str:
    """A first paragraph of two short lines, a kind of report over what happened ("INCIDENT POST-MORTEM
    REPORT" over "Voice calls dropped after 60 seconds", as text copied from a PDF starts): both lines as the
    title, taken out of the preamble; else ``""``."""
    first = next((index for index, line in enumerate(preamble) if line.strip()), None)
    if first is None or first + 1 >= len(preamble):
        return ""
    kind, what = preamble[first].strip(), preamble[first + 1].strip()
    # Alone, or over the report's first label ("Duration:", "Start Time: …"), as a plain text copy runs on.
    alone = first + 2 >= len(preamble) or not preamble[first + 2].strip() or _a_label(preamble[first + 2])
    if not alone or len(kind) > 60 or len(what) > _LONGEST_TITLE or not _KIND_OF_REPORT.fullmatch(kind):
        return ""
    if not _could_be_title(what) or what.endswith((".", ":", "?", "!", ",", ";")) or (split_label(what) or ("", ""))[1]:
        return ""
    del preamble[first : first + 2]
    return f"{kind}: {what}"


# A ticket's key leading its summary, as a tracker's text copy or mail starts: "[OPS-4821] Search indexing
# stalled", "OPS-4821: …", "INC0012345 - …", "Bug 4471 – …". Without brackets a separator must follow.
_TICKET_LED = re.compile(
    r"(?:\[[A-Z][A-Z0-9_]{1,14}-\d{1,7}\][ \t]*(?:[:|–—-][ \t]*)?"
    r"|(?:[A-Z][A-Z0-9_]{1,14}-\d{1,7}|(?:INC|PRB|CHG|RITM|SIR|TASK)\d{4,12}"
    r"|(?:Bug|Issue|Ticket|Incident)[ \t]#?\d{1,9})"
    r"[ \t]*(?::|[ \t][|–—-])[ \t]*)"
    r"(?=[^\W\d_])"
)


def title_line(lines: list[str]) -> tuple[int, str] | None:
    """Where the first line of ``lines`` is, and its text, when it reads as the title.

    A ticket's key leading the line makes it the title even with the ticket's fields right under it; the
    key stays in the title, as written: it is how the team names the incident, and it is kept nowhere else.
    """
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    line = lines[first].strip()
    if len(line) <= _LONGEST_TITLE and _TICKET_LED.match(line) and not line.endswith(":"):
        return first, line
    if first + 1 < len(lines) and (kind := _kind_then_what(lines[first + 1])) and _names_an_owner(line):
        # "Harbourview Dental Clinic" over "Incident Report: Online booking unavailable", as a Word file's
        # letterhead starts: the organisation, then the title; the organisation's line stays as text.
        return first + 1, kind
    # "Harbor Cloud Status" over "Degraded performance of webhooks", as a status page copied whole starts:
    # the site's name, then the incident's; the site's line stays as text.
    what = lines[first + 1].strip() if first + 1 < len(lines) and _STATUS_SITE.fullmatch(line) else ""
    if what and len(what) <= _LONGEST_TITLE and _could_be_title(what) and not what.endswith((".", ":", ",", ";")):
        return first + 1, what
    if _over_a_byline(lines, first):
        # "Summary of the Storage Event in Region X" over "Acme Cloud | Public Post-Event Summary", as a PDF's
        # first page starts: the title, then who published it and what kind of text it is; that line stays text.
        return first, line
    alone = first + 1 >= len(lines) or not lines[first + 1].strip() or _fields_under(lines, first + 1)
    if not alone or len(line) > _LONGEST_TITLE or not _could_be_title(lines[first]):
        return None
    bold = _BOLD.fullmatch(line)
    text = bold.group("text").strip() if bold else line
    label = split_label(text) if not bold else None
    if label is not None and label[1] and _NAMED_KIND_OF_REPORT.fullmatch(label[0]) and not only_a_link(label[1]):
        return first, text  # "Postmortem: Checkout errors", "Incident report: …": what the report is about
    if label is not None and label[0] in _WHAT_WENT_WRONG and len(_WORD.findall(label[1])) >= 3:
        return first, text  # an issue tracker's "Incident: CI runners stuck in pending": what happened, not a field
    if label is not None and _headline_pair(label[0], label[1]):
        return first, text  # "Lost in the Logs: A Week of Outages", a blog's two-part headline
    if text.endswith((".", ":", "?", "!", ",", ";")) or (label or ("", ""))[1]:
        return None  # a sentence, or a "Label: value" line (a bold line of its own is the title: "**Postmortem: …**")
    return first, text


# A headline's second part: "The Great Queue Jam of 2023", "A Tale of Two Caches" (a small joining word among
# capitalised ones: a person's name, "Jane Ann Smith", has none).
_HEADLINE_PART = re.compile(
    r"(?-i:(?:The|A|An)[ \t]+[A-Z0-9][\w'’-]{0,30}(?:[ \t]+(?:[A-Z0-9][\w'’-]{0,30}|of|and|the|in|on|for|a|to)){1,8}"
    r"|[A-Z][\w'’-]{0,30}(?:[ \t]+[A-Z0-9][\w'’-]{0,30}){0,3}[ \t]+(?:of|and|the|in|on|for|to)"
    r"(?:[ \t]+(?:[A-Z0-9][\w'’-]{0,30}|of|and|the|in|on|for|a|to)){1,6})"
)
# What a field's label is, not a headline's first part.
_FIELD_LABELS = frozenset(
    [
        *(*AUTHOR_LABELS, *SERVICE_LABELS, *START_LABELS, *END_LABELS, *STATUS_LABELS, *SEVERITY_LABELS),
        *(*OWNER_LABELS, *LINK_LABELS, *PRIORITY_LABELS, "date", "title", "subject", "location", "team", "project"),
        *("company", "from"),
    ]
)


def _headline_pair(label: str, value: str) -> bool:
    """Whether "label: value" standing alone first is a two-part headline rather than a field: the value reads
    as a title's second part, and the label is no field's or section's name."""
    if len(value) > 90 or label in _FIELD_LABELS or section_key(label) is not None:
        return False
    return _HEADLINE_PART.fullmatch(value.rstrip("!?")) is not None


# A byline under a title: two or three short parts split by a bar or a middle dot ("Acme Cloud | Public Summary").
_BYLINE = re.compile(r"[^|·\n]{2,60}(?:[ \t][|·][ \t][^|·\n]{2,60}){1,2}")


def _a_label(line: str) -> bool:
    """Whether a line is a label of the report: "Duration:" alone, or "Start Time: …" with its value."""
    text = line.strip()
    if len(text) > 300 or not _could_be_title(text):
        return False
    return (text.endswith(":") and len(text) <= 60) or split_label(text) is not None


def _over_a_byline(lines: list[str], first: int) -> bool:
    """Whether the first line stands over a byline, the two a paragraph of their own, and reads as a title."""
    if first + 1 >= len(lines) or (first + 2 < len(lines) and lines[first + 2].strip()):
        return False
    line, byline = lines[first].strip(), lines[first + 1].strip()
    if len(line) > _LONGEST_TITLE or not _could_be_title(line) or line.endswith((".", ":", "?", "!", ",", ";")):
        return False
    if (split_label(line) or ("", ""))[1] or is_table_line(byline) or not _BYLINE.fullmatch(byline):
        return False
    return not byline.endswith((".", ":", ",", ";"))


# A status page's name heading its copy: "Harbor Cloud Status", "Acme Status Page", "Status | Acme".
_STATUS_SITE = re.compile(r"(?:[A-Z][\w.&'-]*[ \t]){1,4}Status(?:[ \t]Page)?|Status[ \t]?\|[ \t]?[\w .&'-]{2,40}")


# "Incident: …", "Outage: …" over a tracker's fields: the title (a short value, "Incident: #4512", is a field).
_WHAT_WENT_WRONG = ("incident", "outage")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _kind_then_what(line: str) -> str:
    """The line when it reads "Incident Report: what happened" (or with a dash), short and not a sentence."""
    text = line.strip()
    kind = KIND_THEN_WHAT.fullmatch(text) if len(text) <= _LONGEST_TITLE else None
    if kind is None or only_a_link(kind.group("what")) or text.endswith((".", ",", ";", ":")):
        return ""
    return text


def _names_an_owner(line: str) -> bool:
    """Whether a first line could be a letterhead: a short name of a few capitalised words, not a label."""
    words = line.split()
    if not 1 <= len(words) <= 6 or len(line) > 60 or ":" in line or not _could_be_title(line):
        return False
    if is_generic(line) or _KIND_OF_REPORT.fullmatch(line):
        return False  # "Postmortem Report" over "Incident Report: …" names the kind of document (specific_title)
    return line[-1] not in ".:?!,;" and all(word[0].isupper() or word in ("of", "and", "&", "the") for word in words)


def _fields_under(lines: list[str], start: int) -> bool:
    """Whether the lines from ``start`` to the next blank one are all "Field: value" lines (a ticket's
    "Created: 07/Nov/24 3:12 AM   Updated: …" under its summary): the line above them stands alone."""
    block = list(itertools.takewhile(str.strip, lines[start : start + 40]))
    return all(len(line) <= 300 and (split_label(line.strip()) or ("", ""))[1] for line in block)


def _could_be_title(line: str) -> bool:
    stripped = line.strip()
    if heading_of(line) or BULLET.match(line) or is_table_line(line) or TIME_LED.match(line):
        return False
    return stripped[0] not in "<>[!`|-=+~%{" and any(char.isalpha() for char in stripped)


_HTML_H1 = re.compile(r"[ \t]*<h1(?:[ \t][^>]*)?>(?P<title>[^<>]{1,300})</h1>[ \t]*", re.IGNORECASE)


def html_title(preamble: list[str]) -> str:
    """The text of an HTML ``<h1>`` above the first section, taken out of the preamble."""
    for index, line in enumerate(preamble):
        match = _HTML_H1.fullmatch(line)
        if match is not None:
            del preamble[index]
            return match.group("title").strip()
    return ""
