"""Days of the timeline written as sections of their own: "## Timeline", then "## July 22", "## July 23".

A writer who heads each day at the timeline's own level ("## Timeline" over "_All times in EDT_", then
"## July 22" over "1:03" / "First alert fires") still means the days as parts of the timeline: a reader
takes the times under "July 22" as that day's. A heading that is only a date, right after the timeline (or
after another such day), with times under it, is folded into the timeline as a sub-heading, where the
timeline's readers take it as the day of the entries below it (``timeline.day_zone_lines``).
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.tokens import TIME_LED
from app.timefmt import parse_date

_SHORT_HEADING = 60
"""Longer headings are never only a date: the date parser is not asked."""
_ANY_LEAP_YEAR = 2000
"""Only whether the heading is a date matters here: a leap year lets "February 29" be one."""


def _only_a_date(heading: str) -> bool:
    text = heading.strip().strip("*_").rstrip(":").strip()
    if not text or len(text) > _SHORT_HEADING or not any(ch.isdigit() for ch in text):
        return False
    return parse_date(text, default_year=_ANY_LEAP_YEAR) is not None


def _has_times(section: Section) -> bool:
    return any(TIME_LED.match(line) for line in section.lines)


def fold_day_sections(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """Sections headed only by a date with times under them, right after the timeline: its days."""
    limit = len(sections) if extras_from is None else extras_from
    out: list[Section] = []
    timeline: Section | None = None
    for number, section in enumerate(sections):
        if number >= limit:
            out.append(section)
            continue
        if (
            timeline is not None
            and section_key(section.heading) is None
            and _only_a_date(section.heading)
            and _has_times(section)
        ):
            level = "#" * min(6, timeline.level + 1)
            timeline.lines = [*timeline.lines, "", f"{level} {section.heading.strip()}", *section.lines]
            continue
        timeline = section if section_key(section.heading) == "timeline" else None
        out.append(section)
    if len(out) == len(sections):
        return sections, extras_from
    return out, None if extras_from is None else extras_from - (len(sections) - len(out))
