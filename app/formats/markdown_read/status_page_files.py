"""An incident file of a status page kept in git (cState, Hugo status themes, Upptime-like sites).

Such a file is front matter naming the incident ("title:", "date:", "resolved: true", "resolvedWhen:",
"severity:", "affected:") over the updates posted while it lasted, newest first: one heading per update,
"## 2025-01-21T18:00:00 - Service is back" over its bullets, or cState's "::: update Resolved | 2021-03-19T10:01Z"
blocks. A reader takes the front matter's date as the start (a status page posts the incident when it
begins) and its resolution time as the end, and the updates as the timeline, each at its time. The updates
stay in the order written (validation says they run newest first).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from app.formats.markdown_read.clock_headings import is_clock_heading
from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.incident_sections import names_an_incident
from app.formats.markdown_read.labels import read_window_label
from app.formats.markdown_read.outage_parts import parts_as_timeline
from app.formats.markdown_read.status_ruled_updates import take_ruled_updates
from app.formats.markdown_read.status_track_updates import take_tracked_updates
from app.formats.markdown_read.status_written_timeline import STATUS_UPDATES_HEADING, take_written_timeline
from app.timeparse import read

# Fields only a status page's incident file writes: it is resolved or not, and says which parts it touched.
_STATUS_PAGE_KEYS = (
    *("resolved", "resolvedwhen", "resolved_on", "affectedsystems", "max_severity", "current_severity"),
    "resolveddate",
)
_END_KEYS = ("resolvedwhen", "resolved_on", "resolved_at", "resolvedat", "resolveddate")
# cState's update block: "::: update Resolved | 2021-03-19T10:01:00.000Z", its text below, up to ":::".
_UPDATE_BLOCK = re.compile(r"[ \t]*:::[ \t]*update[ \t]+(?P<status>[^|\n]{1,30}?)[ \t]*\|[ \t]*(?P<when>\S[^\n]{3,60})")
_BLOCK_END = re.compile(r"[ \t]*:::[ \t]*")
_ANY_DAY = date(2000, 1, 1)
_LONGEST_HEADING = 120


def is_status_page_file(fields: Mapping[str, str]) -> bool:
    """Whether the front matter is a status page's incident file's."""
    return "date" in fields and any(key in fields for key in _STATUS_PAGE_KEYS)


def status_page_window(draft: Draft, fields: Mapping[str, str]) -> None:
    """The start from the front matter's "date:" and the end from its resolution time, where no start or end
    was given otherwise."""
    if draft.summary.start is None and fields.get("date"):
        read_window_label(draft, f"start: {_unquoted(fields['date'])}")
    end = next((fields[key] for key in _END_KEYS if fields.get(key)), None)
    if draft.summary.end is None and end:
        read_window_label(draft, f"end: {_unquoted(end)}")


def _unquoted(value: str) -> str:
    return value.split("#", 1)[0].strip().strip("'\"")


def updates_as_timeline(
    preamble: list[str], draft: Draft, sections: list[Section], extras_from: int | None
) -> tuple[list[Section], int | None]:
    """The status page's updates as a Timeline section, when the file has none: those its front matter lists,
    cState's update blocks (taken out of the text above the sections), else two or more sections headed by the
    time of their update."""
    from app.formats.markdown_read.names import section_key

    limit = len(sections) if extras_from is None else extras_from
    if any(section_key(section.heading) == "timeline" for section in sections[:limit]):
        return sections, extras_from
    # cState's "::: update" blocks, or its paragraphs closed by a {{< track "…" >}} shortcode
    updates = draft.front_matter_updates or None
    if (
        updates
        or (updates := _take_update_blocks(preamble)) is not None
        or (updates := take_tracked_updates(preamble))
        or (not sections[:limit] and (updates := take_ruled_updates(preamble)))  # "14:12 GMT+1" over each, "---"
    ):
        position = sections[0].position if sections else 0
        if (written := take_written_timeline(preamble)) is not None:
            # "05:15: Our systems were updated …" above the updates: the writer's timeline is the incident's.
            kept = Section(STATUS_UPDATES_HEADING, updates, position)
            return [Section("Timeline", written, position), kept, *sections], _moved(extras_from, 2)
        timeline = Section("Timeline", updates, position)
        return [timeline, *sections], _moved(extras_from, 1)
    timed = [
        number
        for number, section in enumerate(sections[:limit])
        if _timed_heading(section.heading) and not names_an_incident(section.heading)  # "(lasting 1 hour)": no update
    ]
    if len(timed) < 2:  # a log's "### 11:28 UTC" updates under a title naming the day
        timed = [number for number, section in enumerate(sections[:limit]) if is_clock_heading(section.heading)]
    return parts_as_timeline(sections, timed, extras_from)


def _moved(extras_from: int | None, by: int) -> int | None:
    return None if extras_from is None else extras_from + by


def _timed_heading(heading: str) -> bool:
    """Whether a heading starts with a date and a clock ("2025-01-21T18:00:00 - Service is back")."""
    if len(heading) > _LONGEST_HEADING:
        return False
    reading = read(heading.strip().strip("*_"), default_date=_ANY_DAY)
    return reading is not None and reading.has_date and reading.has_time


def _take_update_blocks(lines: list[str]) -> list[str] | None:
    """cState's update blocks as "**Resolved** — time" over their text, taken out of ``lines``; ``None`` if none."""
    out: list[str] = []
    kept: list[str] = []
    index = 0
    while index < len(lines):
        found = _UPDATE_BLOCK.fullmatch(lines[index]) if lines[index].lstrip().startswith(":::") else None
        if found is None:
            kept.append(lines[index])
            index += 1
            continue
        out.extend([f"**{found['status'].strip()}** — {found['when'].strip()}"])
        index += 1
        while index < len(lines) and not _ends_the_update(lines[index]):
            out.append(lines[index])
            index += 1
        if index < len(lines) and _BLOCK_END.fullmatch(lines[index]):
            index += 1
        out.append("")
    if not out:
        return None
    lines[:] = kept
    return out


def _ends_the_update(line: str) -> bool:
    """Whether ``line`` closes an update block: its ":::", the next update, or the file's own comment after it."""
    return bool(_BLOCK_END.fullmatch(line) or _UPDATE_BLOCK.fullmatch(line) or line.lstrip().startswith("<!--"))
