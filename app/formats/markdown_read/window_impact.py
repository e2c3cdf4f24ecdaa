"""The impact told on the window's line, after the window: "Duration: 15:14 to 16:30 GMT, over 4000 users
couldn't reach the site".

A student's summary runs the outage's window and what it did to the users into one labelled line. A careful
reader takes the window for the start and end, and the clause after it, naming who was affected, for the
impact, when the report states no impact of its own.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.labels import WINDOW_LABELS
from app.formats.markdown_read.tokens import split_label

# The people (or the traffic) an outage reaches, named at the start of a clause.
_AFFECTED = re.compile(
    r"[^,.;]{0,40}?\b(?:users?|customers?|visitors?|clients?|people|subscribers?|shoppers?|requests)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_CLAUSE_START = re.compile(r",[ \t]+(?=\S)")
_LONGEST_LINE = 2000
_BULLET = re.compile(r"[ \t]*(?:[-*+][ \t]+)?")


def impact_after_the_window(lines: list[str]) -> str | None:
    """The clause naming who was affected after the window on a "Duration:" line, else ``None``."""
    for line in lines:
        if ":" not in line[:60] or len(line) > _LONGEST_LINE:
            continue
        label = split_label(line[_BULLET.match(line).end() :].strip())  # type: ignore[union-attr]
        if label is None or label[0] not in WINDOW_LABELS or not _CLOCK.search(label[1]):
            continue
        for comma in _CLAUSE_START.finditer(label[1]):
            rest = label[1][comma.end() :]
            if _AFFECTED.match(rest) and not _CLOCK.search(rest[:60]):
                return rest.strip()
    return None
