"""A "Date:" line of the header that gives a clock with its day: when the incident began, if nothing else says.

"**Date:** 16/03/2020 3am UTC", "Date: 2024-05-01 14:00 UTC": a report's own date is mostly written as a day;
a day with its clock is often when the thing happened. A careful reader takes it as the start of a report that
states no window and whose timeline gives none, and only then: a "Date:" line may also be when the report was
written ("Date: 12 Feb 2025, 09:00" over an incident that began at 14:02). The line stays as written.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Draft
from app.timeparse import read

_LONGEST_VALUE = 80
"""A date line's value is short; a longer one is a sentence, read elsewhere."""


def date_line_moment(draft: Draft, value: str) -> bool:
    """Whether ``value`` is one whole moment (a day and its clock): its day is then the document's day (as a
    date alone is), and the moment is kept for ``start_from_the_date_line``."""
    if len(value) > _LONGEST_VALUE or not any(char.isdigit() for char in value):
        return False
    reading = read(value.strip(), default_zone=draft.zone, whole=True)
    if reading is None or not reading.has_date or not reading.has_time:
        return False
    day = reading.moment.date()
    if not draft.day_stated and day != draft.report_day:
        draft.day, draft.day_stated, draft.date_moment = day, True, reading.moment
    return True


def start_from_the_date_line(draft: Draft) -> None:
    """The date line's moment as the start, shown as a guess, when the report gave no start of its own."""
    summary, moment = draft.summary, draft.date_moment
    if summary.start is not None or moment is None or (summary.end is not None and moment >= summary.end):
        return
    summary.start = moment
    draft.window_guessed = draft.start_guessed = True
