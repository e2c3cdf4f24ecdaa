"""Clock times as a story tells them in its sentences: "at 09:12", "We reverted it at 4:35.", "At quarter
past three", "at nine,", "Around noon".

A story is told in order, and its reader counts on from the time told last: without am or pm, "4:35" after
"twenty past four" in the afternoon is 16:35, "1:40" after "12:30" is 13:40 (unless the document writes
the 24-hour dial: "16:35", "04:35"). ``prose_timeline`` makes the events; this module reads their times.
"""

from __future__ import annotations

import itertools
import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from app.formats.markdown_read.draft import EventDraft
from app.said_times import clock_said, digit_hour
from app.timeparse import read

# Where a time is told in a sentence: at its start, or after "at", "by", "around", "until", "since".
# "At 0815 hrs", "at 2215 hours", "by 0900Z": four digits a mark says are a clock, as forms write them.
TIME_CUE = re.compile(
    r"(?:^|\b(?:[Aa]t|[Bb]y|[Aa]round|[Aa]bout|[Uu]ntil|[Ss]ince|[Aa]pproximately"
    r"|(?:[Jj]ust|[Ss]hortly|[Ss]oon)[ \t]+(?:after|before))\s+)"
    r"(?=[*_`]{0,2}(?:\d{1,2}(?::\d{2}|\s?[ap]\.?m\b)"  # "**21:10** The queue …": in bold too
    r"|(?:[01]\d|2[0-3])[0-5]\d(?:[ \t]?(?:hrs?|hours)\b|[hZ]\b)))",
)
LONGEST_SENTENCE = 2000
"""Longer runs of text are not sentences a timeline is told in; they are not searched for times."""
# A story of an incident is told in its first pages: past this many characters of prose (a 60 MB
# Introduction) the search for timed sentences stops, so that such a file still opens in seconds.
PROSE_SEARCHED = 400_000
# The words a said time follows in a story: "At quarter past two", "by twenty past three", "at about ten past two".
# "Just after three o'clock", "a little before four": a time said near an hour is told at that hour.
_NEAR = r"(?:just|shortly|a little|a bit|right|soon|not long)\s+(?:after|before|past)"
_SAID_CUE = re.compile(rf"(?:^|\b(?:at|by|around|about|until|since|approximately|{_NEAR}))\s*$", re.IGNORECASE)


# A clock written on the 12-hour dial without am or pm ("at 4:35", "by 1:40"); "04:35" and "16:35" are not.
_TWELVE_HOUR = re.compile(r"[*_`]{0,2}(?:[1-9]|1[0-2]):[0-5]\d(?![\d:]|\s?[AaPp]\.?[Mm]\b)")
# A clock only the 24-hour dial writes: "16:35", "04:35" (its leading zero), "0:20"; not a zone's offset ("-08:00").
_TWENTY_FOUR_HOUR = re.compile(r"(?<![\d:.+\-−])(?:0\d?|1[3-9]|2[0-3]):[0-5]\d(?!\d)")


def on_the_12_hour_dial(texts: list[str]) -> bool:
    """Whether ``texts`` write no clock only the 24-hour dial writes: then "at 4:35" after "twenty past four"
    in the afternoon is 16:35, as its reader counts on from the story's last time."""
    budget = PROSE_SEARCHED
    for text in texts:
        if _TWENTY_FOUR_HOUR.search(text[:budget]):
            return False
        budget -= min(len(text), budget)
    return True


def written_time(
    clause: str, day: date | None, zone: tzinfo | None, previous: datetime | None = None, twelve: bool = False
) -> datetime | None:
    """A clock time written in digits after a cue ("at 4:35", "By 11:29"). On a story's 12-hour dial
    (``twelve``), one without am or pm is on the side of noon the story's last time (``previous``) makes
    likely: see ``_after``."""
    for cue in TIME_CUE.finditer(clause):
        rest = clause[cue.end() :]
        reading = read(rest, default_date=day, default_zone=zone, default_year=day.year if day else None)
        if reading is not None and reading.has_time:
            if twelve and previous is not None and not reading.has_date and _TWELVE_HOUR.match(rest):
                return _after(reading.moment, previous)
            return reading.moment
    return None


def _after(moment: datetime, previous: datetime) -> datetime:
    """``moment``, an hour of the 12-hour dial, on the side of noon (or of midnight) nearest the story's last
    time, ``previous``: 16:35 after 16:20, 13:40 after 12:30, 00:20 the next day after 23:50, and 14:55 in a
    look back after 15:10 ("the alert had fired at 2:55"). A story goes forward: a step back counts double."""
    since = previous.astimezone(moment.tzinfo)
    if moment.date() > since.date():
        return moment  # "On Friday, at 9:30": the sentence's own day
    # On the story's last day: it may have gone past midnight.
    morning = datetime.combine(since.date(), moment.time().replace(hour=moment.hour % 12), tzinfo=moment.tzinfo)
    candidates = [morning, morning + timedelta(hours=12)]
    if since.date() < date.max:
        candidates.append(morning + timedelta(days=1))  # past midnight in the story

    def distance(candidate: datetime) -> timedelta:
        return candidate - since if candidate >= since else 2 * (since - candidate)

    return min(candidates, key=distance)


