"""The top of a file: the labelled lines under the title (status, severity, ...).

Metadata goes into the document's metadata, not its introduction; start and
end written there ("**Start:** ...", "**Duration:** 14:03 - 15:10") go into
the Issue Summary. Lines that are not metadata stay, as written, at the head
of the introduction. (Front matter above the title is read by ``front_matter_fields``.)
"""

from __future__ import annotations

import re

from app.formats.markdown_read.authors import (
    author_names,
    byline_names,
    italic_names_byline,
    names_a_team,
    without_contacts,
    without_roles,
)
from app.formats.markdown_read.date_label_moment import date_line_moment
from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.header_label_runs import emphasised_label, label_run
from app.formats.markdown_read.header_parts import affected_as_impact, read_part_label, told_in_parts
from app.formats.markdown_read.header_story import STORY_LABELS, read_story_label, status_reading
from app.formats.markdown_read.joined_labels import role_among_joined
from app.formats.markdown_read.labels import (
    AUTHOR_LABELS,
    END_LABELS,
    IMPACT_WINDOW_LABELS,
    PRIORITY_LABELS,
    SERVICE_LABELS,
    SEVERITY_LABELS,
    START_LABELS,
    WINDOW_LABELS,
    read_window_label,
    scoped_severity,
    severity_reading,
    without_mention,
)
from app.formats.markdown_read.names_other_languages import LABELS as OTHER_LANGUAGES
from app.formats.markdown_read.property_row import property_row_labels
from app.formats.markdown_read.reviewers import without_reviewers
from app.formats.markdown_read.sentence_byline import names_in_written_by_sentence
from app.formats.markdown_read.student_bylines import credited_names, names_credited
from app.formats.markdown_read.tables import table_cells
from app.formats.markdown_read.time_groups import read_time_group
from app.formats.markdown_read.tokens import (
    Item,
    body_text,
    is_table_line,
    parse_items,
    split_label,
    unmarked_plural,
    without_bold,
)
from app.formats.markdown_read.version_status import VERSION_LABELS, status_in_version
from app.formats.markdown_read.window_label_forms import names_a_time, zone_in_label
from app.formats.markdown_read.window_labels import label_parts, read_window_labels
from app.text_pieces import in_turns
from app.timefmt import parse_date

# The word a printed memo opens with, above its TO/FROM/DATE/RE lines: never its title.
MEMO_WORD = re.compile(r"[ \t#*_]*(?:internal[ \t]+)?(?:memorandum|memo)[ \t*_:.]*", re.IGNORECASE)

# The Google SRE book's one-line "**Impact**: ..." header fields: (part, field).
HEADER_FIELDS = {
    "summary": ("", "introduction"),
    "impact": ("summary", "impact"),
    "root cause": ("summary", "root_cause"),
    "root causes": ("summary", "root_cause"),
    "cause": ("summary", "root_cause"),  # a short note's "Cause: the disk filled up"
    "why": ("summary", "root_cause"),  # "**Why:** we rotated the key but not in the function's env"
    "resolution": ("root_cause", "resolution"),
    "fix": ("root_cause", "resolution"),
}
# "**Auswirkung:** …", "**Causa:** …": the same fields, labelled in another language.
HEADER_FIELDS |= {
    name: HEADER_FIELDS[label] for label in ("impact", "cause", "resolution") for name in OTHER_LANGUAGES[label]
}
# The post-mortem's own status, however the header names it ("Document status | IN REVIEW", ":review-status:").
_DOCUMENT_STATUS_LABELS = ("status", "document status", "doc status", "review status", "review-status")
_DOCUMENT_STATUS_LABELS += ("report status", "postmortem status", "post-mortem status", "status of this document")
_DOCUMENT_STATUS_LABELS += tuple(name for name in OTHER_LANGUAGES["status"] if name != "zustand")
# "Doc state: Final", "Review state: In review": the document's state, said with the other word.
_DOCUMENT_STATUS_LABELS += ("doc state", "document state", "review state", "report state", "postmortem state")
# Who ran the review or owns the document stands for its authors until a label names who wrote it.
_STAND_IN_AUTHOR_LABELS = ("facilitator", "facilitated by", "owner", "document owner", "postmortem owner")
_WRITER_LABELS = ("authors", "author", "author(s)", "written by", "written up by", "write-up by", "prepared by")
# A label naming the write-up's own status, beside a "Status:" that may be the incident's (an incident tool's
# "**Status:** Closed" over "**Postmortem status:** In review").
_OWN_STATUS = re.compile(
    r"[ \t>*_-]{0,6}(?:(?:post-?mortem|report|document|doc|review)[ \t-]status|status of this document)\b",
    re.IGNORECASE,
)
_DATE_LABELS = ("date", "incident date", "date of incident", "incident day", "day", *OTHER_LANGUAGES["date"])


