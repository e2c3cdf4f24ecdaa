"""A table's time cell that names its day relative to the table's: "~23:29 (previous day)", "07:40 (next day)".

A timeline dated once (the front matter's "date: 2026-09-25") often begins with what led up to it the evening
before, its clock followed by the words for that day in brackets, in English or in the document's language
("(ngày hôm trước)" in Vietnamese). A careful reader puts that row on the day before the table's day, and the
rows after it past midnight on the table's day again; "(next day)" is the day after. The words may also
come first, before the clock: "Day before, 23:10", "Veille, 16h05" (French: the eve), "Lendemain 00h20".
The words stay in the row's text as written; only the day the clock is read on changes.
"""

from __future__ import annotations

import re

_BEFORE = (
    r"(?:the[ \t]+)?(?:previous|preceding|prior)[ \t]+(?:day|evening|night)|(?:the[ \t]+)?(?:day|night)[ \t]+before"
    r"|(?:ngày[ \t]+)?hôm[ \t]+trước|tối[ \t]+hôm[ \t]+trước|đêm[ \t]+hôm[ \t]+trước"
)
_AFTER = r"(?:the[ \t]+)?(?:next|following)[ \t]+day|(?:the[ \t]+)?day[ \t]+after|(?:ngày[ \t]+)?hôm[ \t]+sau"
# Before the clock, the words alone naming that day: English, and French ("la veille", "le lendemain"), German
# ("Vortag", "Folgetag"), Spanish ("el día anterior", "el día siguiente").
_BEFORE_FIRST = _BEFORE + r"|(?:la[ \t]+)?veille|(?:am[ \t]+)?vortag|(?:el[ \t]+)?d[ií]a[ \t]+anterior"
_AFTER_FIRST = _AFTER + r"|(?:le[ \t]+)?lendemain|(?:am[ \t]+)?folgetag|(?:el[ \t]+)?d[ií]a[ \t]+siguiente"
_DAY_AT_START = re.compile(
    rf"^[ \t]*(?:(?P<before>{_BEFORE_FIRST})|(?P<after>{_AFTER_FIRST}))[ \t]*(?:[,:]|[ \t](?:à|at|um))?[ \t]*(?=\d)",
    re.IGNORECASE,
)
# At the cell's end, after its clock: "23:29 (ngày hôm trước)", "~23:10 (the day before)".
_DAY_AT_END = re.compile(
    rf"(?<=\d)[ \t]*[(（][ \t]*(?:(?P<before>{_BEFORE})|(?P<after>{_AFTER}))[ \t]*[)）][ \t]*$", re.IGNORECASE
)
_LONGEST = 60  # characters of the cell's end looked at: the words and their brackets fit


def day_in_cell(cell: str) -> tuple[str, int]:
    """``cell`` without the day words at its end, and the days they move it (-1, 1; 0 and the cell as it is
    when it ends with none)."""
    if (first := _DAY_AT_START.match(cell[:_LONGEST])) is not None:
        return cell[first.end() :], -1 if first["before"] else 1
    tail = len(cell) - _LONGEST if len(cell) > _LONGEST else 0
    found = _DAY_AT_END.search(cell, tail)
    if found is None:
        return cell, 0
    return cell[: found.start()], -1 if found["before"] else 1
