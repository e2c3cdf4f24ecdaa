"""A month name with a typing slip in a full date ("Friday, Octuber 1, 2021", "3 Febuary 2024") is still that month.

People write "Febuary", "Feburary", "Janurary", "Setember", "Novemeber", "Agust" and "Octuber" in the date line
under a title, and a careful reader dates the whole timeline by it all the same. A word is read as a month only
where the rest is a clear date (the caller asks only when a day and a written year stand around it), when it is
one slip (a letter missing, added, changed or two swapped) from exactly one English month name, shares its first
letter, and both are at least five letters long: too many words are one slip from "May", "June" or "July".
"""

from __future__ import annotations

from app.time_labels import MONTHS
from app.typing_slips import typing_slips

_SHORTEST = 5
_LONGEST = 10  # "Septemberr"; a longer word is no slip of a month name


def misspelt_month(word: str) -> int | None:
    """The month (1-12) ``word`` is one slip from, when it is exactly one; else ``None``."""
    written = word.lower()
    if not _SHORTEST <= len(written) <= _LONGEST or not written.isalpha():
        return None
    found = [
        number
        for number, name in enumerate(MONTHS, 1)
        if len(name) >= _SHORTEST
        and name[0].lower() == written[0]
        and abs(len(name) - len(written)) <= 1
        and typing_slips(written, name.lower(), 1) == 1
    ]
    return found[0] if len(found) == 1 else None
