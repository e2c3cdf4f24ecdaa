"""The patterns a timeline's entries are read with: words and marks before a time, ranges (relative times'
are in ``relative_times``, read by the window's readers too).

Kept apart from ``context`` (which reads with them) so that each stays short; every
pattern is anchored or bounded, none can split one run of text two ways.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import NamedTuple

from app.formats.markdown_syntax import leading_time

# "1:19" with one digit for its hour and no am or pm: a clock of twelve hours, its half of the day unsaid.
BARE_TWELVE_HOUR_CLOCK = re.compile(r"(?<![\d:.])[1-9]:[0-5]\d(?!\d)")
AM_OR_PM = re.compile(r"\d[ \t]?[AaPp]\.?[Mm]\b|\b(?:noon|midnight|midday)\b", re.IGNORECASE)
ANY_DAY = date(2000, 6, 15)
# "<ella> " opening an IRC log's line: the nick that said it.
IRC_NICK = re.compile(r"<([A-Za-z_\[\]^{}|`][\w\[\]^{}|`.-]{0,29})>[ \t]+")
# "at 3:00 PM", "around 14:05", "by 09:30": a clock inside an entry's sentence.
TIME_INSIDE = re.compile(
    r"\b(?:at|around|about|approximately|by)[ \t]+(?=\d{1,2}(?::\d{2}|[ \t]?[ap]\.?m\b)|noon\b|midnight\b)",
    re.IGNORECASE,
)
LONGEST_SENTENCE = 1000
# "1 - 11:49 AM: text", "2 – 12:00 PM: text": entries numbered by hand, a dash after the number, then a clock.
NUMBERED_ENTRY = re.compile(r"[ \t]*\d{1,3}[ \t]+[-–—][ \t]+(?=[*_`]{0,2}\d{1,2}(?::\d{2}|[ \t]?[AaPp]\.?[Mm]\b))")
# "At 14:03, ...", "On March 4 at ...", "On Friday, 4th March ...", "~14:00", "Around 14:00": words before a time;
# "le 3 février 2026 à 14 h 05",
# "el 3 de marzo", "am 3. März": the same word in French, Spanish and German.
# "🔔 **19:10** – Monitoring emails": a pictograph (with its variation selector or joiner) before the time
# marks the entry, as a bullet would.
PICTOGRAPHS = r"(?:[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]*){1,3}[ \t]+"
# "godz. 08:05", "o godz. 08:05", "o 08:05", "kl. 08:05", "klockan 08:05": Polish and Swedish say "at" and
# "o'clock" before the clock; "в 10:15", "saat 10:15" in Russian and Turkish; Italian "ore 09:10", "alle 09:10".
_CLOCK_WORDS = r"(?:o[ \t]+)?godz(?:\.|inie)|o|kl\.?|klockan|pukul|в|saat|(?:alle[ \t]+)?ore|alle"
LEAD_WORD = re.compile(
    rf"[ \t]*(?:{PICTOGRAPHS}(?=\S))?(?:(?:at|on|by|le|el|am|{_CLOCK_WORDS})[ \t]+|(?P<between>between|from)[ \t]+"
    r"|(?P<approximate>[~≈±][ \t]*|about[ \t]+|around[ \t]+|approx(?:\.|imately)?[ \t]*|c(?:a)?\.[ \t]*"
    r"|ok\.[ \t]*|około[ \t]+|okolo[ \t]+|cirka[ \t]+"
    # "около 10:15", "примерно в 10:15", "yaklaşık 10:15": Russian and Turkish
    r"|(?:около|примерно|приблизительно|ориентировочно|yaklaşık|tahminen)(?:[ \t]+в)?[ \t]+))?"
    r"(?=[*_`]{0,2}\d|[*_`]{0,2}[A-Z][a-z]{2,8}\.?,?[ \t]+\d)",
    re.IGNORECASE,
)
# "1 h 30 later the cache was warm", "2 h 30 of degraded service": a length of time, not a clock. The words are
# lower case: "7 h 48 After the feed changed" starts a sentence at that clock.
NOT_A_DURATION = r"(?![ \t]*(?:later|of|after|before|ago|since|min|mins|minutes|in total|elapsed|passed)\b)"
# "14h05 after the deploy, ...": written close, with an hour of two digits past the morning, it is a clock.
NOT_A_DURATION = r"(?:(?<=(?:1\d|2[0-3])h[0-5]\d)|" + NOT_A_DURATION + ")"
DOTTED_OR_FRENCH_CLOCK_LEAD = re.compile(
    r"^([*_`~]{0,2})([01]?\d|2[0-3])(?:[ \t]?[hH][ \t]?|\.)([0-5]\d)(?![\d.]|:\d)" + NOT_A_DURATION
)
DOTTED_CLOCK_AFTER_A_DATE = re.compile(r"^([*_`~]{0,2})([01]\d|2[0-3])[hH.]([0-5]\d)(?![\d.:])")
# "14h05", and "7 h 48" as Québec writes it; "15h45: x" with a colon after it (not "15h45:30").
FRENCH_CLOCK_LEAD = re.compile(r"^([*_`~]{0,2})([01]?\d|2[0-3])[ \t]?[hH][ \t]?([0-5]\d)(?![\d.]|:\d)" + NOT_A_DURATION)
# "Day 2 00:05 – x", "**Day 1** (Mon 19 Feb) 21:30 – x", "Day 2 — 09:10 x": a day numbered inline, then the
# entry's clock, in digits or said ("**Day 2, just after midnight** — x"). A bold opened before the day and
# not closed after its number (``open`` without ``close``) closes after the time: "**Day 1, 22:40 CET** — x".
# "D+1 03:10 x" counts days after the first ("D", Day 1): ``plus`` days on, Day ``plus`` + 1.
INLINE_DAY = re.compile(
    r"(?P<open>[*_]{0,2})(?:day[ \t]?(?P<number>\d{1,3})|d[ \t]?\+[ \t]?(?P<plus>\d{1,2}))(?P<close>[*_]{0,2})"
    r"(?:[ \t]*\((?P<date>[^()\n]{1,40})\))?"
    r"(?:[ \t]*[,:–—-])?[ \t]*(?=[*_`]{0,2}(?:\d|(?:just|shortly|a[ \t]+little|around|about|at|noon|midday|midnight"
    r"|(?:a[ \t]+)?quarter|half|five|ten|twenty)\b))",
    re.IGNORECASE,
)
# "About ten minutes later (6:50 AM)", "Shortly after (09:12):": a few words opening the entry, and its clock in
# the parentheses after them. The words stay the entry's; the clock is its time.
WORDS_THEN_CLOCK = re.compile(
    r"[ \t]*[*_]{0,2}(?P<words>[A-Za-z][a-z'’-]*(?:[ \t,]+[A-Za-z][a-z'’-]*){0,5})[ \t]*"
    r"\((?P<clock>\d{1,2}[:.h]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?)\)(?=[*_ \t:,.–—-]|$)"
)
# "14:03–14:10": the second end of a range right after the first.
RANGE_END = re.compile(r"[ \t]*(?:[-–—~]|to|until|and)[ \t]*(?=[*_`]{0,2}\d)")
CLOSING_MARKUP = re.compile(r"^(?:\*\*|__|`)")
# A bold mark after a time that opens nothing (followed by a space, not a word): the time's own closer, late.
STRAY_CLOSER = re.compile(r"^(?:\*\*|__)(?=[ \t]|$)")
# What separates a time from its event's text: "14:03: x", "14:03 - x", "14:03 — x", "14:03 | x"; in Japanese
# a full-width space or colon ("14:03　x", "14:03：x").
SEPARATOR = re.compile(r"^[ \t\u3000]*(?:[-–—:|>,：]+|=>|->)?[ \t\u3000]*")


def opens_a_sentence(lead: re.Match[str], rest: str) -> bool:
    """ "Around 8:00 AM, we ...": a worded approximation and a comma open a sentence (a mark, "~14:00", does not)."""
    return lead.group("approximate")[:1].isalpha() and rest.lstrip(" \t*_").startswith(",")


def writes_its_date(text: str) -> bool:
    """Whether ``text`` starts with a date of its own (then its clock needs no rolling over midnight)."""
    return leading_time(text, default_date=None) is not None


# "Sat 11:45 pm ET — x", "**Sunday** 06:10 — x": a weekday before an entry's clock, the day of that clock.
WEEKDAY_LEAD = re.compile(
    r"(?P<open>[*_]{0,2})(?P<weekday>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|s|nesday|rsday|rs|r|urday)?\.?"
    r"(?P<close>[*_]{0,2}),?[ \t]+(?=[*_`]{0,2}\d)",
    re.IGNORECASE,
)


class Lead(NamedTuple):
    """A moment read at the start of an entry, and the entry's text after it."""

    moment: datetime
    text: str
    has_time: bool  # False for a date alone ("2021-08-17: ..."), read as that day's midnight


