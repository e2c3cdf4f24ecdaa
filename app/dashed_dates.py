"""Dates whose hyphens a word processor or blog editor set as dashes: "2023–12–18", "2024—03—01", "01–11–2021".

Such editors turn "-" between digits into an en or em dash as the writer types; a reader still sees the
date. The dashes become hyphens one character for one, so that where a reading ends is where it ends in
the text as written. Only a whole date changes: a year, a month and a day, the same dash between them and no
digit or dash on either side, so a range of years ("2019–2021") or clocks ("14:00–15:30") keeps its dash.
A date with its year last ("01–11–2021") is two small numbers and a year; which of the two is the month is
left to the date reader, as for the same date typed with hyphens.
"""

from __future__ import annotations

import re

# Plain hyphens of other kinds too: "2025‑05‑20" typed with non-breaking hyphens, as some chat tools put them.
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})

_DASHES = "\u2013\u2014"
_DASHED_DATE = re.compile(
    r"(?<![\d\u2013\u2014-])(\d{4})([\u2013\u2014])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d\u2013\u2014-])"
)
# "01–11–2021", "7—3—2024": day and month (in either order) of one or two digits, then a year of four.
_DASHED_YEAR_LAST = re.compile(
    r"(?<![\d\u2013\u2014-])(\d{1,2})([\u2013\u2014])(\d{1,2})\2((?:19|20)\d\d)(?![\d\u2013\u2014-])"
)


def _hyphenated(match: re.Match[str]) -> str:
    return f"{match[1]}-{match[3]}-{match[4]}"


def plain_hyphens(text: str) -> str:
    """``text`` with its hyphens of other kinds, and the dashes set inside whole dates, as plain hyphens."""
    if "\u2010" in text or "\u2011" in text:
        text = text.translate(HYPHENS)
    if any(dash in text for dash in _DASHES):
        text = _DASHED_YEAR_LAST.sub(_hyphenated, _DASHED_DATE.sub(_hyphenated, text))
    return text
