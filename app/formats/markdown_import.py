"""Markdown import: the reference layout, hand-written variants and other templates.

Reading is in two steps. The text is cut into sections at the headings of
the sections' level (whatever that level is in this file), and each section
whose heading is known (case-insensitive, with the usual synonyms) is read
by its own small parser. Whatever a parser does not recognise, and every
unknown section, is kept word for word as an additional section: importing
never loses text.

Files from other templates get a fuller reading than the editor's own
export (recognised by its seven section headings): setext headings and
details inside a task's line count only there, because the export writes
free text as typed and a line of it may look like either. Front matter is
kept whole, and two-space hard line breaks become backslash breaks, which
the model's trimming of trailing spaces leaves alone.

Everything here is a single pass over the lines (no regular expression can
backtrack over more than one line), so import time grows linearly with the
file; a 10,000-event document reads faster than the ``markdown`` package
renders it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError

from app.errors import DocumentError
from app.formats.markdown_export import (
    CAPTION_DANGERS,
    CLOSING_DANGERS,
    EXTRA_SECTIONS_LINE,
    FLOWCHART_HEADING_LINE,
    FLOWCHART_IMAGE_ALT,
    FLOWCHART_SLOT,
    SECTION_HEADINGS,
    link_from_text,
    outside_fences,
    unescape_block,
)
from app.formats.markdown_lines import (
    Item,
    Reader,
    Section,
    body_text,
    fenced,
    find_headings,
    front_matter,
    group_text,
    heading_of,
    is_table_line,
    keep_hard_breaks,
    name_key,
    parse_items,
    parse_table,
    set_text,
    simple_fields,
    split_label,
    table_cells,
    take_table,
    text_of_items,
    under_subheadings,
)
from app.formats.markdown_timeline import read_timeline
from app.model import LayoutDirection, NodeKind, PostMortem, Status, TaskStatus
from app.timefmt import parse_date, parse_timestamp

# --------------------------------------------------------------------------- names

_SECTIONS: dict[str, str] = {}
for _key, _names in {
    "introduction": [
        "introduction",
        "overview",
        "incident overview",
        "background",
        "context",
        "summary",
        "executive summary",
        "description",
        "incident description",
        "tl;dr",
        "tldr",
    ],
    "summary": ["issue summary", "incident summary", "summary of the issue", "summary of the incident"],
    "impact": ["impact", "customer impact", "user impact", "business impact", "impact assessment", "scope and impact"],
    "timeline": [
        "timeline",
        "incident timeline",
        "detailed timeline",
        "timeline of events",
        "event timeline",
        "chronology",
        "incident chronology",
        "sequence of events",
        "what happened",
    ],
    "root_cause": ["root cause and resolution", "root cause & resolution", "root causes and resolution"],
    "cause": [
        "root cause",
        "root causes",
        "cause",
        "causes",
        "root cause analysis",
        "contributing factors",
        "contributing factor",
        "root causes and contributing factors",
        "root cause and contributing factors",
        "why it happened",
    ],
    "resolution": [
        "resolution",
        "resolution and recovery",
        "recovery",
        "mitigation",
        "mitigation and resolution",
        "how it was resolved",
    ],
    "measures": [
        "corrective and preventative measures",
        "corrective and preventive measures",
        "corrective actions",
        "preventive measures",
        "preventative measures",
        "action items",
        "action item",
        "follow-up items",
        "follow-up actions",
        "follow up actions",
        "followup actions",
        "follow-up tasks",
        "follow-ups",
        "follow up",
        "follow-up",
        "remediation",
        "remediations",
        "next steps",
        "action plan",
    ],
    "closing_notes": ["closing notes", "conclusion", "conclusions", "closing thoughts", "final notes"],
    "humor": ["humor element", "humour element", "humor", "humour"],
}.items():
    for _name in _names:
        _SECTIONS[_name] = _key

_STATUSES = {
    "draft": Status.DRAFT,
    "in review": Status.IN_REVIEW,
    "review": Status.IN_REVIEW,
    "under review": Status.IN_REVIEW,
    "final": Status.FINAL,
    # The post-mortem itself is finished ("Complete, action items in progress" is not a status: it stays as text).
    "complete": Status.FINAL,
    "completed": Status.FINAL,
    "published": Status.FINAL,
}
_TASK_STATUSES = {
    "open": TaskStatus.OPEN,
    "todo": TaskStatus.OPEN,
    "to do": TaskStatus.OPEN,
    "not started": TaskStatus.OPEN,
    "in progress": TaskStatus.IN_PROGRESS,
    "started": TaskStatus.IN_PROGRESS,
    "doing": TaskStatus.IN_PROGRESS,
    "done": TaskStatus.DONE,
    "closed": TaskStatus.DONE,
    "complete": TaskStatus.DONE,
    "completed": TaskStatus.DONE,
    "fixed": TaskStatus.DONE,
}
_NODE_KINDS = {kind.value: kind for kind in NodeKind} | {"dead-end": NodeKind.DEAD_END, "end": NodeKind.RESOLUTION}


_SETEXT_TITLE = re.compile(r" {0,3}=+[ \t]*")


def is_own_layout(lines: list[str], flags: list[bool]) -> bool:
    """Whether the file is laid out as this editor exports it: its first seven level-2 headings.

    The export writes free text as typed, so a line of text followed by a
    ``---`` line may be in it; in such a file underlines are not headings.
    Other files get the fuller reading that other templates need.
    """
    names: list[str] = []
    for index, line in enumerate(lines):
        found = heading_of(line) if flags[index] else None
        if found is not None and found[0] == 2:
            names.append(name_key(found[1]))
            if len(names) == len(_OWN_HEADINGS):
                break
    return names == _OWN_HEADINGS


_OWN_HEADINGS = [name_key(heading) for heading in SECTION_HEADINGS.values()]


def split_sections(lines: list[str], *, setext: bool = False) -> tuple[str, list[str], list[Section], int | None]:
    """Title, preamble, sections and the index of the first additional section (or ``None``)."""
    flags = outside_fences(lines)
    headings = find_headings(lines, flags, setext=setext)
    title, start, before_title = "", 0, 0
    first_text_line = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if first_text_line + 1 < len(lines) and _SETEXT_TITLE.fullmatch(lines[first_text_line + 1]):
        if not heading_of(lines[first_text_line]):  # "Title" underlined with "===".
            title, start = lines[first_text_line].strip(), first_text_line + 2
            headings = [heading for heading in headings if heading[0] >= start]
    elif headings:
        first_index, first_level, first_text, first_body = headings[0]
        later = [heading[1] for heading in headings[1:]]
        if not later or first_level < min(later):
            title, before_title, start, headings = first_text.strip(), first_index, first_body, headings[1:]
    level = min((heading[1] for heading in headings), default=0)
    bounds = [(index, text, body) for index, found_level, text, body in headings if found_level == level]
    marker_line = next(
        (i for i in range(start, len(lines)) if flags[i] and EXTRA_SECTIONS_LINE.fullmatch(lines[i])),
        None,
    )
    # Text above an ATX title is kept with the text under it.
    preamble = lines[:before_title] + lines[start : bounds[0][0] if bounds else len(lines)]
    sections: list[Section] = []
    extras_from: int | None = None
    for number, (index, text, body_start) in enumerate(bounds):
        end = bounds[number + 1][0] if number + 1 < len(bounds) else len(lines)
        body = lines[body_start:end]
        if marker_line is not None and index < marker_line < end:
            body = lines[body_start:marker_line] + lines[marker_line + 1 : end]
        if marker_line is not None and extras_from is None and index > marker_line:
            extras_from = len(sections)
        sections.append(Section(text.strip(), body, index))
    if marker_line is not None and marker_line < (bounds[0][0] if bounds else len(lines)):
        preamble = [line for line in preamble if not EXTRA_SECTIONS_LINE.fullmatch(line)]
        extras_from = 0
    return title, preamble, sections, extras_from


# --------------------------------------------------------------------------- section readers


def read_metadata(reader: Reader, lines: list[str]) -> str:
    """The bold-label lines under the title; returns what is not metadata, as written."""
    meta = reader.data["metadata"]
    leftover: list[str] = []
    for entry in parse_items(lines):
        head = entry.head if isinstance(entry, Item) else entry.strip()
        raw = entry.raw if isinstance(entry, Item) else [entry]
        label = split_label(head) if head else None
        if not head and not isinstance(entry, Item):
            leftover.append(entry)
            continue
        key, value = label if label else ("", "")
        if key == "status" and name_key(value) in _STATUSES and "status" not in meta:
            meta["status"] = _STATUSES[name_key(value)]
        elif key == "severity" and (severity := _severity(value)) and "severity" not in meta:
            meta["severity"] = severity
        elif key in ("authors", "author", "written by") and "authors" not in meta:
            if value:
                meta["authors"] = [name.strip() for name in value.split(",")]
            else:
                nested = parse_items(entry.body) if isinstance(entry, Item) else []
                if any(isinstance(n, str) and n.strip() for n in nested):
                    leftover.extend(raw)
                    continue
                meta["authors"] = [n.text for n in nested if isinstance(n, Item)]
        elif key in ("service", "affected service", "product", "affected product", "system") and "service" not in meta:
            meta["service"] = value
        elif key in ("date", "incident date", "date of incident") and (day := parse_date(value)) is not None:
            # No field for the day itself (the line stays as written), but it is
            # the day of the times written alone in the timeline.
            reader.day = reader.day or day
            leftover.extend(raw)
        elif key in _HEADER_FIELDS and value and not isinstance(entry, Item):
            # The Google SRE book's one-line "**Impact**: ..." header fields.
            if not _fill(reader, _HEADER_FIELDS[key], value):
                leftover.extend(raw)
        else:
            leftover.extend(raw)
    # Taking lines out of the header leaves runs of blank lines behind.
    return re.sub(r"\n{3,}", "\n\n", body_text(leftover))


_HEADER_FIELDS = {
    "summary": ("", "introduction"),
    "impact": ("summary", "impact"),
    "root cause": ("summary", "root_cause"),
    "root causes": ("summary", "root_cause"),
    "resolution": ("root_cause", "resolution"),
}


def _fill(reader: Reader, where: tuple[str, str], value: str) -> bool:
    part, name = where
    target = reader.data[part] if part else reader.data
    if target.get(name):
        return False
    target[name] = value
    return True


def _severity(value: str) -> str | None:
    match = re.fullmatch(r"(?:sev(?:erity)?|p)?[ \t-]*([1-4])", value.strip(), re.IGNORECASE)
    return f"SEV{match.group(1)}" if match else None


def read_introduction(reader: Reader, section: Section) -> None:
    set_text(reader, section, "", "introduction", unescape_block(body_text(section.lines)))


def read_closing_notes(reader: Reader, section: Section) -> None:
    set_text(reader, section, "", "closing_notes", unescape_block(body_text(section.lines)))


def read_impact(reader: Reader, section: Section) -> None:
    set_text(reader, section, "summary", "impact", _prose_or_list(section.lines))


def read_cause(reader: Reader, section: Section) -> None:
    set_text(reader, section, "root_cause", "cause", _prose_or_list(section.lines))


def read_resolution(reader: Reader, section: Section) -> None:
    set_text(reader, section, "root_cause", "resolution", _prose_or_list(section.lines))


def _prose_or_list(lines: list[str]) -> str:
    """A section's text as written; a plain bulleted list as the export writes one.

    These fields are exported as nested bullets under a bold label, so a
    "* A slow query" section would come out as "- * A slow query" (a list in
    a list). One bullet becomes its text, several a "- " list, as when the
    same text is read from nested bullets. Numbered lists keep their numbers.
    """
    entries = parse_items(lines)
    items = [entry for entry in entries if isinstance(entry, Item)]
    only_items = not any(isinstance(entry, str) and entry.strip() for entry in entries)
    if items and only_items and all(item.marker in "-*+" for item in items):
        return text_of_items(entries)
    return unescape_block(body_text(lines))


_SUMMARY_SUBHEADINGS = {"impact": "impact", "root cause": "root_cause", "root causes": "root_cause"}
_ROOT_CAUSE_SUBHEADINGS = {
    "cause": "cause",
    "root cause": "cause",
    "root causes": "cause",
    "resolution": "resolution",
    "fix": "resolution",
}
_START_LABELS = ("start time", "start", "started", "began", "incident start", "outage start")
_END_LABELS = ("end time", "end", "ended", "resolved", "incident end", "outage end")


def read_summary(reader: Reader, section: Section) -> None:
    summary, leftover = reader.data["summary"], []
    entries, texts = under_subheadings(parse_items(section.lines), _SUMMARY_SUBHEADINGS)
    summary.update(texts)
    for entry in entries:
        if isinstance(entry, str):
            leftover.append(entry)
            continue
        key, value = split_label(entry.head) or ("", "")
        if key == "duration" and not value:
            for child in parse_items(entry.body):
                if not (isinstance(child, Item) and _read_time_label(summary, child.head)):
                    leftover.extend(child.raw if isinstance(child, Item) else [child])
        elif key in _START_LABELS + _END_LABELS and not entry.body and _read_time_label(summary, entry.head):
            pass
        elif key == "impact" and "impact" not in summary:
            summary["impact"] = group_text(entry, value)
        elif key in ("root cause", "cause", "root causes") and "root_cause" not in summary:
            summary["root_cause"] = group_text(entry, value)
        else:
            leftover.extend(entry.raw)
    reader.keep(section, leftover)


def _read_time_label(summary: dict[str, Any], head: str) -> bool:
    key, value = split_label(head) or ("", "")
    moment = parse_timestamp(value)
    if moment is None:
        return False
    name = "start" if key in _START_LABELS else "end" if key in _END_LABELS else None
    if name is None or name in summary:
        return False
    summary[name] = moment
    return True


def read_root_cause(reader: Reader, section: Section) -> None:
    part, leftover = reader.data["root_cause"], []
    entries, texts = under_subheadings(parse_items(section.lines), _ROOT_CAUSE_SUBHEADINGS)
    part.update(texts)
    for entry in entries:
        if isinstance(entry, str):
            leftover.append(entry)
            continue
        key, value = split_label(entry.head) or ("", "")
        if key in ("cause", "root cause", "root causes") and "cause" not in part:
            part["cause"] = group_text(entry, value)
        elif key in ("resolution", "fix", "remediation") and "resolution" not in part:
            part["resolution"] = group_text(entry, value)
        else:
            leftover.extend(entry.raw)
    if not part and any(line.strip() for line in leftover):
        part["cause"] = unescape_block(body_text(leftover))  # Written as prose, not as labelled bullets.
    else:
        reader.keep(section, leftover)


# --------------------------------------------------------------------------- measures

_IMPROVEMENT_LABELS = ("improvements", "improvement", "preventative measures", "preventive measures", "lessons")
_TASK_LABELS = ("tasks", "task", "action items", "actions", "follow-ups", "todo")
_CHECKBOX = re.compile(r"\[([ xX])\](?:[ \t]+|$)")
_OWNER_LABELS = ("owner", "owners", "assignee", "assigned to", "who")
_DUE_LABELS = ("due", "due date", "deadline", "by")
_STATUS_LABELS = ("status", "state")
_LINK_LABELS = ("link", "ticket", "bug", "issue", "url", "tracking")


def read_measures(reader: Reader, section: Section) -> None:
    measures, leftover = reader.data["measures"], []
    entries = parse_items(section.lines)
    under_improvements = False  # After an "### Improvements" sub-heading, plain items are improvements.
    index = 0
    while index < len(entries):
        entry = entries[index]
        index += 1
        if isinstance(entry, str):
            heading = heading_of(entry)
            if heading is not None:
                under_improvements = name_key(heading[1]) in _IMPROVEMENT_LABELS
                if not under_improvements and name_key(heading[1]) not in _TASK_LABELS:
                    leftover.append(entry)
            elif is_table_line(entry):
                table, index = take_table(entries, index - 1)
                leftover.extend(_tasks_table(table, measures["tasks"]))
            else:
                leftover.append(entry)
            continue
        key, value = split_label(entry.head) or ("", "")
        if key in _IMPROVEMENT_LABELS:
            nested = parse_items(entry.body)
            if value:
                measures["improvements"].append(value)
            for child in nested:
                if isinstance(child, Item):
                    measures["improvements"].append(child.text)
                else:
                    leftover.append(child)
        elif key in _TASK_LABELS:
            for child in parse_items(entry.body):
                if isinstance(child, Item):
                    leftover.extend(_task(child, measures["tasks"], inline=reader.other_template))
                else:
                    leftover.append(child)
        elif under_improvements:
            measures["improvements"].append(entry.text)
        else:
            # A plain list under an "Action Items" heading: each item is a task.
            leftover.extend(_task(entry, measures["tasks"], inline=reader.other_template))
    reader.keep(section, leftover)


def _task(item: Item, tasks: list[dict[str, Any]], *, inline: bool = False) -> list[str]:
    """Append the task ``item`` describes; returns the lines of it that are not understood."""
    text, status = item.head, None
    checkbox = _CHECKBOX.match(text)
    if checkbox:
        text = text[checkbox.end() :]
        status = TaskStatus.DONE if checkbox.group(1) in "xX" else TaskStatus.OPEN
    task: dict[str, Any] = {"text": text, "status": status or TaskStatus.OPEN}
    if inline and not item.body:
        task.update(_inline_details(text))
    leftover: list[str] = []
    extra_text: list[str] = []
    for child in parse_items(item.body):
        if isinstance(child, str):
            if child.strip():
                extra_text.append(child.strip())
            continue
        key, value = split_label(child.head) or ("", "")
        if key in _OWNER_LABELS and not child.body:
            task["owner"] = value
        elif key in _DUE_LABELS and not child.body and (due := parse_date(value)) is not None:
            task["due"] = due
        elif key in _STATUS_LABELS and not child.body and name_key(value) in _TASK_STATUSES:
            task["status"] = _TASK_STATUSES[name_key(value)]
        elif key in _LINK_LABELS and not child.body:
            task["link"] = link_from_text(value)
        else:
            leftover.extend(child.raw)
    if extra_text:
        task["text"] = " ".join([text, *extra_text]).strip()  # Lazy continuation of the task's own line.
    tasks.append(task)
    return leftover


# "[JIRA-123](https://...)", "[#42](...)": a link whose text is a ticket id names the task's ticket.
_TICKET_LINK = re.compile(r"\[(?:[A-Z][A-Z0-9_]{0,19}-\d{1,9}|#\d{1,9})\]\([^()\s]{1,500}\)")
_AUTOLINK = re.compile(r"<https?://[^\s<>]{1,500}>|https?://[^\s<>()]{1,500}")


def _inline_details(text: str) -> dict[str, Any]:
    """Owner, due date, status and ticket written on a task's own line, and the text without them.

    Read: a ticket link or web address at the end, and before it a
    parenthesised group in which every part is a detail the task has a field
    for, as in "Add index (owner: Ana, due 2024-05-10) [JIRA-123](https://...)".
    Anything else (a group with other words, a link in mid-sentence) stays
    in the text, as written.
    """
    details: dict[str, Any] = {}
    rest = text.rstrip()
    last_space = max(rest.rfind(" "), rest.rfind("\t"))
    tail = rest[last_space + 1 :]
    if last_space > 0 and (_TICKET_LINK.fullmatch(tail) or _AUTOLINK.fullmatch(tail)):
        details["link"], rest = link_from_text(tail), rest[:last_space].rstrip()
    opening = rest.rfind("(")
    if opening > 0 and rest.endswith(")") and (fields := _detail_fields(rest[opening + 1 : -1])):
        details.update(fields)
        rest = rest[:opening].rstrip()
    if details:
        details["text"] = rest
    return details


def _detail_fields(group: str) -> dict[str, Any] | None:
    """``owner: Ana, due 2024-05-10`` as task fields; ``None`` unless every part is understood."""
    fields: dict[str, Any] = {}
    # Semicolons, when used, separate the parts: then a date may hold a comma ("due: March 3, 2025").
    for part in group.split(";" if ";" in group else ","):
        label = split_label(part.strip())
        key, value = label if label and label[1] else _word_and_rest(part)
        if key in _OWNER_LABELS and value and "owner" not in fields:
            fields["owner"] = value
        elif key in _DUE_LABELS and (due := parse_date(value)) is not None and "due" not in fields:
            fields["due"] = due
        elif key in _STATUS_LABELS and name_key(value) in _TASK_STATUSES and "status" not in fields:
            fields["status"] = _TASK_STATUSES[name_key(value)]
        else:
            return None
    return fields


def _word_and_rest(part: str) -> tuple[str, str]:
    """``due 2024-05-10`` as ``("due", "2024-05-10")``."""
    word, _, rest = part.strip().partition(" ")
    return word.lower(), rest.strip()


_TASK_TEXT_COLUMNS = ("action", "action item", "action items", "task", "item", "description", "what", "text")
# "**DONE**" (as the Google SRE book writes it in its Bug column) or a bare upper-case "DONE".
_STATUS_WORDS = "|".join(sorted((re.escape(name) for name in _TASK_STATUSES), key=len, reverse=True))
_STATUS_MARKER = re.compile(
    rf"(.*?)[ \t]*(?:(?:\*\*|__)({_STATUS_WORDS})(?:\*\*|__)|(?<![^ \t])({_STATUS_WORDS}))[ \t]*", re.IGNORECASE
)
_NO_LINK = ("", "n/a", "na", "n.a.", "none", "-", "--", "—", "–")


def _tasks_table(lines: list[str], tasks: list[dict[str, Any]]) -> list[str]:
    """Tasks from an action-items table; returns the table itself when it has no task column.

    A column the task has no field for (the SRE book's "Type"), or a due date
    or status that cannot be read, is kept in the task's text as
    "(Type: mitigate)": nothing is lost, and the items are not also kept as
    a second copy of the table.
    """
    table = parse_table(lines)
    if table is None:
        return lines
    header, rows = table
    names = table_cells(lines[0])
    columns = {
        "text": next((i for i, n in enumerate(header) if n in _TASK_TEXT_COLUMNS), None),
        "owner": next((i for i, n in enumerate(header) if n in _OWNER_LABELS), None),
        "due": next((i for i, n in enumerate(header) if n in _DUE_LABELS), None),
        "status": next((i for i, n in enumerate(header) if n in _STATUS_LABELS), None),
        "link": next((i for i, n in enumerate(header) if n in _LINK_LABELS), None),
    }
    if columns["text"] is None:
        return lines
    used = set(columns.values())
    for row in rows:
        task: dict[str, Any] = {"text": row[columns["text"]], "status": TaskStatus.OPEN}
        notes = [(names[i], row[i]) for i in range(len(header)) if i not in used and row[i]]
        if columns["owner"] is not None:
            task["owner"] = row[columns["owner"]]
        status_read = False
        if (column := columns["status"]) is not None and row[column]:
            status_read = name_key(row[column]) in _TASK_STATUSES
            if status_read:
                task["status"] = _TASK_STATUSES[name_key(row[column])]
            else:
                notes.append((names[column], row[column]))
        if (column := columns["link"]) is not None:
            link, marker = _split_status_marker(row[column])
            if marker is not None and not status_read:
                task["status"] = marker
            elif marker is not None:
                link = row[column]
            if link.strip().lower() not in _NO_LINK:
                task["link"] = link_from_text(link)
        if (column := columns["due"]) is not None and row[column]:
            task["due"] = parse_date(row[column])
            if task["due"] is None:
                notes.append((names[column], row[column]))
        if notes:
            task["text"] = f"{task['text']} ({'; '.join(f'{name}: {value}' for name, value in notes)})".strip()
        tasks.append(task)
    return []


def _split_status_marker(cell: str) -> tuple[str, TaskStatus | None]:
    """A cell without its trailing status marker (``Bug 123 **DONE**``), and that status."""
    match = _STATUS_MARKER.fullmatch(cell)
    if match is None or (match.group(3) is not None and not match.group(3).isupper()):
        return cell, None  # "see the docs": a lower-case word is text, not a marker.
    return match.group(1), _TASK_STATUSES[name_key(match.group(2) or match.group(3))]


# --------------------------------------------------------------------------- humor element

_NODE = re.compile(r"\*\*([A-Za-z][A-Za-z0-9_-]{0,63})\*\*[ \t]*\(([^)\n]{1,20})\)(?:[ \t]*:(?: (.*))?)?")
_ID = r"\*\*([A-Za-z][A-Za-z0-9_-]{0,63})\*\*"
_EDGE = re.compile(rf"{_ID}[ \t]*(?:→|->|-->)[ \t]*{_ID}(?::[ \t]?(.*))?")
_OUR_SLOTS = ("*[insert link to diagram/flowchart]*", "*[flowchart: see the steps and arrows below]*")


def read_humor(reader: Reader, section: Section) -> None:
    humor, lines = reader.data["humor"], section.lines
    flags = outside_fences(lines)
    slot = next((i for i, line in enumerate(lines) if flags[i] and FLOWCHART_SLOT.fullmatch(line)), None)
    chart = next(
        (i for i in range(slot or 0, len(lines)) if flags[i] and FLOWCHART_HEADING_LINE.fullmatch(lines[i])), None
    )
    caption_end = slot if slot is not None else chart if chart is not None else len(lines)
    humor["caption"] = unescape_block(body_text(lines[:caption_end]), CAPTION_DANGERS)
    leftover: list[str] = []
    if slot is not None:
        closing_end = chart if chart is not None else len(lines)
        humor["closing"] = unescape_block(body_text(lines[slot + 1 : closing_end]), CLOSING_DANGERS)
        slot_line = lines[slot].strip()
        if slot_line.lower() not in _OUR_SLOTS and not slot_line.startswith(f"![{FLOWCHART_IMAGE_ALT}]("):
            leftover.append(lines[slot])  # Someone's own picture: keep the link.
    if chart is not None:
        leftover.extend(_read_flowchart(humor["flowchart"], lines[chart + 1 :]))
    reader.keep(section, leftover)


def _read_flowchart(chart: dict[str, Any], lines: list[str]) -> list[str]:
    leftover: list[str] = []
    for entry in parse_items(lines):
        if isinstance(entry, str):
            leftover.append(entry)
            continue
        key, value = split_label(entry.head) or ("", "")
        if key in ("layout", "direction") and not entry.body and value.lower() in _DIRECTIONS:
            chart["direction"] = _DIRECTIONS[value.lower()]
        elif key in ("steps", "nodes") and not value:
            for child in parse_items(entry.body):
                if not (isinstance(child, Item) and _read_node(chart, child)):
                    leftover.extend(child.raw if isinstance(child, Item) else [child])
        elif key in ("arrows", "edges") and not value:
            for child in parse_items(entry.body):
                match = _EDGE.fullmatch(child.head) if isinstance(child, Item) and not child.body else None
                if match is None:
                    leftover.extend(child.raw if isinstance(child, Item) else [child])
                else:
                    chart["edges"].append(
                        {"source": match.group(1), "target": match.group(2), "label": (match.group(3) or "").strip()}
                    )
        else:
            leftover.extend(entry.raw)
    return leftover


_DIRECTIONS = {
    "left to right": LayoutDirection.LEFT_TO_RIGHT,
    "lr": LayoutDirection.LEFT_TO_RIGHT,
    "top to bottom": LayoutDirection.TOP_TO_BOTTOM,
    "tb": LayoutDirection.TOP_TO_BOTTOM,
}


def _read_node(chart: dict[str, Any], item: Item) -> bool:
    match = _NODE.fullmatch(item.head)
    kind = _NODE_KINDS.get(name_key(match.group(2))) if match else None
    if match is None or kind is None:
        return False
    first = match.group(3)
    body = unescape_block("\n".join(item.body))  # the lines under the bullet are escaped like free text
    label = f"{first}\n{body}" if first and item.body else first or body
    chart["nodes"].append({"id": match.group(1), "kind": kind, "label": label.strip("\n")})
    return True


HANDLERS = {
    "introduction": read_introduction,
    "summary": read_summary,
    "impact": read_impact,
    "timeline": read_timeline,
    "root_cause": read_root_cause,
    "cause": read_cause,
    "resolution": read_resolution,
    "measures": read_measures,
    "closing_notes": read_closing_notes,
    "humor": read_humor,
}


def from_markdown(text: str | bytes) -> PostMortem:
    """Read a post-mortem from Markdown; any text gives a document or a ``DocumentError``."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise DocumentError(f"is not UTF-8 text (byte 0x{text[error.start]:02x} at offset {error.start})") from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise DocumentError("is a binary file, not Markdown text")
    if _is_json(text):
        raise DocumentError("this looks like JSON, not Markdown: rename it to .json")
    try:
        return _read(text.split("\n"))
    except (ValidationError, ValueError, RecursionError) as error:
        # Safety net for untrusted text: a value the model refuses becomes a
        # clear message instead of a traceback.
        raise DocumentError(f"cannot read the Markdown: {str(error).splitlines()[0]}") from None


def _is_json(text: str) -> bool:
    """Whether the whole text is one JSON object or array (a ``.json`` file saved as ``.md``).

    Read as Markdown it would become an Introduction of braces and export as
    an empty post-mortem. Markdown that merely starts with a brace or a
    ``[link]`` is not valid JSON as a whole, so it still imports.
    """
    stripped = text.strip()
    if not (stripped[:1] == "{" and stripped[-1:] == "}") and not (stripped[:1] == "[" and stripped[-1:] == "]"):
        return False
    try:
        value = json.loads(stripped)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, (dict, list))


