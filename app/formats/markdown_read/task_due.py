"""A task's due date as people write it: "by 2024-03-22", "by 3/29", "by Friday", "ETA 2024-04-01".

A date without its year ("by May 21", "by 3/29") and a weekday alone ("by Friday") say when from the
incident's day: the first such day after it, as the team meant when it wrote the list after the incident.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.dateparse import MONTH_SLASH_DAY, WEEKDAYS
from app.timefmt import parse_date

# "Friday", "Fri", "Thurs": a weekday alone; "next Friday" is not read (which one is meant depends on the day
# the list was written, which the document rarely says).
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def due_date(text: str, day: date | None) -> date | None:
    """The due date ``text`` writes, as a whole; one without its year ("by May 21", "by 3/29") is the first such
    day from ``day`` on, a weekday alone ("by Friday") the first one after ``day``."""
    due = parse_date(text)
    if due is not None or day is None:
        return due
    written = text.strip().rstrip(" ,.")
    if MONTH_SLASH_DAY.fullmatch(written):
        # "by 3/29": a number over a number is a date only where a due date is expected, and then it
        # is read with the year, as the document's other slashed dates are (day first in a British one).
        return _next_from(day, lambda year: parse_date(f"{written}/{year}"))
    if _is_weekday_name(written):
        ahead = (WEEKDAYS.index(written[:3].lower()) - day.weekday() - 1) % 7 + 1
        return day + timedelta(days=ahead)
    return _next_from(day, lambda year: parse_date(text, default_year=year))


def _is_weekday_name(word: str) -> bool:
    """ "Fri", "Friday", "fri.": a weekday's name or its usual short form, not "Frisbee"."""
    word = word.lower().rstrip(".")
    return any(name == word or (len(word) >= 3 and name.startswith(word)) for name in _WEEKDAY_NAMES)


def _next_from(day: date, read: object) -> date | None:
    """The date ``read`` gives in ``day``'s year, or the next year's when that one falls before ``day``."""
    due = read(day.year)  # type: ignore[operator]
    if due is not None and due < day:
        due = read(day.year + 1)  # type: ignore[operator]  # "Jan 5" in a December report: the next one
    return due


# "… sheet. ETA 2024-04-01", "… — Due: 24 May", "…, deadline 3/29": a due date labelled at the line's end, after
# the task's sentence, a dash, a comma or a middle dot. Looked for in the line's last characters only (a
# search from every position of a 1 MB line is quadratic).
_DUE_RUN_IN = re.compile(
    r"(?:[.;!?,·]|[ \t][-–—])[ \t]+(?P<label>due(?:[ \t]+(?:by|on|date))?|deadline|eta|target(?:[ \t]+date)?|by"
    # Polish and Swedish: "…, do 1 marca 2026", "…, termin: 15.04.2026", "… — klart senast 1 mars"
    r"|do(?:[ \t]+dnia)?|termin|(?:klart[ \t]+)?senast|klart[ \t]+till"
    # Portuguese and Spanish: "… — até 31/07/2026", "… — até ao dia 3", "…, hasta el 15/04/2026"
    r"|até(?:[ \t]+(?:ao[ \t]+dia|ao|dia))?|hasta(?:[ \t]+el)?)"
    r"(?:[ \t]*:[ \t]*|[ \t]+)(?P<date>[^;()·]{3,40}?)[ \t]*\.?$",
    re.IGNORECASE,
)
_RUN_IN_TAIL = 80


def due_run_in(text: str, day: date | None) -> tuple[str, date] | None:
    """The due date labelled at the end of a task's line, and the text before it; ``None`` when there is none or
    what follows the label is no date ("Target: Q3" stays as written)."""
    found = _DUE_RUN_IN.search(text, max(0, len(text) - _RUN_IN_TAIL))
    if found is None:
        return None
    due = due_date(found["date"], day)
    if due is None:
        return None
    before = text[: found.start()]
    if text[found.start()] in ".!?":
        before += text[found.start()]  # "Add alerts. ETA …": the sentence keeps its full stop
    return before.rstrip(" \t-–—,;·"), due
