"""A status page's updates written one after another, a rule between two, each under the clock it was posted at.

Some status pages kept in git have an incident file write its updates with no heading and no status word: the
clock alone on a line ("14:12 GMT+1"), the update's text below, and a "---" rule before the next one (newest
first, as posted). The oldest may tell its moment in its sentence instead ("On Thursday at 12:34 GMT+1, an alert
…"). A reader takes each stretch between two rules as one update of the timeline, at the clock over it, in the
order written. Only when every stretch but the last opens with a clock alone, two at least: a rule or two drawn
through a description makes no updates of it.
"""

from __future__ import annotations

import re
from datetime import date

from app.timeparse import read

_RULE = re.compile(r" {0,3}(?:-{3,}|\*{3,}|_{3,})[ \t]*")
_LONGEST_CLOCK_LINE = 40  # "14:12 GMT+1", "2021-07-08 09:15 UTC": a moment alone is short
_LONGEST_LINE = 5000
_FEWEST_CLOCKED = 2  # stretches: a clocked one and the oldest, at least
_ANY_DAY = date(2000, 1, 1)


def take_ruled_updates(lines: list[str]) -> list[str] | None:
    """The updates as timeline entries ("- 14:12 GMT+1 — text"), taken out of ``lines``; ``None`` (``lines``
    unchanged) unless every stretch between rules but the last opens with a clock alone on its line."""
    if any(line.lstrip().startswith(("```", "~~~", "#")) for line in lines):
        return None  # code or headings among them: more than a run of updates
    stretches: list[list[str]] = [[]]
    for line in lines:
        if _RULE.fullmatch(line):
            stretches.append([])
        elif len(line) > _LONGEST_LINE:
            return None
        else:
            stretches[-1].append(line)
    written = [[line.strip() for line in stretch if line.strip()] for stretch in stretches]
    written = [stretch for stretch in written if stretch]
    # Every stretch but the oldest (the last) opens with its clock: else these are a description's paragraphs.
    if len(written) < _FEWEST_CLOCKED or not all(len(part) > 1 and _clock_alone(part[0]) for part in written[:-1]):
        return None
    entries: list[str] = []
    for stretch in written:
        if _clock_alone(stretch[0]) and len(stretch) > 1:
            entries.append(f"- {stretch[0]} — {' '.join(stretch[1:])}")
        else:
            entries.append(f"- {' '.join(stretch)}")
    lines[:] = []
    return entries


def _clock_alone(line: str) -> bool:
    """Whether a line is a moment and nothing else ("14:12 GMT+1", "**09:30 UTC**")."""
    if len(line) > _LONGEST_CLOCK_LINE:
        return False
    reading = read(line.strip("*_ \t"), default_date=_ANY_DAY, whole=True)
    return reading is not None and reading.has_time