def said_time(
    clause: str, day: date | None, zone: tzinfo | None, found: list[EventDraft], before: datetime | None = None
) -> datetime | None:
    """A clock time told in words after "at", "by", "around" ("At ten to three Dana paged Viktor").

    Without "am" or "pm" the hour is the first such one after the story's last time (or ``before``, for its
    first): a story is told in order.
    """
    if day is None:
        return None
    # The story's last time told (a wrong lead in it may have none).
    previous = next((event.time for event in reversed(found) if event.time is not None), before)
    said = clock_said(clause, previous)
    if said is None or not _SAID_CUE.search(clause[: said[0]]):
        said = _hour_alone(clause, previous) or _noon_said(clause)
        if said is None:
            return None
    _start, _end, hour, minute = said
    if _NEXT_MORNING.search(clause):
        if day >= date.max:
            return None  # no next morning after 31 December 9999
        day, previous = day + timedelta(days=1), None  # "The next morning at nine"
        hour = hour - 12 if hour > 12 else hour
    moment = datetime.combine(day, time(hour, minute), tzinfo=zone or UTC)
    # previous - moment, not moment < previous - 12 h: an hour before 1 January of year 1 cannot be made.
    if previous is not None and previous.date() == day and previous - moment > timedelta(hours=12):
        try:
            moment += timedelta(days=1)  # past midnight in the story
        except OverflowError:
            return None  # past 31 December 9999
    return moment


def a_little_before(start: datetime) -> datetime:
    """Where a story's first said hour is looked for from: a little before the window it tells of starts, so
    that a step taken shortly before it (a deploy) is on the same side of noon."""
    try:
        return start - timedelta(hours=3)
    except OverflowError:  # a window on the first day of the calendar
        return start


_HOURS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
# "The next morning at nine, Viktor and I ...": an hour word alone after a cue, only before a comma or the
# sentence's end ("at one of our partners" is no time).
# Or before the sentence's subject: "A little before four we restarted Gunicorn", "at two Zainab called".
HOUR_ALONE = re.compile(
    rf"\b(?:at|by|around|about|{_NEAR})\s+(?:(?:about|around)\s+)?(?P<hour>{'|'.join(_HOURS)})"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:I|we|he|she|they|the|our|my|everyone|everything|someone|nobody"
    r"|(?-i:[A-Z][a-z]+(?<!Of)(?<!And)))\b)",
    re.IGNORECASE,
)
_NEXT_MORNING = re.compile(r"\b(?:next|following)\s+(?:morning|day)\b|\bthe\s+morning\s+after\b", re.IGNORECASE)


def _hour_alone(clause: str, previous: datetime | None) -> tuple[int, int, int, int] | None:
    """An hour said alone ("at nine,"), on the 24-hour clock as the story goes on from ``previous``."""
    found = HOUR_ALONE.search(clause[:LONGEST_SENTENCE])
    if found is None:
        return _digit_hour_near(clause, previous)
    hour = _HOURS.index(found.group("hour").lower()) + 1
    morning, evening = hour % 12, hour % 12 + 12
    if previous is not None:
        chosen = min((morning, evening), key=lambda candidate: (candidate - previous.hour) % 24)
    else:
        chosen = evening if 1 <= hour <= 6 else morning
    return found.start(), found.end(), chosen, 0


# "Shortly after 3 in the afternoon builds hung", "just before 9 o'clock": an hour in digits after a cue of nearness.
_NEAR_DIGIT = re.compile(rf"\b(?:{_NEAR}|around|about)\s+(?=\d)", re.IGNORECASE)


def _digit_hour_near(clause: str, previous: datetime | None) -> tuple[int, int, int, int] | None:
    for cue in itertools.islice(_NEAR_DIGIT.finditer(clause[:LONGEST_SENTENCE]), 5):
        found = digit_hour(clause, cue.end(), previous)
        if found is not None:
            return cue.start(), found[0], found[1], 0
    return None


# "Around noon the print server stopped", "at midnight,", "Midnight: the job ...": noon or midnight told as
# the time of a step, after a cue or opening the sentence. "the midnight cron job" (no cue) and "by noon
# tomorrow", "until midnight on Friday" (a plan) are no step of the story.
_NOON_WORD = r"(?:12\s?)?(?P<{}>noon|midday|midnight)\b"
NOON = re.compile(
    # Opening the sentence, before a comma, a colon or a dash: "Midnight: the retry budget ran out."
    rf"^[*_]{{0,2}}{_NOON_WORD.format('lead')}[*_]{{0,2}}(?=\s*[,:;—–]\s)"
    rf"|\b(?:at|by|around|about|until|from|since|approximately|{_NEAR})\s+(?:(?:about|around)\s+)?"
    + _NOON_WORD.format("word")
    # Not the start of a range ("from noon to 14:00", "noon–2pm": the window) nor a compound ("noon-ish").
    + r"(?!\s*[-–]|\s+(?:to|until|till|through|tomorrow|today|tonight|on|next|this|deadline)\b)",
    re.IGNORECASE,
)


def _noon_said(clause: str) -> tuple[int, int, int, int] | None:
    """Noon or midnight told as a step's time (see ``NOON``): where, and its hour."""
    found = NOON.search(clause[:LONGEST_SENTENCE])
    if found is None:
        return None
    word = found.group("lead") or found.group("word")
    return found.start(), found.end(), 0 if word.lower() == "midnight" else 12, 0
