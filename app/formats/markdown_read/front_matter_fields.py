"""A file's front matter ("---" YAML or "+++" TOML over the text): kept whole, and its fields read.

A static-site generator's or an incident archive's front matter names the severity, the status, the
service, the authors and often the incident's moments ("start_time:", "detected_at:"); the block itself
is kept, as written, as a "Front matter" additional section.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.authors import author_names, names_a_team
from app.formats.markdown_read.draft import Draft, KeptText
from app.formats.markdown_read.front_matter import fenced, front_matter, simple_fields
from app.formats.markdown_read.front_matter_states import front_matter_updates
from app.formats.markdown_read.front_matter_times import INCIDENT_MOMENT_KEYS, front_matter_day, front_matter_start_key
from app.formats.markdown_read.labels import read_window_label, severity_of, without_mention
from app.formats.markdown_read.names import STATUSES
from app.formats.markdown_read.source_comments import comment_front_matter
from app.formats.markdown_read.status_page_files import is_status_page_file, status_page_window
from app.formats.markdown_read.tokens import name_key
from app.timefmt import parse_date

FRONT_MATTER_HEADING = "Front matter"


def read_front_matter(draft: Draft, lines: list[str]) -> dict[str, str]:
    """Take a static-site generator's front matter off the top of ``lines``; returns its simple fields.

    The block is kept whole, as a fenced code block in a "Front matter"
    additional section: nothing in it is lost, and it reads back the same.
    Its lines are blanked in ``lines`` (not removed) so that the positions of
    the sections below stay where they were.
    """
    found = front_matter(lines)
    if found is not None:
        language, content, end = found
        draft.kept.append(KeptText(-1, FRONT_MATTER_HEADING, fenced(language, content)))
    elif (in_comment := comment_front_matter(lines)) is not None:
        content, end = in_comment  # Nikola's "<!-- .. title: … -->": kept as written
        draft.kept.append(KeptText(-1, FRONT_MATTER_HEADING, fenced("", lines[: end + 1])))
    else:
        return {}
    lines[: end + 1] = [""] * (end + 1)
    fields = simple_fields(content)
    if "date" in fields:
        # A blog's "date:" is the day it was posted: the incident's own day, told in the text, comes first.
        # Jekyll writes the hour after it: "2026-02-20 09:00:00 +0000".
        posted = fields["date"].split("T")[0]
        draft.posted_day = parse_date(posted) or parse_date(posted.split(" ")[0])
    meta = draft.metadata
    if (severity := severity_of(fields.get("severity", ""), draft.notes)) is not None:
        meta.severity = severity
    if name_key(fields.get("status", "")) in STATUSES:
        meta.status = STATUSES[name_key(fields["status"])]
    for key in ("service", "services", "affected service", "product", "system", "component"):
        if fields.get(key):
            meta.service = fields[key]
            break
    if meta.authors is None and (names := _front_matter_authors(content)):
        meta.authors = names
    for key in _FRONT_MATTER_WINDOW:
        if fields.get(key):  # "start_time: 2012-07-30T02:33:00Z": the incident's window, as a label gives it
            read_window_label(draft, f"{_WINDOW_LABEL.get(key, key.replace('_', ' '))}: {fields[key]}")
    incident_moments(draft, fields)
    if is_status_page_file(fields):
        status_page_window(draft, fields)  # "date:" the update that opened it, "resolvedWhen:" the one closing it
        draft.front_matter_updates = front_matter_updates(content)  # "incident_states:", the body left empty
    return fields


def incident_moments(draft: Draft, fields: dict[str, str]) -> None:
    """The start from "detected_at:" when no start is given; the day of the text's lone times from the
    incident's stamped moments ("detected_at: 2026-09-09T18:40:00-03:00"), ahead of any file date."""
    if not any(key in fields for key in INCIDENT_MOMENT_KEYS):
        return
    start_key = front_matter_start_key(fields)
    if start_key is not None and start_key not in _FRONT_MATTER_WINDOW and draft.summary.start is None:
        read_window_label(draft, f"start: {fields[start_key]}")
    draft.day = draft.day or front_matter_day(fields)


