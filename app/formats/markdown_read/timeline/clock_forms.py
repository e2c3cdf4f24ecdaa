"""Clocks at an entry's front written in a shorthand the time parser does not read, made plain.

* "9:05a", "12:25p", "4p": am or pm cut to its first letter, as a calendar app writes it.
* "noon", "midnight" in the place of a clock ("noon PST — x").
* "9:05am PST / 17:05 UTC — x", "9:05 PST (17:05 UTC) — x": the same moment in a second zone, after a slash
  or in brackets, for readers elsewhere.
  The first clock is the entry's time; the second is kept in the text, in brackets at its end, so no
  word is lost.
"""

from __future__ import annotations

import re

# Markup or a bullet's leftovers may stand before the clock: "**9:05a**".
# ("9a" without minutes only before a zone, a dash or a colon: "1a." may number a sub-step.)
_TIGHT = re.compile(
    r"([*_`~]{0,2})(\d{1,2}:[0-5]\d|\d{1,2}(?=[ap][ \t]*(?:(?-i:[A-Z]{2,5})\b|[-–—:|/])))([ap])(?![a-z])", re.IGNORECASE
)
_NOON = re.compile(r"([*_`~]{0,2})(noon|midday|midnight)(?![\w-])", re.IGNORECASE)
# A zone's letters: Latin, or the team's own script ("МСК", "TSİ").
_ZONE_LETTERS = r"(?-i:[A-Z]{2,5}|[А-ЯЁ]{2,5}|TSİ)"
_ZONE = r"(?:[ \t]+\(?" + _ZONE_LETTERS + r"(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?"
# "9:05am PST / 17:05 UTC (Thu)": the first clock and zone, then the slash and the second.
# A clock with minutes or am/pm: "9:05", "9am", "11:30 a.m.".
_CLOCK = r"\d{1,2}(?::[0-5]\d(?:[ \t]?[ap]\.?m\.?)?|[ \t]?[ap]\.?m\.?)"
_SECOND_ZONE = re.compile(
    r"(?P<first>[*_`~]{0,2}" + _CLOCK + _ZONE + r")[ \t]*/[ \t]*"
    r"(?P<second>" + _CLOCK + _ZONE + r"(?:[ \t]+\([A-Za-z]{2,9}\.?\))?)"
    r"(?=[ \t]*(?:[-–—:|]|\*\*|$))",
    re.IGNORECASE,
)

# "9:05 AM PST (17:05 UTC) — x", "23:30 PST (07:30 UTC Thu): x": the second zone's clock in brackets.
_SECOND_ZONE_IN_BRACKETS = re.compile(
    r"(?P<first>[*_`~]{0,2}" + _CLOCK + _ZONE + r")[ \t]*\("
    r"(?P<second>"
    + _CLOCK
    + r"[ \t]+"
    + _ZONE_LETTERS
    + r"(?:[+-]\d{1,2}(?::?\d{2})?)?(?:,?[ \t]+[A-Za-z]{2,9}\.?)?)\)"
    r"(?=[ \t]*(?:[-–—:|]|\*\*|$))",
    re.IGNORECASE,
)


def plain_clock_lead(body: str) -> tuple[str, str, str]:
    """``body`` with a shorthand clock at its front written out, the second zone's clock cut from it ("" when
    there is none), for the caller to keep in the entry's text, and the first clock as written (without
    markup), for the caller to keep instead when the second is in the document's own zone."""
    body = _TIGHT.sub(lambda m: f"{m[1]}{m[2]}{m[3].lower()}m", body, count=1) if _TIGHT.match(body) else body
    if (noon := _NOON.match(body)) is not None:
        clock = "12:00am" if noon[2].lower() == "midnight" else "12:00pm"
        body = noon[1] + clock + body[noon.end() :]
    second = _SECOND_ZONE.match(body) or _SECOND_ZONE_IN_BRACKETS.match(body)
    if second is None:
        return body, "", ""
    # "00:15 UTC (Thu)" in the text's brackets reads "00:15 UTC, Thu".
    kept = re.sub(r"[ \t]+\(([A-Za-z]{2,9}\.?)\)$", r", \1", second["second"])
    return second["first"] + body[second.end() :], kept, second["first"].strip("*_`~ \t")
