"""A status note whose updates are its headings: "## Investigating 2025-01-04 9:27a" over what was said then.

A department's status blog posts one page per incident and adds each update under a heading of the status
word and the moment ("## Monitoring 2025-01-04 11:06a", "## Resolved 2025-01-04 4:00p"). The headings are no
sections of a report: each is an entry of the incident's timeline, its status giving the entry's kind. A
careful reader takes them, oldest first, as the timeline; the file's other lines stay where they were.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import datetime

from app.formats.markdown_read.status_words import STATUS_KINDS
from app.formats.markdown_read.tokens import heading_of
from app.timeparse import read

_STATUS_WORDS = "|".join(sorted(STATUS_KINDS, key=len, reverse=True))
# The heading's status word, then its moment: "Investigating 2025-01-04 9:27a", "Resolved - Jan 4, 4:00 PM".
_UPDATE_HEADING = re.compile(rf"(?P<status>{_STATUS_WORDS})\b[ \t]*[-–—:]?[ \t]*(?P<when>\S.{{4,60}})", re.I)
# "9:27a", "4:00p": a clock with am or pm cut to its letter, as people type it in a hurry.
_CUT_MERIDIEM = re.compile(r"(?<=\d:\d\d)[ \t]?([ap])\.?(?![a-z])", re.IGNORECASE)
_FEWEST_UPDATES = 2
_LONGEST_HEADING = 120


def status_headings_as_timeline(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with two or more update headings of one level written as a ``## Timeline`` of status entries
    at the end; unchanged when the file has fewer. A heading of the report's own after them ends the updates."""
    updates: list[tuple[int, str, str, datetime]] = []  # (the heading's line, its status, its moment written, read)
    level = None
    for index, line in enumerate(lines):
        found = heading_of(line) if flags[index] and line[:1] == "#" and len(line) <= _LONGEST_HEADING else None
        if found is None:
            continue
        update = _update(found[1])
        if update is None:
            if updates:
                break  # a section of the report's own after the updates: they end there
            continue
        if level not in (None, found[0]):
            return lines
        level = found[0]
        updates.append((index, *update))
    if len(updates) < _FEWEST_UPDATES:
        return lines
    first_line = updates[0][0]
    ends = [at for at, *_ in updates[1:]] + [_section_end(lines, flags, updates[-1][0], level or 1)]
    pairs = list(zip(updates, ends, strict=True))
    if all(later[0][3] < earlier[0][3] for earlier, later in itertools.pairwise(pairs)):
        pairs.reverse()  # posted newest first, as a status page lists them: the timeline reads oldest first
    entries: list[str] = []
    for (at, status, when, _), end in pairs:
        entries.extend([f"**{status.capitalize()}** — {when}", *lines[at + 1 : end], ""])
    kept = [*lines[:first_line], *lines[ends[-1] :]]
    return [*kept, "", "## Timeline", "", *entries]


def _update(heading: str) -> tuple[str, str, datetime] | None:
    """The status and the moment of an update's heading, the moment as the timeline reads it."""
    found = _UPDATE_HEADING.fullmatch(heading.strip())
    if found is None:
        return None
    when = _CUT_MERIDIEM.sub(lambda letter: f" {letter.group(1).upper()}M", found.group("when").strip())
    reading = read(when, whole=True)
    if reading is None or not reading.has_date or not reading.has_time:
        return None
    return found.group("status"), when, reading.moment


def _section_end(lines: list[str], flags: Sequence[int], start: int, level: int) -> int:
    """The line where the last update's text ends: the next heading of its level or above."""
    for index in range(start + 1, len(lines)):
        found = heading_of(lines[index]) if flags[index] and lines[index][:1] == "#" else None
        if found is not None and found[0] <= level:
            return index
    return len(lines)