FRONT_MATTER_HEADING = "Front matter"


def _read(lines: list[str]) -> PostMortem:
    reader = Reader()
    fields = _read_front_matter(reader, lines)
    setext = reader.other_template = not is_own_layout(lines, outside_fences(lines))
    title, preamble, sections, extras_from = split_sections(lines, setext=setext)
    reader.data["metadata"]["title"] = title or fields.get("title", "")
    leftover_preamble = read_metadata(reader, preamble)
    known = sections if extras_from is None else sections[:extras_from]
    # The Issue Summary goes first: its start date is the day of times written alone in the timeline.
    order = sorted(known, key=lambda section: _SECTIONS.get(name_key(section.heading)) != "summary")
    keys = {_SECTIONS.get(name_key(section.heading)) for section in known}
    for section in order:
        key = _SECTIONS.get(name_key(section.heading))
        if key == "summary" and "introduction" not in keys and not _reads_as_summary(section):
            # Atlassian's "Incident summary" is a paragraph, not the reference's
            # labelled bullets: with no Introduction it is the introduction.
            key = "introduction"
        handler = HANDLERS.get(key) if key else None
        if handler is None or not reader.claim(key or ""):
            reader.keep(section, section.lines, whole=True)
        else:
            handler(reader, section)
    if extras_from is not None:
        for section in sections[extras_from:]:
            reader.keep(section, section.lines, whole=True)
    if leftover_preamble:
        intro = reader.data.get("introduction", "")
        reader.data["introduction"] = "\n\n".join(part for part in (leftover_preamble, intro) if part)
    reader.extras.sort(key=lambda extra: extra[0])
    reader.data["extra_sections"] = [{"heading": heading, "body": body} for _, heading, body in reader.extras]
    _keep_hard_breaks(reader.data)
    return PostMortem.model_validate(reader.data)


