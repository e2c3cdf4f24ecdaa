"""A status page's incident history, copied as it was, read as the timeline it is.

Hosted status pages post an incident as a run of updates, newest first, each
a status word, its text and the moment it was posted::

    **Resolved** - This incident has been resolved.
    Apr 9, 2025 - 17:48 UTC

    **Investigating** - We are investigating reports of failed pushes.
    Apr 9, 2025 - 16:12 UTC

(or, copied from the web page, the status word on a line of its own and
"Posted 2 days ago. Apr 09, 2025 - 16:12 UTC" under the text). A careful
reader takes the updates as the incident's timeline, oldest first. In a file
with no timeline of its own, the updates move under a ``## Timeline`` heading
at the end of the file, each as the timeline reads a status page's entry
("**Resolved** — Apr 9, 2025 17:48 UTC" over its text: the status word is kept
and gives the kind); every other line stays where it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.formats.markdown_read.names import section_key, section_key_is_plain_timeline
from app.formats.markdown_read.status_words import STATUS_KINDS
from app.formats.markdown_read.tokens import TIME_LED, heading_of
from app.formats.markdown_read.window import CLOCK, RANGE_START
from app.timeparse import read

# The words hosted status pages post updates under (Atlassian Statuspage, Instatus, GitHub's own).
_STATUS_WORDS = "|".join(sorted(STATUS_KINDS, key=len, reverse=True))
# "**Resolved** - This incident has been resolved." (also "__Resolved__:" and an en or em dash)
_RUN_IN = re.compile(rf"[ \t]*(?:\*\*|__)(?P<status>{_STATUS_WORDS})(?:\*\*|__)[ \t]*[-–—:][ \t]*(?P<text>\S.*)", re.I)
# "Resolved" (or "**Resolved**") alone on its line, the text on the lines below.
_ALONE = re.compile(rf"[ \t]*(?:\*\*|__)?(?P<status>{_STATUS_WORDS})(?:\*\*|__)?[ \t]*:?[ \t]*", re.IGNORECASE)
# "Posted 2 days ago. Apr 09, 2025 - 16:12 UTC": the moment after what the page says of its age.
_POSTED = re.compile(r"[ \t]*(?:posted[ \t]+)?(?:[^.\n]{1,40}\bago\.?[ \t]+)?", re.IGNORECASE)
# "Apr 9, 2025 - 17:48 UTC": the page's dash between the day and the clock.
_DATE_DASH_CLOCK = re.compile(r"(\d{4}|\b[A-Za-z]{3,9}\.?[ \t]+\d{1,2},?)[ \t]+[-–—][ \t]+(?=\d{1,2}:\d{2})")
# "**Postmortem** - On March 19 between …": the report a page posts days after the updates, under their list.
_POSTMORTEM = re.compile(r"[ \t]*(?:\*\*|__)post-?mortem(?:\*\*|__)[ \t]*[-–—:][ \t]*(?P<text>\S.*)", re.IGNORECASE)
# "Status page updates", "Customer updates", "Status page posts": a heading over what the page posted.
_UPDATES_HEADING = re.compile(r"\bupdates?\b|\bstatus[ \t]+page\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z])")
_LONGEST_LINE = 2000
_MOST_LINES_OF_TEXT = 40


@dataclass(frozen=True)
class _Update:
    first: int  # the status line
    last: int  # the moment's line
    status: str
    text: list[str]
    when: str
    moment: datetime


def status_updates_as_timeline(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with a status page's updates as a timeline; unchanged without at least two.

    Updates at the top of the file, before any section's heading (a status page copied whole), move to a
    ``## Timeline`` at its end, unless the file has a timeline of timed entries already. Updates under a
    timeline's own heading are written there as its entries. Updates under any other heading ("Status page
    posts", beside the file's own timeline) are what was told to customers: they stay as written.
    """
    updates = _updates(lines, flags)
    if len(updates) < 2:
        return lines
    # The file's first section heading (the title's, level one, heads the whole page).
    first_section = next(
        (index for index, line in enumerate(lines) if flags[index] and (found := heading_of(line)) and found[0] > 1),
        len(lines),
    )
    if updates[-1].last < first_section:
        named = _postmortem_below(lines, updates[-1].last + 1)
        if named is not lines and _has_timed_timeline(named, flags):
            # The postmortem's own timeline is the record of events; the updates are what customers were told.
            return [*named[: updates[0].first], "## Status updates", "", *named[updates[0].first :]]
        if _has_timed_timeline(lines, flags):
            return lines
        lines = named  # the postmortem's "Summary" and "Root cause", beside the updates made its timeline
        moved = {index for update in updates for index in range(update.first, update.last + 1)}
        kept = [line for index, line in enumerate(lines) if index not in moved]
        kept, impact = _postmortem_impact(kept)
        return [*kept, *impact, "", "## Timeline", "", *_entries(updates)]
    heading = next(
        (
            heading_of(lines[index])
            for index in range(updates[0].first, -1, -1)
            if flags[index] and heading_of(lines[index])
        ),
        None,
    )
    under_one_heading = not any(
        flags[index] and heading_of(lines[index]) for index in range(updates[0].first, updates[-1].last)
    )
    if heading is not None and under_one_heading and _only_record_of_events(heading[1], lines, flags):
        # "## Status page updates" above a post-mortem with no timeline (a "What happened" told in prose): what
        # the page posted, when, is the only record of the incident's events.
        moved = set(range(updates[0].first, updates[-1].last + 1))
        kept = [line for index, line in enumerate(lines) if index not in moved]
        return [*kept, "", "## Timeline", "", *_entries(updates)]
    if heading is None or section_key(heading[1]) != "timeline" or not under_one_heading:
        return lines
    return [*lines[: updates[0].first], *_entries(updates), *lines[updates[-1].last + 1 :]]


