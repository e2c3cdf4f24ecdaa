"""Clocks written in the forms of forms and other languages, made plain "14:05" for the window's reader.

"14h05" (French), and where the caller knows a window is told: "14 h 09", "14.03–15.47", "0745 – 1020 hrs".
"""

from __future__ import annotations

import re

from app.timezones import zone_named

_FRENCH_CLOCK = re.compile(r"\b([01]?\d|2[0-3])h([0-5]\d)\b")
_DOTTED_RANGE = re.compile(r"\b([01]?\d|2[0-3])\.([0-5]\d)(\s*(?:[-–—]|to|and|until)\s*)([01]?\d|2[0-3])\.([0-5]\d)\b")


# A range of clocks as forms write them, "hrs" after one of them: "0745 – 1020 hrs", "0745 hrs to 1020 hrs".
HOURS_RANGE = re.compile(
    r"\b([01]\d|2[0-3])([0-5]\d)(?:[ \t]?(hrs?|hours)\b)?([ \t]*(?:[-–—]|to|until)[ \t]*)([01]\d|2[0-3])([0-5]\d)"
    r"(?:[ \t]?(hrs?|hours)\b)?"
)
# "14 h 09", as French writes it with its spaces.
SPACED_FRENCH_CLOCK = re.compile(r"\b([01]?\d|2[0-3])[ \t]h[ \t]([0-5]\d)\b")


# A zone right after such a range, "0730 - 1230 (UTC)", "1415–1550 GMT": it too says the numbers are clocks.
_ZONE_AFTER = re.compile(r"[ \t]*\(?(?P<zone>[A-Z]{1,5}(?:[+-]\d{1,2})?)\)?(?![\w+-])")


def hours_range(match: re.Match[str]) -> str:
    """An ``HOURS_RANGE`` match with its clocks as "07:45 – 10:20" when "hrs" or a zone after it says they are
    clocks; else as written ("2019–2020" is a run of years)."""
    if not (match.group(3) or match.group(7) or _zone_after(match.string, match.end())):
        return match.group(0)
    return f"{match.group(1)}:{match.group(2)}{match.group(4)}{match.group(5)}:{match.group(6)}"


def _zone_after(text: str, position: int) -> bool:
    found = _ZONE_AFTER.match(text, position)
    return found is not None and zone_named(found["zone"]) is not None


# "12.39UTC", "14.05 CET": a dotted clock its zone says is one (a version or a decimal has none after it).
_DOTTED_ZONED = re.compile(r"\b([01]?\d|2[0-3])\.([0-5]\d)(?=[ \t]?(?:UTC|GMT|Z)\b|[ \t]?[A-Z]{2,4}\b)")


def _dotted_zoned(match: re.Match[str]) -> str:
    zone = _ZONE_AFTER.match(match.string, match.end())
    if zone is None or zone_named(zone["zone"]) is None:
        return match.group(0)
    return f"{match.group(1)}:{match.group(2)}"


def written_clocks(text: str, *, dotted: bool = False) -> str:
    """Clock times written "14h05", "12.39UTC" (and, with ``dotted``, ranges "14.03–15.47", "0745 – 1020 hrs",
    "14 h 09") as "14:05"; same length but for ``dotted``'s forms."""
    text = _FRENCH_CLOCK.sub(r"\1:\2", text)
    if "." in text:
        text = _DOTTED_ZONED.sub(_dotted_zoned, text)
    if not dotted:
        return text
    text = HOURS_RANGE.sub(hours_range, SPACED_FRENCH_CLOCK.sub(r"\1:\2", text))
    return _DOTTED_RANGE.sub(r"\1:\2\3\4:\5", text)
