"""A table of clock times kept under another heading, read as the report's timeline.

"## Resolution and recovery" / "### Immediate actions" / "| Time (UTC) | Action |" with "| 14:32 | Restarted
the API containers |" rows: a report with no Timeline section may tell its course in a table whose first
column is the time of each row, under whatever heading the steps belong to. A careful reader takes those rows
as the timeline's entries, not as the resolution's text; the prose around the table stays where it was.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.tables import is_table_rule, table_cells
from app.formats.markdown_syntax import outside_fences

# A clock in a row's first cell: "14:32", "~15:09", "10/04 10:38 PM", "2026-01-22 04:20", "9 am".
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:h.][0-5]\d\b|\b(?:1[0-2]|0?\d)[ \t]?[ap]\.?m\b", re.IGNORECASE)
_LONGEST_CELL = 48
"""A first cell longer than this is a sentence, not a row's time."""
_LONGEST_ROW = 4000
"""Longer lines are never a row (and the patterns stay cheap on hostile text)."""
_FEWEST_ROWS = 2


def _first_cell(line: str) -> str | None:
    text = line.strip()
    if len(text) > _LONGEST_ROW or not text.startswith("|") or text.count("|") < 3:
        return None
    return table_cells(text)[0]


def _is_clock_cell(cell: str) -> bool:
    return len(cell) <= _LONGEST_CELL and _CLOCK.search(cell) is not None


def _clock_table(lines: list[str]) -> tuple[int, int] | None:
    """``(first, end)`` of the first pipe table (header, separator, rows) whose rows nearly all start with a clock."""
    flags = outside_fences(lines)
    number = 0
    while number < len(lines) - 2:
        if not flags[number] or _first_cell(lines[number]) is None or not is_table_rule(lines[number + 1]):
            number += 1
            continue
        end = number + 2
        while end < len(lines) and flags[end] and _first_cell(lines[end]) is not None:
            end += 1
        cells = [cell for line in lines[number + 2 : end] if (cell := _first_cell(line)) is not None]
        timed = sum(1 for cell in cells if _is_clock_cell(cell))
        if (
            timed >= _FEWEST_ROWS
            and timed * 3 >= len(cells) * 2
            and not _is_clock_cell(_first_cell(lines[number]) or "")
        ):
            return number, end
        number = end
    return None


def clock_table_as_timeline(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """With no Timeline section, the first table of clock times in another section becomes one, just after it."""
    from app.formats.markdown_read.names import section_key

    limit = len(sections) if extras_from is None else extras_from
    if any(section_key(section.heading) == "timeline" for section in sections[:limit]):
        return sections, extras_from
    for number, section in enumerate(sections[:limit]):
        if not any(line.lstrip().startswith("|") for line in section.lines):
            continue
        found = _clock_table(section.lines)
        if found is None:
            continue
        start, end = found  # (a sub-heading over it stays: its words are the section's)
        while end < len(section.lines) and not section.lines[end].strip():
            end += 1  # the blank lines after it go with it: one blank line is left between the text around
        rest = Section(section.heading, section.lines[:start] + section.lines[end:], section.position, section.level)
        timeline = Section("Timeline", section.lines[start:end], section.position, section.level)
        out = [*sections[:number], rest, timeline, *sections[number + 1 :]]
        return out, None if extras_from is None else extras_from + 1
    return sections, extras_from