def _reads_as_summary(section: Section) -> bool:
    """Whether any of ``section`` fills an Issue Summary field (duration, impact, root cause)."""
    scratch = Reader()
    read_summary(scratch, section)
    return bool(scratch.data["summary"])


def _read_front_matter(reader: Reader, lines: list[str]) -> dict[str, str]:
    """Take a static-site generator's front matter off the top of ``lines``; returns its simple fields.

    The block is kept whole, as a fenced code block in a "Front matter"
    additional section: nothing in it is lost, and it reads back the same.
    Its lines are blanked in ``lines`` (not removed) so that the positions of
    the sections below stay where they were.
    """
    found = front_matter(lines)
    if found is None:
        return {}
    language, content, end = found
    reader.extras.append((-1, FRONT_MATTER_HEADING, fenced(language, content)))
    lines[: end + 1] = [""] * (end + 1)
    fields = simple_fields(content)
    if "date" in fields:
        reader.day = parse_date(fields["date"].split("T")[0])
    return fields


# Multi-line text fields, where a Markdown hard line break means something.
_TEXT_FIELDS = (
    ("", "introduction"),
    ("", "closing_notes"),
    ("summary", "impact"),
    ("summary", "root_cause"),
    ("root_cause", "cause"),
    ("root_cause", "resolution"),
    ("humor", "caption"),
    ("humor", "closing"),
)


def _keep_hard_breaks(data: dict[str, Any]) -> None:
    for part, name in _TEXT_FIELDS:
        target = data[part] if part else data
        if isinstance(target.get(name), str):
            target[name] = keep_hard_breaks(target[name])
    for item in data["timeline"]:
        item["text"] = keep_hard_breaks(item["text"])
    for extra in data["extra_sections"]:
        extra["body"] = keep_hard_breaks(extra["body"])
