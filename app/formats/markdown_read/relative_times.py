"""Times written relative to a stated moment: "**T0** is 2 December 2024, 21:30 UTC", then "T−25m", "T+1h05m".

A careful reader finds the moment wherever the document states it (often in
the Issue Summary, above the timeline) and reads every "T+…" as that moment
plus the offset: the timeline's entries, and a window written "T−25m to
T+1h05m". The minus is also the typographic one (U+2212), and the "T" may be
in bold.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo

from app.timeparse import read

# What states a clock after "T0" (or beside any relative time): "= 16:20 UTC", " is 2 December 2024, 21:30 UTC",
# ":** 19:00 UTC", " was at 14:05 UTC", " (03:40Z)" (a time must follow).
_STATES = r"[*_`]{0,2}\)?[*_`]{0,2}[ \t]*(?:(?:=|is|:|was)[*_`]{0,2}[ \t]*(?:(?:at|on)[ \t]+)?|\((?=[ \t]*\d))"
_T_ZERO = r"(?<![A-Za-z0-9])T[ \t]?\+?[ \t]?0(?![A-Za-z0-9])"
# "T+0 = 2024-09-03 16:20 UTC", "**T0** is 2 December 2024, 21:30 UTC", "**Launch (T0):** 19:00 UTC",
# "T0 was at 14:05 UTC", "T+0: 16:20 UTC", "T+0 (03:40Z): first errors": the moment relative times count from.
ANCHOR = re.compile(_T_ZERO + _STATES, re.IGNORECASE)
# "T0: 03:40 – first errors" opening an entry: the moment itself, as an event's time.
T_ZERO = re.compile(r"[*_`]{0,2}" + _T_ZERO, re.IGNORECASE)
_STATED = re.compile(_STATES, re.IGNORECASE)
_ANY_DAY = date(2000, 1, 1)
# An entry's text after a stated clock: "03:40 UTC: first errors", "03:40 – first errors" (not "03:40 UTC, when").
_ENTRY_AFTER = re.compile(r"[*_`]{0,2}[ \t]*(?::|[–—|]|-[ \t])[*_`]{0,2}[ \t]*\S")
# What closes a stated clock: "(03:40Z)", "**T+0 (03:40Z):**".
_STATED_CLOSE = re.compile(r"[ \t]*\)?[ \t]*:?[*_`]{0,2}")
# "**T+1h05m** — text", "T-12m:", "T−25m": a time relative to the stated T+0.
RELATIVE = re.compile(
    r"[*_`]{0,2}T[ \t]?(?P<sign>[-+−])[ \t]?(?:(?P<clock_h>\d{1,3}):(?P<clock_m>[0-5]\d)(?::(?P<clock_s>[0-5]\d))?|"
    # "T+1h30m", "T-6 min", "T+2 hours": the unit glued or after a space
    r"(?:(?P<hours>\d{1,3})[ \t]?h(?:rs?|ours?)?(?![A-Za-z]))?(?P<hour_minutes>(?<=h)[0-5]\d(?!\d|:\d))?[ \t]?"
    r"(?:(?P<minutes>\d{1,4})[ \t]?m(?:ins?|inutes?)?(?![A-Za-z]))?[ \t]?"
    r"(?:(?P<seconds>\d{1,5})[ \t]?s(?:ecs?|econds?)?(?![A-Za-z]))?(?P<bare>(?<=[-+−])\d{1,4})?)[*_`]{0,2}(?!\w|:\d)"
)
# "+00:12 text", "+5 min text", "+1h text" under a stated T0: the offset as a clock or with its unit, the "T" left
# out ("+5" alone is a number). The lookahead keeps the unit form from matching the sign alone.
BARE_RELATIVE = re.compile(
    r"[*_`]{0,2}(?P<sign>[-+−])(?:(?P<clock_h>\d{1,3}):(?P<clock_m>[0-5]\d)(?::(?P<clock_s>[0-5]\d))?|"
    r"(?=\d{1,4}[ \t]?[hm])(?:(?P<hours>\d{1,3})[ \t]?h(?:rs?|ours?)?(?![A-Za-z]))?[ \t]?"
    r"(?:(?P<minutes>\d{1,4})[ \t]?m(?:ins?|inutes?)?(?![A-Za-z]))?)[*_`]{0,2}(?![\w:])"
)
# Where a relative time may start inside a sentence: not inside a word ("PT+5" is not one).
_INSIDE = re.compile(r"(?<![\w+−-])(?=[*_`]{0,2}T[ \t]?[-+−][ \t]?\d)")

# Where a list item, a table row or a heading opens: "- ", "1. ", "| ", "### ".
_ENTRY_LEAD = re.compile(r"[ \t]{0,8}(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+|\|[ \t]*|#{1,6}[ \t]+)?")


def led_by_relative_time(line: str) -> bool:
    """Whether a line opens with a time relative to T+0 ("| T-6m | …", "- **T+1h05m** — …"): a timeline's entry,
    as a line opening with a clock is."""
    lead = _ENTRY_LEAD.match(line)
    return lead is not None and RELATIVE.match(line, lead.end()) is not None


def stated_anchor(lines: Iterable[str], *, day: date | None, zone: tzinfo | None) -> datetime | None:
    """The moment a document's relative times count from, where one of its lines states it."""
    for line in itertools.islice(lines, 2000):
        match = ANCHOR.search(line[:300]) if "0" in line[:300] else None
        if match is not None:
            reading = read(line[match.end() : match.end() + 80], default_date=day, default_zone=zone)
            if reading is not None and reading.has_time:
                return reading.moment
    return None