# What follows a date when the writer never filled in the clock: "15:XX:XX-07:00", "**14:xx**", "xx:xx", "09:2x",
# "hh:mm". The step's time is unknown; the date alone would put it at that day's midnight.
PLACEHOLDER_CLOCK_AFTER_A_DAY = re.compile(
    r"[ \t]*[*_`]{0,2}(?:\d{1,2}|[xX?]{1,2}|hh|HH)[:.h](?:[xXyYzZ?]{2}|--|mm|MM|[0-5][xX?])(?![A-Za-z0-9])"
)


def european_clock_lead(text: str, *, dotted: bool) -> str:
    """``text`` with a leading "14h05" (and, in a timeline of dotted clocks, "14.05" or "kl. 14.05") written
    "14:05", as the entry reader reads it: a line so led starts an entry of its own, not more of the last."""
    lead = LEAD_WORD.match(text)
    body = text[lead.end() :] if lead else text
    plain = (DOTTED_OR_FRENCH_CLOCK_LEAD if dotted else FRENCH_CLOCK_LEAD).sub(r"\1\2:\3", body, count=1)
    return plain if plain != body else text


# "On Saturday 11:05pm CEST 21/09/2024, …": a weekday (after "on") before a clock that the date after it dates.
_WEEKDAY_BEFORE_A_CLOCK = re.compile(
    r"[ \t]*(?:on[ \t]+)?(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?[ \t]+(?=\d)",
    re.IGNORECASE,
)


def without_weekday_before_a_dated_clock(text: str) -> str:
    """``text`` from its clock on, when a weekday stands before a clock the date after it dates ("On Saturday
    11:05pm CEST 21/09/2024, …"): the date names the day, more surely than a weekday (which may be a slip)."""
    found = _WEEKDAY_BEFORE_A_CLOCK.match(text)
    return text[found.end() :] if found is not None and writes_its_date(text[found.end() :]) else text


def weekday_lead(text: str, *, day_known: bool) -> tuple[str, re.Match[str] | None]:
    """``text`` without a weekday a date after its clock makes needless, and the weekday leading what is left
    (read only when the timeline knows its day: the weekday is counted from it)."""
    text = without_weekday_before_a_dated_clock(text)
    return text, WEEKDAY_LEAD.match(text) if day_known else None
