"""A log of updates, each under a heading that is its clock time: "### 11:28 UTC", "## 2:05 PM".

A personal status log or an incident diary names its day once (in its title, "2021-06-22" underlined, or in a
"Date:" line) and heads each update with the time it was written, its text below. The report has no Timeline
heading: a careful reader takes these parts, two or more of one level, as the incident's timeline, each update
at its heading's time on the document's day (``timeline`` reads a sub-heading's clock over its paragraphs).
"""

from __future__ import annotations

from datetime import date

from app.timeparse import read

_ANY_DAY = date(2000, 1, 1)
_LONGEST_HEADING = 40
"""A clock with its zone, and a little markup: longer headings say more than the time."""


def is_clock_heading(heading: str) -> bool:
    """Whether a heading is a clock time alone, with or without its zone ("11:28 UTC", "**2:05 PM**")."""
    text = heading.strip().strip("*_").strip().rstrip(":").strip()
    if not text or len(text) > _LONGEST_HEADING or not text[0].isdigit():
        return False
    reading = read(text, default_date=_ANY_DAY, whole=True)
    return reading is not None and reading.has_time and not reading.has_date