def _only_record_of_events(heading: str, lines: list[str], flags: Sequence[int]) -> bool:
    """Whether updates under ``heading`` ("Status page updates", "Status page posts") are the only record of
    events: no heading of the file names a timeline outright ("What happened" tells the story)."""
    if not _UPDATES_HEADING.search(heading[:_LONGEST_LINE]):
        return False
    for index, line in enumerate(lines):
        found = heading_of(line) if flags[index] and line[:1] == "#" else None
        if found is not None and section_key_is_plain_timeline(found[1]):
            return False
    return True


def _postmortem_below(lines: list[str], end: int) -> list[str]:
    """``lines`` with the section names of the postmortem a page posts below its updates ("Summary", "Root cause",
    "Timeline (all times CET)" each alone over its text, under a rule and "Postmortem") written as headings.

    That part is a plain-text report of its own: its names are read as ``disguised_headings`` reads a report
    with no headings, before the updates' own lines (or the timeline this pass writes) make it look headed.
    """
    below = lines[end:]
    if not any(line.strip() for line in below) or any(heading_of(line) for line in below):
        return lines
    from app.formats.markdown_read.disguised_headings import headings_in_disguise

    headings_in_disguise(below)
    return [*lines[:end], *below] if below != lines[end:] else lines


def _postmortem_impact(lines: list[str]) -> tuple[list[str], list[str]]:
    """``lines`` without the first sentence of the page's postmortem entry when it tells the window ("**Postmortem**
    - On March 19 between 14:55 and 16:48 UTC, about 23% of uploads failed. One storage node …"), and that
    sentence under an ``## Impact`` heading: what failed for whom, and when, is the incident's impact. The
    entry's other sentences (the cause, the fixes) and its posting date stay where they were."""
    for index, line in enumerate(lines[:200]):
        entry = _POSTMORTEM.fullmatch(line) if len(line) <= _LONGEST_LINE else None
        if entry is None:
            continue
        text = entry.group("text")
        cut = _SENTENCE_END.search(text)
        first, rest = (text[: cut.start()], text[cut.end() :]) if cut else (text, "")
        if not (CLOCK.search(first) and RANGE_START.search(first)):
            return lines, []
        written = line[: entry.start("text")].rstrip(" \t-–—:")
        kept = f"{written} - {rest}" if rest else written
        return [*lines[:index], kept, *lines[index + 1 :]], ["", "## Impact", "", first]
    return lines, []


def _entries(updates: list[_Update]) -> list[str]:
    """The updates oldest first, written as the timeline reads a status page's entries: "**Resolved** — Apr 9,
    2025 17:48 UTC" over its text, the status word kept with the text and giving the entry's kind."""
    moments = [update.moment for update in updates]
    if moments == sorted(moments, reverse=True) and moments != sorted(moments):  # newest first, as pages post
        updates = updates[::-1]
    entries: list[str] = []
    for update in updates:
        entries.extend([f"**{update.status.capitalize()}** — {update.when}", *update.text, ""])
    return entries


def _status_line(line: str) -> re.Match[str] | None:
    """The status word heading an update, with the text written on its line ("**Resolved** - …"), if any."""
    if len(line) > _LONGEST_LINE:
        return None
    return _RUN_IN.fullmatch(line) or _ALONE.fullmatch(line)


def _updates(lines: list[str], flags: Sequence[int]) -> list[_Update]:
    """Every update: a status line, at most a few lines of text, then the line of its moment."""
    found: list[_Update] = []
    index = 0
    while index < len(lines):
        header = _status_line(lines[index]) if flags[index] else None
        if header is None:
            index += 1
            continue
        status = header.group("status")
        text = [header.group("text")] if header.re is _RUN_IN else []
        end = index + 1
        moment = None
        while end < len(lines) and end - index <= _MOST_LINES_OF_TEXT:
            candidate = lines[end]
            if heading_of(candidate) or _status_line(candidate) or not flags[end]:
                break
            if candidate.strip() and (moment := _moment(candidate)) is not None:
                break
            if candidate.strip():
                text.append(candidate)
            elif text:
                # A blank line ends an update's text only where its moment follows at once.
                following = lines[end + 1] if end + 1 < len(lines) else ""
                if not following.strip() or _moment(following) is None:
                    break
            end += 1
        if moment is None or not text:
            index += 1
            continue
        if moment[2] and moment[2].lower() != "posted":
            text.append(moment[2])  # "Posted 3 days ago.", "Confirmed by Dana two hours ago.": the page's words
        found.append(_Update(index, end, status, text, moment[0], moment[1]))
        index = end + 1
    return found


def _moment(line: str) -> tuple[str, datetime, str] | None:
    """``("Apr 9, 2025 17:48 UTC", datetime, "Posted 3 days ago.")`` of a line that is only the moment of an
    update, after what the page says of the post (its words are kept with the update's text)."""
    if len(line) > 120:
        return None
    posted = _POSTED.match(line)
    said = line[: posted.end()].strip() if posted else ""
    written = _DATE_DASH_CLOCK.sub(r"\1 ", line[posted.end() if posted else 0 :].strip())
    reading = read(written, whole=True)
    if reading is None or not reading.has_date or not reading.has_time:
        return None
    return written, reading.moment, said


def _has_timed_timeline(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether a timeline section of the file's own tells times line by line (a page's "What happened",
    told in prose, leaves the updates to be the timeline)."""
    in_timeline = False
    timed = 0
    for index, line in enumerate(lines):
        if not flags[index]:
            continue
        if (found := heading_of(line)) is not None:
            in_timeline, timed = section_key(found[1]) == "timeline", 0
            continue
        timed += in_timeline and TIME_LED.match(line) is not None
        if timed >= 2:
            return True
    return False