def _read_label(draft: Draft, head: str, item: Item | None) -> bool:
    """Read one labelled line into the metadata (or the window); ``False`` when it stays as text."""
    meta = draft.metadata
    key, value = split_label(head) or ("", "")
    key, value = zone_in_label(key, value, START_LABELS + END_LABELS)  # "Start (UTC): 10:39"
    key = role_among_joined(key, AUTHOR_LABELS, _WRITER_LABELS) or key  # "Facilitator / author: Kenji Watanabe"
    if key == "status" and draft.own_status_named:
        return False  # "Status: Closed" beside "Postmortem status: In review": the incident's, kept as written
    if key in _DOCUMENT_STATUS_LABELS and meta.status is None and (reading := status_reading(value))[0] is not None:
        meta.status = reading[0]
        return reading[1]  # "Complete, action items in progress": the tasks' statuses say the rest
    elif key in VERSION_LABELS and meta.status is None and (status := status_in_version(value)) is not None:
        meta.status = status  # "Version: 1.2 (final)"; the version number has no field: the line stays
        return False
    elif draft.other_template and (item is None or not item.body) and read_story_label(draft, key, value):
        pass  # "**Trigger:** …", "**Detection:** …": the story, told in the cause
    elif key in SEVERITY_LABELS:
        return _read_severity(draft, key, value)
    elif key in _CLASSIFICATION_LABELS and _NAMES_SEVERITY.match(value):
        return _read_severity(draft, "severity", value)  # "Classification: Severity 1"
    elif key in _CLASSIFICATION_LABELS and _NAMES_PRIORITY.match(value):
        return _read_severity(draft, "priority", value)  # "Classification: Priority 2 (major)"
    elif (
        key in _LABELS_LABELS
        and (not meta.severity or draft.severity_from_priority)
        and (sev := scoped_severity(value))
    ):
        # A label naming the severity ("postmortem sev2") says it better than a priority standing in for one.
        if draft.severity_from_priority:  # the note on how the priority's word was read no longer applies
            draft.notes[:] = [note for note in draft.notes if not note.startswith("The severity “")]
        meta.severity, draft.severity_from_priority = sev, False
        return False  # the other labels stay as written
    elif key == "owner" and names_a_team(value):
        return False  # "Owner: Realtime team": the team answers for it; no one is named as its author
    elif key == "contributors" and meta.authors and value and draft.other_template:
        # Notion's "Owner:" then "Contributors:": the page's owner first, then whoever else wrote it.
        meta.authors += [name for name in author_names(value) if name not in meta.authors]
    elif key in AUTHOR_LABELS and (meta.authors is None or (draft.authors_from_a_stand_in and key in _WRITER_LABELS)):
        stand_in, draft.authors_from_a_stand_in = meta.authors or [], key in _STAND_IN_AUTHOR_LABELS
        if value and draft.other_template and (credited := _credited_with_more(value)) is not None:
            # "Author: Fatima Diallo (github: fdiallo) | ALX SE": the names are the authors; the line stays
            meta.authors = credited + [name for name in stand_in if name not in credited]
            return False
        if value:
            # "… — reviewed by Kim Park": the reviewer is not an author; the line stays, crediting the review.
            reviewed = draft.other_template and (value := without_reviewers(written := value)) != written
            # The editor's own files write each name as typed; other tools add roles and mentions.
            meta.authors = author_names(value) if draft.other_template else [n.strip() for n in value.split(",")]
            people = without_roles(meta.authors) if draft.other_template else meta.authors
            # A facilitator who is not among the writers is still named (the label's line is read, not kept).
            meta.authors = people + [name for name in stand_in if name not in people]
            if (people != author_names(value) or reviewed) and draft.other_template:
                # "Prepared by: Nia Obi, Problem Manager": the author is the person; the line stays as written
                # so the role is not lost.
                return False
        else:
            nested = parse_items(item.body) if item is not None else []
            if any(isinstance(n, str) and n.strip() for n in nested):
                return False
            names = [n.text for n in nested if isinstance(n, Item)]
            meta.authors = [without_mention(name) for name in names] if draft.other_template else names
    elif key in SERVICE_LABELS and meta.service is None and value:
        meta.service = without_bold(value) if draft.other_template else value  # "**notify-worker** (email)"
        affected_as_impact(draft, key, value)  # "Affected Services: blog, …" over "Reason/Cause: …"
    elif key in _DATE_LABELS and (_window_beside_the_date(draft, value) or date_line_moment(draft, value)):
        return False  # the line stays as written: its length in brackets, say; "16/03/2020 3am UTC" its moment
    elif key in _DATE_LABELS and (day := parse_date(value)) is not None:
        # No field for the day itself (the line stays as written), but it is
        # the day of the times written alone in the timeline.
        if not draft.day_stated and day != draft.report_day:
            draft.day, draft.day_stated = day, True
            if parse_date(value.strip().strip("*_").strip()) is not None:
                draft.date_line = head if item is None else None  # the date alone: the start may show it
        return False
    elif read_time_group(draft, key, value, item):
        return False  # "- **Time**:" over "- Down: 15:21 UTC" and "- Up: 15:38 UTC": the window; kept as written
    elif key in START_LABELS + END_LABELS + WINDOW_LABELS and not (item is not None and item.body):
        if len(parts := label_parts(head)) > 1:  # "Start time: …, End time: …" on one line
            return read_window_labels(draft, parts)
        return read_window_label(draft, f"{key}: {value}")
    elif names_a_time(key) and not (item is not None and item.body):
        return read_window_label(draft, head)  # "Nap-Time: 08:10 to 09:55 UTC": the window, the line kept
    elif key in IMPACT_WINDOW_LABELS and read_window_label(draft, head):
        return True  # "**Impact:** 09:02–10:47 CET" is when, not what
    elif key in HEADER_FIELDS and value and item is None:
        part_name, name = HEADER_FIELDS[key]
        filled = draft.fill(getattr(draft, part_name) if part_name else draft, name, value)
        draft.cause_in_header = draft.cause_in_header or (filled and name == "root_cause")
        return filled
    else:
        return read_part_label(draft, key, value, item, HEADER_FIELDS)  # "- **Actions Taken**: …"
    return True