# The window as an incident archive's front matter writes it.
_FRONT_MATTER_WINDOW = ("start_time", "end_time", "started_at", "resolved_at", "start", "end", "ended_at")
# The archive's names the labels do not know as such (Etsy's morgue writes "started_at:" and "ended_at:").
_WINDOW_LABEL = {"started_at": "start", "ended_at": "end"}


# (A morgue's "owner:" is the post-mortem's owner, who writes it up.)
_FRONT_MATTER_AUTHORS = re.compile(r"(?:authors?|author\(s\)|owner)[ \t]*[:=][ \t]*(?P<value>.*)", re.IGNORECASE)
_LIST_ENTRY = re.compile(r"[ \t]+-[ \t]+(?P<name>\S.*)")


def _front_matter_authors(content: list[str]) -> list[str]:
    """``authors = ["Helen Park"]`` (TOML), ``author: Helen Park`` or a YAML list under ``authors:``."""
    for index, line in enumerate(content):
        found = _FRONT_MATTER_AUTHORS.fullmatch(line)
        if found is None:
            continue
        value = found.group("value").strip()
        if line.lower().startswith("owner") and names_a_team(value):
            continue  # "owner: platform-team": the team answers for it; no one is named as its author
        if value.startswith("[") and value.endswith("]"):
            names = [name.strip().strip("\"'") for name in value[1:-1].split(",")]
        elif value:
            names = author_names(_without_profile_link(value.strip("\"'")))
        else:
            names = _listed_authors(content[index + 1 : index + 50])
        return [name for name in names if name]
    return []


# "Ana Lee ([@ana](https://social.example/@ana))": the writer's profile, linked after the name.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,80})\]\([^()\s]{1,300}\)")
_HANDLE_ASIDE = re.compile(r"[ \t]*\([ \t]*@[\w.-]{1,40}[ \t]*\)[ \t]*$")


def _without_profile_link(value: str) -> str:
    """An author's name without the handle or link to a profile written after it, as a reader records it."""
    return _HANDLE_ASIDE.sub("", _MARKDOWN_LINK.sub(r"\1", value[:400]))


# An entry's own fields under it, deeper than its "-" ("    link: https://…", "    twitter: '@kb'").
_ENTRY_FIELD = re.compile(r"[ \t]+[A-Za-z_][\w-]{0,40}[ \t]*:.*")
# A blog theme's author as a record: "- name: '@kb'" (then "link:", "twitter:"); the name is the author.
_NAMED_RECORD = re.compile(r"(?:name|display_?name|full_?name)[ \t]*:[ \t]*(?P<name>.*)", re.IGNORECASE)


def _listed_authors(following: list[str]) -> list[str]:
    """The names of a YAML list under ``authors:``: "- Helen Park" a line, or "- name: Helen Park" records."""
    names: list[str] = []
    in_record = unnamed = False
    for line in following:
        entry = _LIST_ENTRY.fullmatch(line)
        if entry is None:
            if not in_record or not _ENTRY_FIELD.fullmatch(line):
                break
            if unnamed and (record := _NAMED_RECORD.fullmatch(line.strip())) is not None:
                names.append(_record_name(record))  # "- link: …" over "  name: …"
                unnamed = False
            continue  # the record's other fields
        name = entry.group("name").strip()
        in_record = _ENTRY_FIELD.fullmatch(f" {name}") is not None
        unnamed = False
        if (record := _NAMED_RECORD.fullmatch(name)) is not None:
            names.append(_record_name(record))
        elif in_record:
            unnamed = True
        else:
            names.append(name.strip("\"'"))
    return names


def _record_name(record: re.Match[str]) -> str:
    """A record's name as written, its quotes taken off; a handle ("@kb") is the person's name."""
    return without_mention(record.group("name").strip().strip("\"'"))
