"""Times as people say or jot them, rewritten into a form the time reader reads.

A time field is typed in a hurry, often while the incident is still going on:
"quarter past two", "ten to three pm", "14h05", "0915Z", "yesterday 22:40",
"Tue 14:05", "now", "+15 min" after the event above. ``app.timeparse`` reads
the written forms of documents; this module turns the said forms into them
("14:15", "2024-03-01 22:40"), leaving whatever else was typed (a date, a zone)
in place for the reader. It is tried only when the text cannot be read as it
is, so nothing that was read before reads differently now; and every guess it
makes (morning or afternoon, which Tuesday) comes back as a note that the field
shows next to its "Read as …".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo

from app.dateparse import WEEKDAYS

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "quarter": 15,
    "a quarter": 15,
    "twenty": 20,
    "twenty-five": 25,
    "twenty five": 25,
    "half": 30,
}
_WORD = "|".join(sorted((re.escape(word) for word in _NUMBER_WORDS), key=len, reverse=True))
_HOUR_WORD = "|".join(sorted((word for word, value in _NUMBER_WORDS.items() if value <= 12), key=len, reverse=True))
_MINUTES = rf"(?P<minutes>{_WORD}|\d{{1,2}})(?:\s+minutes?)?"
# Noon and midnight name their hour, and its half of the day: "quarter past midnight", "ten to noon".
_NAMED_HOURS = {"noon": 12, "midday": 12, "midnight": 0}
_HOUR = rf"(?P<hour>{_HOUR_WORD}|\d{{1,2}}|noon|midday|midnight)"
_PART_OF_DAY = (
    r"(?P<part>a\.?m\.?|p\.?m\.?|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|last\s+night"
    r"|(?:this|that)\s+(?:morning|afternoon|evening|night))"
)
# "quarter past two", "ten to three", "20 after 9", "half nine" (British for 9:30), "nine o'clock"; am/pm after.
_SPOKEN = re.compile(
    rf"\b(?:{_MINUTES}\s+(?P<way>past|after|to|till|before)\s+{_HOUR}|half\s+(?P<half_hour>{_HOUR_WORD}|\d{{1,2}})"
    rf"|(?P<oclock_hour>{_HOUR_WORD}|\d{{1,2}})\s*o['’]?\s*clock)(?:\s*{_PART_OF_DAY})?(?!\w|:\d)"
    # "ten to three of us", "five to six people", "by 5 to 10%": a count, not a clock.
    r"(?!\s*%|\s+(?:of|people|users|customers|engineers|servers|nodes|hosts|pods|replicas|instances|requests"
    r"|times|days|weeks|hours|minutes|seconds|ms|percent|x)\b)",
    re.IGNORECASE,
)
# "14h05", "9h", "14H": the European hour mark; "14:05h", "14:05 hrs": a clock with a word after it.
_HOUR_MARK = re.compile(r"\b(?P<hour>[01]?\d|2[0-3])\s?[hH](?P<minute>[0-5]\d)?\b(?!:)")
_CLOCK_SUFFIX = re.compile(r"\b(?P<clock>(?:[01]?\d|2[0-3]):[0-5]\d)\s?(?:h|hrs?|hours)\b\.?", re.IGNORECASE)
# "1405", "0915Z", "2340 hrs": four digits are a clock only with a mark or standing alone (a year is four digits too).
# ("1200 hours of work", "2000 hrs later": a length, not a clock.)
_MILITARY = re.compile(
    r"(?<![\w:.\-/])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?P<mark>Z\b|\s?hrs?\b\.?|\s?hours\b|h\b)"
    r"(?![ \t]+(?:of|later|ago|lost|spent|each|in[ \t]+total)\b)",
    re.IGNORECASE,
)
_MILITARY_ALONE = re.compile(r"\s*(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?P<rest>(?:\s+[A-Za-z][\w/+:-]*)*)\s*")
# "14.05" (a dotted clock), not "14.05.2024" (a date).
_DOTTED = re.compile(r"(?<![\d.])(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)(?![\d.])")
_DAY_WORD = re.compile(
    r"\b(?:(?P<word>today|yesterday|tomorrow)|(?P<last>last\s+)?(?P<weekday>mon|tue|wed|thu|fri|sat|sun)"
    r"(?:day|s|sday|nesday|rsday|urday|\.)?)\b,?(?:\s+at\b)?",
    re.IGNORECASE,
)
_NOW = re.compile(r"\s*(?:right\s+|just\s+)?now\s*", re.IGNORECASE)
_UNITS = r"(?:h|hr|hrs|hours?|m|min|mins|minutes?)"
_RELATIVE = re.compile(
    rf"\s*(?:(?P<plus>\+)\s*)?(?P<first>\d+|an?|half\s+an)\s*(?P<first_unit>{_UNITS})"
    rf"(?:\s*(?:and\s+)?(?P<second>\d+)\s*(?P<second_unit>{_UNITS})?)?\s*(?P<later>later|after(?:\s+that)?)?\s*",
    re.IGNORECASE,
)
_LONGEST_SAID = 200
"""Longer text is not a time typed into a field; in a sentence, a said time is looked for this far."""


@dataclass
class Said:
    """The text rewritten for the time reader (or a moment already worked out), and the guesses made."""

    text: str = ""
    moment: datetime | None = None
    notes: list[str] = field(default_factory=list)
    problem: str = ""


def rewrite(
    text: str,
    *,
    default_date: date | None,
    default_zone: tzinfo | None,
    previous: datetime | None,
    counted_from: datetime | None = None,
    now: Callable[[tzinfo | None], datetime] = lambda zone: datetime.now(zone).astimezone(zone),
) -> Said | None:
    """``text`` in a form ``app.timeparse`` reads, or a moment worked out from it; None when nothing was said.

    ``previous`` is the moment a said hour is most likely after; ``counted_from`` the one a relative time
    counts from (the event above, the start for the end); ``now`` gives the current time in a zone (a seam
    for the tests).
    """
    if len(text) > _LONGEST_SAID:
        return None
    if _NOW.fullmatch(text):
        current = now(default_zone).replace(second=0, microsecond=0)  # a timeline counts in minutes
        return Said(moment=_fixed_offset(current))
    # One space between words: the relative pattern's optional spaces would otherwise backtrack on long runs.
    relative = _RELATIVE.fullmatch(" ".join(text.split()))
    if relative and (relative["plus"] or relative["later"]):
        said = _relative(relative, counted_from)
        if said.moment is not None and counted_from is not None:
            # Counted and shown in the timeline's zone, whatever zone the event above was stored in.
            zone = default_zone or counted_from.tzinfo
            said.moment = _fixed_offset(said.moment.astimezone(zone))
            said.notes = [f"counted from {counted_from.astimezone(zone):%H:%M}"]
        return said
    said = Said(text)
    try:
        said.text = _rewrite_days(said, default_date, (now(default_zone)).date())
    except OverflowError:  # "Mon" after 31 December 9999
        return Said(problem="that day is past the end of the calendar")
    said.text = _rewrite_clock(said, previous)
    return said if said.text != text else None


def _fixed_offset(moment: datetime) -> datetime:
    """``moment`` with its zone as a fixed offset, as every other reading of a time gives it."""
    offset = moment.utcoffset()
    return moment if offset is None else moment.replace(tzinfo=timezone(offset))


def _relative(found: re.Match[str], previous: datetime | None) -> Said:
    if previous is None:
        return Said(problem="there is no earlier time to count from; type the time itself")
    second_unit = found["second_unit"] or ("min" if found["first_unit"].lower().startswith("h") else "")
    if found["second"] and not second_unit:  # "+1h30" is minutes after hours; "+15m30" says nothing
        return Said(problem="say what the second number counts, e.g. +15 min")
    try:
        amount = _amount(found["first"], found["first_unit"])
        if found["second"]:
            amount += _amount(found["second"], second_unit)
        return Said(moment=previous + amount)
    except (OverflowError, ValueError):  # "+99999999999 h": past what a time can hold
        return Said(problem="that is past the end of the calendar")


def _amount(number: str, unit: str) -> timedelta:
    count = {"a": 1.0, "an": 1.0}.get(number.lower(), 0.5 if number.lower().startswith("half") else None)
    value = count if count is not None else float(number)
    return timedelta(hours=value) if unit.lower().startswith("h") else timedelta(minutes=value)


def _rewrite_days(said: Said, default_date: date | None, today: date) -> str:
    def day_of(found: re.Match[str]) -> str:
        word = (found["word"] or "").lower()
        if word:
            day = today + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[word])
        else:
            weekday = WEEKDAYS.index(found["weekday"].lower())
            if found["last"] or default_date is None:
                # "last Tuesday" (or a weekday with no incident day to go by): the latest one before today.
                back = (today.weekday() - weekday) % 7 or (7 if found["last"] else 0)
                day = today - timedelta(days=back)
            else:
                # The one nearest the incident's day: a timeline names the days around it.
                ahead = (weekday - default_date.weekday()) % 7
                day = default_date + timedelta(days=ahead if ahead <= 3 else ahead - 7)
            said.notes.append(f"{found.group(0).strip(' ,')} read as {day:%a} {day.day} {day:%b %Y}")
        return f"{day.isoformat()} "

    return _DAY_WORD.sub(day_of, said.text, count=1).strip()


def _rewrite_clock(said: Said, previous: datetime | None) -> str:
    text = said.text
    spoken = _SPOKEN.search(text)
    if spoken:
        clock = _spoken_clock(spoken, previous)
        if clock is None:
            return text
        hour, minute, guessed = clock
        if guessed:
            said.notes.append(
                f"“{spoken.group(0).strip()}” read as {hour:02d}:{minute:02d}; add am or pm to say otherwise"
            )
        return f"{text[: spoken.start()]}{hour:02d}:{minute:02d}{text[spoken.end() :]}"
    for pattern in (_CLOCK_SUFFIX, _HOUR_MARK, _MILITARY, _DOTTED):
        text, count = pattern.subn(_clock_of, text, count=1)
        if count:
            return text
    alone = _MILITARY_ALONE.fullmatch(text)
    if alone:
        clock = f"{alone['hour']}:{alone['minute']}"
        said.notes.append(f"{alone['hour']}{alone['minute']} read as the clock time {clock}")
        return clock + alone["rest"]
    return text


def military_clocks_written(text: str) -> str:
    """``text`` with each four-digit clock that its mark says is one ("0815 hrs", "1430h", "0900Z") written
    "08:15" ("09:00 UTC" for Z); four digits without a mark (a year, a count) stay as they are."""
    return _MILITARY.sub(_clock_of, text) if any(mark in text for mark in "hHzZ") else text


def _clock_of(found: re.Match[str]) -> str:
    if "clock" in found.groupdict():
        return found["clock"]
    minute = found["minute"] or "00"
    mark = " UTC" if (found.groupdict().get("mark") or "").upper() == "Z" else ""
    return f"{int(found['hour']):02d}:{minute}{mark}"


def _number(word: str) -> int:
    word = " ".join(word.lower().split())
    return _NUMBER_WORDS.get(word, _NAMED_HOURS.get(word, -1)) if not word.isdigit() else int(word)


def _spoken_clock(found: re.Match[str], previous: datetime | None) -> tuple[int, int, bool] | None:
    """The hour (24-hour clock) and minute said in ``found``, and whether morning or afternoon was guessed.

    The part of the day belongs to the hour named: "ten to twelve pm" is ten minutes before noon (11:50),
    "twelve o'clock at night" is midnight.
    """
    if found["half_hour"]:
        named, minutes = _number(found["half_hour"]), 30
    elif found["oclock_hour"]:
        named, minutes = _number(found["oclock_hour"]), 0
    else:
        named, minutes = _number(found["hour"]), _number(found["minutes"])
        if minutes > 30 or minutes % 5:
            return None  # "forty past two", "two to three replicas": not how a clock is said
        if found["way"].lower() in ("to", "till", "before"):
            minutes = -minutes
    if not 0 <= named <= 23:
        return None
    part = (found["part"] or "").lower().replace(".", "").split()
    guessed = False
    if (found["hour"] or "").lower() in _NAMED_HOURS or named > 12 or named == 0:
        hour = named
    elif part:
        hour = _with_part_of_day(named, part)
    else:
        hour, guessed = _likely_hour(named, previous), True
    moment = (hour * 60 + minutes) % (24 * 60)
    return moment // 60, moment % 60, guessed


def _with_part_of_day(named: int, part: list[str]) -> int:
    """A named hour (1 to 12) on the 24-hour clock, by the part of the day said after it."""
    if part[0] == "am" or part[-1] == "morning":
        return named % 12
    if part[-1] == "night" or part[0] == "tonight":  # "eleven at night" 23:00, "two at night" 02:00
        return 0 if named == 12 else named + 12 if named >= 6 else named
    return named % 12 + 12  # pm, afternoon, evening


def said_clocks_written(text: str) -> str:
    """``text`` with each clock said in words written as one ("from half past two in the afternoon until ten
    past four" as "from 14:30 until 16:10"), each hour after the one said before it; the rest as it was."""
    previous: datetime | None = None
    parts: list[str] = []
    done = 0
    for found in itertools.islice(_SPOKEN.finditer(text[:_LONGEST_SENTENCE]), 20):
        clock = _spoken_clock(found, previous)
        if clock is None:
            continue
        parts += [text[done : found.start()], f"{clock[0]:02d}:{clock[1]:02d}"]
        done = found.end()
        previous = datetime(2000, 1, 3, clock[0], clock[1])
    return "".join([*parts, text[done:]])


_LONGEST_SENTENCE = 2000


def says_a_clock(text: str) -> bool:
    """Whether ``text`` may say a clock time in words (a cheap test before reading it sentence by sentence)."""
    return _SPOKEN.search(text) is not None


def clock_said(text: str, previous: datetime | None = None) -> tuple[int, int, int, int] | None:
    """The first clock time said in words in ``text`` ("at ten to three"): where it is, its hour and minute.

    ``(start, end, hour, minute)``, the hour on the 24-hour clock: without "am" or "pm", the first such
    hour after ``previous`` (a story's last time), else the working day's.
    """
    for found in _SPOKEN.finditer(text[:_LONGEST_SAID]):
        clock = _spoken_clock(found, previous)
        if clock is not None:
            return found.start(), found.end(), clock[0], clock[1]
    return None


def _likely_hour(hour: int, previous: datetime | None) -> int:
    """A said hour (1 to 12) on the 24-hour clock: the first one after the event above, else the working day's."""
    morning, evening = hour % 12, hour % 12 + 12
    if previous is not None:
        since = previous.hour
        return min((morning, evening), key=lambda candidate: (candidate - since) % 24)
    return evening if 1 <= hour <= 6 else morning if hour < 12 else 12


# An hour said in digits alone after a cue: "shortly after 11 — …", "Shortly after 3 in the afternoon builds
# hung", "just before 9 o'clock". Alone it is too often a count ("after 3 retries"): it is an hour only with
# "o'clock", a part of the day, or a mark, the text's end or a sentence's subject right after it.
_DIGIT_HOUR = re.compile(
    r"(?P<hour>1[0-2]|[1-9])(?![\d:.,/]\d|\d)(?P<clock>[ \t]*o['’]clock)?"
    r"(?:[ \t]+in[ \t]+the[ \t]+(?P<part>morning|afternoon|evening)|[ \t]+at[ \t]+(?P<night>night))?",
    re.IGNORECASE,
)
_AFTER_HOUR = re.compile(
    r"[ \t]*(?:[,;:!?—–-]|\.(?!\d)|$)|[ \t]+(?:I|we|he|she|they|the|our|my|(?-i:[A-Z][a-z]+))\b", re.IGNORECASE
)


def digit_hour(text: str, start: int, previous: datetime | None = None) -> tuple[int, int] | None:
    """The hour said in digits alone at ``text[start:]`` (see ``_DIGIT_HOUR``): where it ends, and its hour
    on the 24-hour clock (a part of the day says which side of noon, else the first after ``previous``)."""
    found = _DIGIT_HOUR.match(text, start)
    if found is None:
        return None
    said_more = found["clock"] or found["part"] or found["night"]
    if not said_more and not _AFTER_HOUR.match(text, found.end()):
        return None
    hour = int(found["hour"])
    if found["part"] in ("afternoon", "evening") or (found["night"] and hour >= 6):
        hour = hour % 12 + 12
    elif found["part"] or found["night"]:
        hour %= 12
    else:
        hour = _likely_hour(hour, previous)
    return found.end(), hour