def _window_beside_the_date(draft: Draft, value: str) -> bool:
    """ "**Date:** 2025-03-02, 14:05–15:40 UTC": the window the date line states, ahead of the timeline's first
    impact row (the deploy that caused it came first), when no other line states one; and its day."""
    summary = draft.summary
    if summary.start is not None or summary.end is not None or not _CLOCK_IN_VALUE.search(value[:200]):
        return False
    from app.formats.markdown_read.window import read_range  # the window's reader, loaded with the reader anyway

    year = draft.day.year if draft.day else None
    found = read_range(value[:200], day=draft.day, zone=draft.zone, year=year, notes=draft.notes)
    if found is None or found[0] > found[1]:
        return False
    summary.start, summary.end = found[0], found[1]
    if not draft.day_stated:
        draft.day, draft.day_stated = found[0].date(), True
    return True


_CLOCK_IN_VALUE = re.compile(r"\d:\d\d")
_LABELS_LABELS = ("labels", "label", "tags")


def _credited_with_more(value: str) -> list[str] | None:
    """The names an author's label gives when it says more after them ("Fatima Diallo (github: fdiallo) |
    ALX SE | 0x19"): a handle in brackets, or the school and project after a "|", "·" or a spaced dash."""
    if "(" not in value and not any(mark in value for mark in "|·•—–"):
        return None
    return names_credited(value)


# A classification is a severity only when its value says so ("Severity 1", not "Confidential").
_CLASSIFICATION_LABELS = ("classification", "incident classification", "category", "incident level", "level")
_NAMES_SEVERITY = re.compile(r"[*_`]{0,2}sev(?:erity)?(?![a-z])", re.IGNORECASE)  # "Severity 1", "SEV2"
_NAMES_PRIORITY = re.compile(r"[*_`]{0,2}(?:priority[ \t-]*[1-4]|p[1-4])(?!\w)", re.IGNORECASE)  # "Priority 2", "P1"