def stated_clock_end(text: str, start: int) -> int | None:
    """Where a clock stated right after a relative time ends, when an entry's text follows it ("T+0 (03:40Z):
    first errors", "T+0 = 03:40 UTC – first errors", "T0: 03:40: first errors"), from ``start``, the end of
    the relative time; ``None`` when no clock is stated there, or when it is a sentence stating the moment
    ("T0 is 14:05 UTC, when the change was applied.", "T+0 = 16:20 UTC."), which is no event."""
    stated = _STATED.match(text, start)
    if stated is None:
        return None
    # Any day will do: only where the clock ends is wanted, the moment is the relative time's.
    reading = read(text[stated.end() : stated.end() + 80], default_date=_ANY_DAY)
    if reading is None or not reading.has_time:
        return None
    close = _STATED_CLOSE.match(text, stated.end() + reading.end)
    end = close.end() if close is not None else stated.end() + reading.end
    in_brackets = stated.group(0).rstrip().endswith("(")
    return end if in_brackets or _ENTRY_AFTER.match(text, stated.end() + reading.end) else None


def offset_of(relative: re.Match[str]) -> timedelta | None:
    """The signed offset a ``T+15m``, ``T-00:30`` or ``+00:12`` stands for; ``None`` for a bare "T+"."""
    groups = relative.groupdict()
    hours, minutes, seconds = (int(groups.get(name) or 0) for name in ("hours", "minutes", "seconds"))
    minutes += int(groups.get("hour_minutes") or 0)  # "T+1h05": the minutes after the hours, their unit left out
    if groups.get("clock_h") is not None:  # "T+00:05", "T+1:12:30": hours and minutes as a clock writes them
        hours, minutes = int(relative.group("clock_h")), int(relative.group("clock_m"))
        seconds = int(relative.group("clock_s") or 0)
    elif groups.get("bare"):
        minutes = int(relative.group("bare"))  # "T+0", "T+90": minutes, the unit people leave out
    elif not (groups.get("hours") or groups.get("minutes") or groups.get("seconds")):
        return None
    offset = timedelta(hours=hours, minutes=minutes, seconds=seconds)
    return -offset if relative.group("sign") in "-−" else offset


