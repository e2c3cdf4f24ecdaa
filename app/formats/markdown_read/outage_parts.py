"""Several outages in one report, each under its own heading that names its day.

"## Outage 1 — Monday 3 February", "### Second outage (Feb 5)", "## Incident #3: Thu 6 Feb": a report of a
week's repeated failures gives each its own part. A careful reader takes each part's entries on the day its
heading names (not the first part's), and reads the parts together as the incident's timeline when the
report has no Timeline heading of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.tokens import heading_of
from app.formats.markdown_syntax import outside_fences
from app.timefmt import parse_date

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|initial|final|last|next|another"
    r"|\d{1,2}(?:st|nd|rd|th))"
)
_NOUN = (
    r"(?:outages?|incidents?|disruptions?|failures?|episodes?|occurrences?|recurrences?|events?|waves?|rounds?"
    r"|degradations?|instances?|blips?|relapses?|crash(?:es)?|hangs?|downtimes?)"
)
# The part's name, then its day: "Outage 1 — Monday 3 February 2025", "Second outage (Feb 5)",
# "Incident #2: 5 Feb", "The third outage, on Thursday 6 February". Matched on a short stripped heading only.
_OUTAGE_HEADING = re.compile(
    rf"(?:the[ \t]+)?(?:{_ORDINAL}[ \t]+{_NOUN}|{_NOUN}[ \t]+(?:#|no\.?[ \t]*)?\d{{1,2}}|{_NOUN}[ \t]+{_ORDINAL})"
    r"[ \t]*(?:[-–—:,|.][ \t]*|\([ \t]*|[ \t])(?:on[ \t]+)?(?P<date>[^()]{3,48}?)[ \t]*\)?[ \t]*:?",
    re.IGNORECASE,
)
_BOLD_LINE = re.compile(r"[ \t]*(?:\*\*|__)(?P<text>[^*_]{4,100})(?:\*\*|__)[ \t]*:?[ \t]*")
_SHORT = 100
"""Longer headings never name an outage's part: the pattern stays cheap."""


@dataclass
class OutagePart:
    heading: str  # as written, "## Outage 2 — Wednesday 5 February"
    title: str  # its words, "Outage 2 — Wednesday 5 February"
    day: date
    lines: list[str]


def outage_day(text: str, year: int | None = None) -> date | None:
    """The day a part's heading names ("Outage 2 — Wednesday 5 February"), or ``None`` for any other heading."""
    text = text.strip().strip("*_").strip()
    if len(text) > _SHORT:
        return None
    match = _OUTAGE_HEADING.fullmatch(text)
    if match is None:
        return None
    written = match.group("date").strip().rstrip(".,:;")
    day = parse_date(written, default_year=year or _ANY_YEAR)
    if day is None and "," in written:
        # "Outage 1 (Monday 3 Feb, 10:10–10:40 UTC)": the day before the times.
        day = parse_date(written.rsplit(",", 1)[0].strip(), default_year=year)
    return day


def _part_title(line: str) -> str | None:
    """The words of a heading, or of a line in bold standing alone ("**Outage 2 — 5 Feb**")."""
    heading = heading_of(line)
    if heading is not None:
        return heading[1].strip()
    bold = _BOLD_LINE.fullmatch(line) if len(line) <= _SHORT + 10 else None
    return bold.group("text").strip() if bold else None


def outage_parts(lines: list[str], year: int | None = None) -> tuple[list[str], list[OutagePart]] | None:
    """The lines before the first part, and each part with its day; ``None`` unless at least two parts do."""
    before: list[str] = []
    parts: list[OutagePart] = []
    for line, outside in zip(lines, outside_fences(lines), strict=True):
        title = _part_title(line) if outside and line.strip() else None
        day = outage_day(title, year) if title else None
        if day is not None and title is not None:
            parts.append(OutagePart(line, title, day, []))
        elif parts:
            parts[-1].lines.append(line)
        else:
            before.append(line)
    if len(parts) < 2:
        return None
    if year is None:
        # "Second outage (Feb 5)" beside a part that writes "… 2025"; with no year at all, no day is known.
        written = next((found for part in parts if (found := _YEAR.search(part.title))), None)
        return outage_parts(lines, int(written.group())) if written else None
    return before, parts


def document_year(title: str) -> int | None:
    """The year a title writes ("Two outages in March 2025"), for parts whose headings write none."""
    found = _YEAR.search(title[:300])
    return int(found.group()) if found else None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_ANY_YEAR = 2000
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.h][0-5]\d\b|\b\d{1,2}(?::\d\d)?[ \t]*[ap]\.?m\b", re.IGNORECASE)


def outages_as_timeline(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """With no Timeline section, two or more sections of one level each named for an outage and its day, and
    telling times, read together as the timeline: they become one "Timeline" section, each its sub-heading."""
    from app.formats.markdown_read.names import section_key

    limit = len(sections) if extras_from is None else extras_from
    keys = [section_key(section.heading) for section in sections[:limit]]
    if "timeline" in keys:
        return sections, extras_from
    chosen = [
        number
        for number, section in enumerate(sections[:limit])
        if keys[number] is None
        and outage_day(section.heading, _ANY_YEAR) is not None  # (a day without its year is still a day)
        and any(_CLOCK.search(line) for line in section.lines[:400])
    ]
    return parts_as_timeline(sections, chosen, extras_from)


def parts_as_timeline(
    sections: list[Section], chosen: list[int], extras_from: int | None
) -> tuple[list[Section], int | None]:
    """The sections numbered ``chosen``, two or more of one level, as one "Timeline" section where the first
    stood, each part's heading a sub-heading over its lines; the sections unchanged otherwise."""
    if len(chosen) < 2 or len({sections[number].level for number in chosen}) != 1:
        return sections, extras_from
    first = sections[chosen[0]]
    level = "#" * min(6, first.level + 1)
    lines: list[str] = []
    for number in chosen:
        section = sections[number]
        lines.extend([f"{level} {section.heading.strip()}", *section.lines, ""])
    timeline = Section("Timeline", lines, first.position, first.level)
    out = [timeline if number == chosen[0] else section for number, section in enumerate(sections)]
    merged = set(chosen[1:])
    out = [section for number, section in enumerate(out) if number not in merged]
    return out, None if extras_from is None else extras_from - len(merged)