def _read_severity(draft: Draft, key: str, value: str) -> bool:
    """A "Severity:" (or "Priority:") label's level into the metadata; whether its line was read whole.

    A priority is not a severity: it stands in for one only when the header
    writes no severity, and its line stays as written. A severity followed by
    words ("2 (degraded, revenue-affecting)") gives its level and keeps its line.
    """
    meta = draft.metadata
    if key in PRIORITY_LABELS:
        if meta.severity or draft.severity_labelled:
            return False
        meta.severity, _ = severity_reading(value, draft.notes)
        draft.severity_from_priority = meta.severity is not None
        return False
    if meta.severity and not draft.severity_from_priority:
        return False
    draft.severity_labelled = True
    level, whole = severity_reading(value, draft.notes)
    if level is None and (level := scoped_severity(value)) is not None:
        # GitLab's '~"severity::2"' label: the line is read whole only when it holds nothing else.
        label = f"severity::{level[3:]}"
        whole = value.strip().lower() in {f'~"{label}"', f"~{label}", label}
    if level is None:
        if draft.severity_from_priority:  # "Severity: TBD" after "Priority: P1": the priority does not stand in
            meta.severity, draft.severity_from_priority = None, False
        return False
    meta.severity, draft.severity_from_priority = level, False
    return whole


def read_details(draft: Draft, section: Section) -> None:
    """ "## Incident details" holding "| Started | ... |" rows or "**Severity:**" lines: read as the header.

    What is not a label the header reads stays, as written, under the section's heading.
    """
    leftover = read_metadata(draft, section.lines)
    draft.keep(section, leftover.split("\n"))


def read_authors(draft: Draft, section: Section) -> None:
    """An "Authors" section: a list of names, or one line of them, into the metadata."""
    entries = [entry for entry in parse_items(section.lines) if not (isinstance(entry, str) and not entry.strip())]
    names: list[str] = []
    if entries and all(isinstance(entry, Item) and not entry.body and entry.head.strip() for entry in entries):
        names = [entry.head.strip() for entry in entries if isinstance(entry, Item)]
    elif len(entries) == 1 and isinstance(entries[0], str):
        names = [name.strip() for name in entries[0].split(",") if name.strip()]
    people = without_contacts(names) if draft.other_template else names
    if draft.metadata.authors is not None or not people or any("," in name for name in people):
        draft.keep(section, section.lines, whole=True)
    else:
        draft.metadata.authors = people
        if people != names:  # "- GitHub Username: …" under the name says how to reach them: kept as written
            draft.keep(section, section.lines, whole=True)


_EMOJI_LEAD = re.compile(r"[^\x00-\x7f\w\s][^\x00-\x7f\w]{0,3}[ \t]*(?=[A-Za-z])")


def _decorated_label(draft: Draft, head: str) -> bool:
    """Whether a line led by an emoji is a label read without it ("💥 Impact: users saw errors")."""
    found = _EMOJI_LEAD.match(head)
    return found is not None and _read_label(draft, head[found.end() :], None)


def _wrapped_labels_joined(lines: list[str]) -> list[str]:
    """A labelled paragraph of the header's text fields written hard-wrapped ("**Impact:** Newly created …
    between" over "22:50 UTC on Jan 21 and …") as one line: the label's text is its whole paragraph."""
    out: list[str] | None = None  # made at the first line joined: a file with none keeps its list (8 bytes a line)
    pieces: list[str] = []  # a labelled line and the lines it runs on to, joined once at its end (linear)
    joining = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if joining and stripped and not _opens_another_part(stripped):
            if out is None:
                out = lines[: index - len(pieces)]
            pieces.append(stripped)
            continue
        if out is not None and pieces:
            out.append(_joined(pieces))
        label = split_label(stripped) if stripped and len(stripped) <= 2000 else None
        joining = bool(label and label[1] and (label[0] in HEADER_FIELDS or label[0] in STORY_LABELS))
        pieces = [line] if joining else []
        if out is not None and not joining:
            out.append(line)
    if out is not None and pieces:
        out.append(_joined(pieces))
    return lines if out is None else out


def _joined(pieces: list[str]) -> str:
    return pieces[0] if len(pieces) == 1 else " ".join([pieces[0].rstrip(), *pieces[1:]])


