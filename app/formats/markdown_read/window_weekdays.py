"""A weekday written after a window's time ("3:15pm ET Tuesday"), and the day it names."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from app.dateparse import date_at

# One run of spaces each side of the comma, never two side by side (they backtracked quadratically).
_WEEKDAY_AFTER = re.compile(r"[ \t]*(?:,[ \t]*)?(?:on[ \t]+)?([A-Za-z]{3,9})\b\.?")
_WEEKDAY_NAMES = {
    name: number
    for number, names in enumerate(
        (
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "weds", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        )
    )
    for name in names
}


def weekday_after(text: str, position: int) -> tuple[int, int | None]:
    """A weekday written after a time ("3:15pm ET Tuesday"): where it ends, and its number (Monday 0)."""
    match = _WEEKDAY_AFTER.match(text, position)
    number = _WEEKDAY_NAMES.get(match.group(1).lower()) if match else None
    return (match.end(), number) if match is not None and number is not None else (position, None)


def date_after_weekday(text: str, position: int, year: int | None) -> tuple[date, int] | None:
    """A whole date (its year written) one space after a weekday ("Saturday 05-24-2020"), and where it ends."""
    if not text.startswith((" ", "\t", ", "), position):
        return None
    at = position + (2 if text.startswith(", ", position) else 1)
    found = date_at(text, at, year)
    return (found[0], found[1]) if found is not None and found[2] else None


def on_weekday(moment: datetime, weekday: int, *, nearest: bool) -> datetime:
    """``moment`` moved to ``weekday``: the nearest such day, or the first on or after its own."""
    ahead = (weekday - moment.weekday()) % 7
    if nearest and ahead > 3:
        ahead -= 7
    return moment + timedelta(days=ahead)
