"""Dates written run together or with a two-digit year: "15Sep94", "03MAR2021", "3-Mar-21".

Military logs, forms and some databases write the day, the month's three letters and the year with no space
("15Sep94"), or the month between dashes with the year cut to two digits ("3-Mar-21"). A reader takes them as
the dates they are: a two-digit year is in the 1900s from 69 on and in the 2000s below (as ``strptime``'s
``%y`` reads it). Only an English month's three letters (any case) count, so "12abc34" stays a code.
"""

from __future__ import annotations

from datetime import date

from app.time_labels import MONTHS

_MONTHS = {name[:3].lower(): number for number, name in enumerate(MONTHS, 1)}
_CENTURY_TURN = 69  # "69" is 1969, "68" is 2068: strptime's pivot, so files written by tools agree


def compact_date(day: str, month: str, year: str) -> date | None:
    """The date of a day, a month's three letters and a year of two or four digits; ``None`` when it is none."""
    number = _MONTHS.get(month.lower())
    if number is None:
        return None
    full_year = int(year)
    if len(year) == 2:
        full_year += 1900 if full_year >= _CENTURY_TURN else 2000
    try:
        return date(full_year, number, int(day))
    except ValueError:
        return None