def _opens_another_part(line: str) -> bool:
    """Whether a line under a labelled one starts something else: a label, a heading, a list, a table, a quote."""
    if line[:1] in "#|>-*+" and not line.startswith("**"):
        return True
    return bool(split_label(line)) or bool(re.match(r"\d{1,3}[.)][ \t]", line))


_LINES_LOOKED_AT = 200


def _names_own_status(line: str) -> bool:
    """Whether ``line`` gives the write-up's own status ("**Postmortem status:** In review", "| Report status |
    Final |"): a status its reader knows, after a label naming the write-up's."""
    found = _OWN_STATUS.match(line) if len(line) <= 200 else None
    if found is None:
        return False
    value = line[found.end() :].lstrip("*_ \t:|").rstrip("*_ \t|")
    return status_reading(value)[0] is not None


def read_metadata(draft: Draft, lines: list[str]) -> str:
    """The labelled lines under the title; returns what is not metadata, as written."""
    leftover: list[str] = []
    byline: list[str] | None = None
    draft.own_status_named = any(_names_own_status(line) for line in lines[:_LINES_LOOKED_AT])
    draft.header_in_parts = draft.other_template and told_in_parts(lines, HEADER_FIELDS)
    if draft.other_template:
        lines = _wrapped_labels_joined(lines)
        for pair in property_row_labels(lines):  # "| Date | Severity | Service |" over one row of values
            _read_label(draft, pair, None)
    for entry in in_turns(parse_items(lines)):
        head = entry.head if isinstance(entry, Item) else entry.strip()
        raw = entry.raw if isinstance(entry, Item) else [entry]
        if isinstance(entry, str) and head.endswith("\\") and not head.endswith("\\\\"):
            # "Document status: Final\": pandoc's hard line break ends the label's line, not its value.
            head = entry = head[:-1].rstrip()
        if not head:
            leftover.extend(raw)
        elif isinstance(entry, str) and (parts := label_run(head)) is not None:
            # "_Status: Final · Severity: SEV-1 · Owner: Realtime team_": several labels on one line.
            # The line stays as written unless every label on it was read.
            if not all([_read_label(draft, part, None) for part in parts]):
                leftover.append(entry)
            if draft.other_template and byline is None:
                # "**Open** · opened by **mkoval** · 4 comments"; "_Severity: SEV1 · Written by Ana and Bo_": a
                # part of the run that is a byline of its own.
                byline = byline_names(entry) or next(filter(None, map(byline_names, parts)), None)
                byline = byline or credited_names(entry)
        elif isinstance(entry, str) and is_table_line(entry):
            # "| **Start Time** | Aug 12, 2021 10:02 AM EDT |": a row of a key-value table. The table
            # stays as written; what its rows say is read as well.
            cells = table_cells(entry)
            if len(cells) == 2 and cells[0].strip("*_ :"):
                _read_label(draft, f"{unmarked_plural(cells[0]).strip('*_ ').rstrip(':')}: {cells[1]}", None)
            leftover.append(entry)
        elif isinstance(entry, str) and (inner := emphasised_label(head)) and _read_label(draft, inner, None):
            pass  # "*Service: auth-gateway*": a label set in italics as a whole
        elif isinstance(entry, str) and head.startswith(">") and _read_label(draft, head[1:].strip(), None):
            pass  # "> Status: Final" under the title: the header's labels, set off as a quote
        elif not _read_label(draft, head, entry if isinstance(entry, Item) else None) and not (
            # "💥 Impact: …", "🔍 Root Cause: …": an emoji before the label is decoration
            isinstance(entry, str) and draft.other_template and _decorated_label(draft, head)
        ):
            if isinstance(entry, str) and draft.other_template and byline is None:
                # (the line stays: it often holds the date too)
                byline = byline_names(entry) or italic_names_byline(entry) or credited_names(entry)
                byline = byline or names_in_written_by_sentence(entry)  # "… PDT. Written by Ana and Bo."
            leftover.extend(raw)
    if draft.metadata.authors is None and byline:
        draft.metadata.authors = byline  # an "Authors:" label, wherever it stands, names them better
    elif byline and draft.metadata.authors and set(draft.metadata.authors) < set(byline):
        draft.metadata.authors = byline  # a page's "Owner" property, and "Written by" that owner and another
    # Taking lines out of the header leaves runs of blank lines behind.
    return re.sub(r"\n{3,}", "\n\n", body_text(leftover))