def with_moments(text: str, anchor: datetime | None) -> str:
    """``text`` with each relative time written as the moment it stands for ("T−25m to T+1h05m" as
    "2024-12-02T21:05:00+00:00 to 2024-12-02T22:35:00+00:00"), for the readers of windows."""
    if anchor is None or "T" not in text:
        return text
    pieces: list[str] = []
    done = 0
    for start in itertools.islice(_INSIDE.finditer(text[:4000]), 20):
        relative = RELATIVE.match(text, start.start())
        offset = offset_of(relative) if relative is not None and start.start() >= done else None
        if relative is None or offset is None:
            continue
        try:
            moment = anchor + offset
        except OverflowError:  # T0 on the calendar's last day, "T+1h05m": past what a time can hold
            continue
        pieces.extend([text[done : start.start()], moment.isoformat()])
        done = relative.end()
    return "".join(pieces) + text[done:] if pieces else text


# "Twenty minutes later, Tomasz finds …", "an hour later", "45 min later": a step counted from the one before.
_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "forty-five": 45, "forty five": 45, "fifty": 50, "ninety": 90,
}  # fmt: skip
_COUNT = "|".join(sorted((re.escape(word) for word in _COUNT_WORDS), key=len, reverse=True))
# "Five minutes after that", "about ten minutes afterwards" too; "two hours later than planned" is no step.
LATER = re.compile(
    r"\b(?:(?:about|around|roughly|some|approximately|nearly|almost)[ \t]+)?"
    rf"(?P<half>half[ \t]+an[ \t]+hour|(?P<count>\d{{1,3}}|{_COUNT})[ \t]+(?P<unit>minutes?|mins?|hours?|hrs?))"
    r"[ \t]+(?:later|after[ \t]+that|afterwards)\b(?![ \t]+than\b)",
    re.IGNORECASE,
)
# Where a sentence or a clause may open with such a step: after ". ", "; ", or ", and" / ", then".
_STEP_OPENING = re.compile(r"(?<=[.!?;])[ \t]+(?=\S)|(?<=,)[ \t]+(?=(?:and|then)[ \t])")
_JOINING_WORD = re.compile(r"(?:and|then)[ \t]+", re.IGNORECASE)


def later_by(text: str, *, leading: bool = False) -> tuple[timedelta, int] | None:
    """How long after the step before ``text`` says it happened ("twenty minutes later"), and where the
    phrase ends; with ``leading``, only a phrase opening the text."""
    found = LATER.match(text) if leading else LATER.search(text[:2000])
    if found is None:
        return None
    if found["half"] and not found["count"]:
        return timedelta(minutes=30), found.end()
    count_word = found["count"].lower()
    count = int(count_word) if count_word.isdigit() else _COUNT_WORDS[" ".join(count_word.split())]
    minutes = count * 60 if found["unit"].lower().startswith("h") else count
    return timedelta(minutes=minutes), found.end()


def opening_step(text: str) -> timedelta | None:
    """The step a sentence or clause opens with ("Twenty minutes later, …", "and about ten minutes later …")."""
    joining = _JOINING_WORD.match(text)
    found = later_by(text[joining.end() :] if joining else text, leading=True)
    return found[0] if found is not None else None


def steps_in(text: str) -> tuple[str, list[tuple[str, timedelta]]]:
    """``text`` cut where a sentence or clause opens with a step ("… cluster. Twenty minutes later, Mina
    flushes the cache."): its first part, then each later part with how long after the part before it
    happened. Every character is kept, in order, the marks and spaces between parts trimmed."""
    if "later" not in text and "after" not in text:  # the common case: no step to look for
        return text, []
    cuts: list[tuple[int, int, timedelta]] = []
    for opening in itertools.islice(_STEP_OPENING.finditer(text[:4000]), 200):
        step = opening_step(text[opening.end() : opening.end() + 200])
        if step is not None:
            cuts.append((opening.start(), opening.end(), step))
        if len(cuts) >= 20:
            break
    if not cuts:
        return text, []
    first = text[: cuts[0][0]]
    later: list[tuple[str, timedelta]] = []
    for number, (_, start, step) in enumerate(cuts):
        end = cuts[number + 1][0] if number + 1 < len(cuts) else len(text)
        later.append((text[start:end], step))
    return first, later


def stepped(previous: datetime | None, step: timedelta) -> datetime | None:
    """``previous`` moved by ``step``; ``None`` without a ``previous`` or past either end of the calendar."""
    if previous is None:
        return None
    try:
        return previous + step
    except OverflowError:
        return None
