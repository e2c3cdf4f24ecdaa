"""Days named relative to the entries above: "The next morning at 09:10 …", "09:00 the next day: …".

A timeline that runs past its first day often says so in words rather than
with a date: a careful reader puts such an entry on the day after the one
above it (or the day before, for "the previous evening"). The small hours
belong to the night before them: "01:30 the disk filled", then "The next
morning at 08:00 …" is seven hours later, not a day and seven.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from app.formats.markdown_read.timeline.lead_patterns import SEPARATOR, Lead

if TYPE_CHECKING:
    from app.formats.markdown_read.draft import Draft

# "The next day" in the other languages read: "Il giorno dopo, 09:30", "Am nächsten Tag", "Le lendemain",
# "Al día siguiente", "No dia seguinte", "De volgende dag", "Następnego dnia o 11:00", "Nästa dag kl. 10:00".
_OTHER_NEXT_DAY = "|".join(
    (
        r"(?:il[ \t]+)?giorno[ \t]+(?:dopo|seguente|successivo)",
        r"l['’]indomani",
        r"am[ \t]+(?:nächsten|folgenden)[ \t]+tag",
        r"am[ \t]+folgetag",
        r"le[ \t]+lendemain",
        r"(?:al|el)[ \t]+día[ \t]+siguiente",
        r"(?:no|o)[ \t]+dia[ \t]+seguinte",
        r"de[ \t]+(?:volgende[ \t]+dag|dag[ \t]+erna)",
        r"(?:następnego|nastepnego|kolejnego)[ \t]+dnia|dzień[ \t]+później|dzien[ \t]+pozniej",
        r"(?:nästa|följande)[ \t]+dag|dagen[ \t]+efter",
    )
)
# At an entry's front, before its time: "The next day, 10:30:", "Next morning at 08:15", "**The following
# day** — around 9", "The night before, at 22:10", "On the day after at 07:00".
_LEAD = re.compile(
    r"[ \t]*(?P<open>[*_]{0,2})(?:on[ \t]+)?(?:(?:the[ \t]+)?(?P<after>next|following)[ \t]+"
    r"(?P<part>day|morning|afternoon|evening|night)|the[ \t]+day[ \t]+(?P<day_after>after)"
    r"|the[ \t]+(?P<before>previous|preceding)[ \t]+(?:day|morning|afternoon|evening|night)"
    r"|the[ \t]+(?:day|night|evening)[ \t]+(?P<night_before>before)"
    rf"|(?P<other_after>{_OTHER_NEXT_DAY}))"
    r"(?P<close>[*_]{0,2})(?:[ \t]*[,:–—-])?[ \t]*"
    r"(?:(?:at|around|about|by|from|alle|um|à|a[ \t]+las|às|om|o|około|kl\.|klockan)[ \t]+)?(?=\S)",
    re.IGNORECASE,
)
# Right after an entry's time: "09:00 the next day: backlog drained", "noon on the following day — …".
_AFTER_TIME = re.compile(r"[ \t]*(?:on[ \t]+)?(?:the[ \t]+)?(?:next|following)[ \t]+day\b", re.IGNORECASE)


def day_named_before(text: str) -> tuple[int, int, str] | None:
    """The days a relative day word at the front of ``text`` moves its entry (1 or -1), where the entry's
    time begins after it, and the part of the day it names ("day" when none); None when it opens with none."""
    found = _LEAD.match(text)
    if found is None:
        return None
    days = -1 if found["before"] or found["night_before"] else 1
    return days, found.end(), (found["part"] or "day").lower()


def emphasis_left_open(text: str) -> str:
    """The emphasis ("**") opened before the day words at the front of ``text`` and not closed after them:
    in "**The next day, 09:30** — …" it closes after the time, and stays round the time once the words go."""
    found = _LEAD.match(text)
    return found["open"] if found is not None and not found["close"] else ""


def day_named_after(text: str, *, anywhere: bool = False) -> int:
    """The length of "the next day" opening ``text`` (what follows an entry's time), else 0; with ``anywhere``,
    whether ``text`` holds those words at all (a cheap test before reading the entry twice)."""
    found = _AFTER_TIME.search(text) if anywhere else _AFTER_TIME.match(text)
    return found.end() if found is not None else 0


def shifted_day(day: date, days: int, part: str, last_time: datetime | None, first_day: date | None) -> date:
    """The day ``days`` from ``day``. The night's small hours belong to the day before them: after "01:30" (past
    midnight from the first day), "the next day" is that date; "the next morning" is after any small hours."""
    small_hours = days == 1 and last_time is not None and last_time.date() == day and last_time.hour < 6
    if small_hours and (part == "morning" or (first_day is not None and day > first_day)):
        return day
    return day + timedelta(days=days)


@dataclass
class DayRun:
    """The last entry that named its day: entries one after another each saying "Next day, …" are all on the
    same next day, not each a day after the one above."""

    events: int = -1  # how many events the timeline held once that entry was added
    day: date | None = None  # the day it was on

    def day_after(self, day: date, events: int) -> date | None:
        """The day an entry naming its day is on when it follows such an entry (the timeline holds ``events``
        and is still at ``day``); None when it does not."""
        return self.day if self.events == events and self.day == day else None

    def record(self, events: int, day: date) -> None:
        self.events, self.day = events, day


class ReadsNamedDays:
    """The part of ``TimelineContext`` that reads the days entries name in words (its attributes are there)."""

    draft: Draft
    day: date | None
    last_time: datetime | None
    year: int | None
    first_day: date | None
    day_run: DayRun

    def set_day(self, day: date) -> None: ...  # ``TimelineContext.set_day``

    def passed(self, moment: datetime) -> None: ...  # ``TimelineContext.passed``

    def on_named_day(self, text: str, lead_of: Callable[[str], Lead | None]) -> Lead | None:
        """``lead_of(text)``, on the day that ``text`` names relative to the entries above: "The next morning
        at 08:15 …" (the words go, as a date would), "09:00 the next day: …" (the words after the time)."""
        day, last_time, year = self.day, self.last_time, self.year
        named = day_named_before(text)
        if day is None or (named is None and not day_named_after(text[:80], anywhere=True)):
            return lead_of(text)
        days, end, part = named or (1, 0, "day")
        try:
            shifted = shifted_day(day, days, part, last_time, self.first_day)
        except OverflowError:
            return None if named else lead_of(text)
        # Entries one after another each saying "next day" are on the same day, unless that goes back in time.
        found = None
        for target in dict.fromkeys((self.day_run.day_after(day, len(self.draft.timeline)) or shifted, shifted)):
            self.day, self.last_time, self.year = day, last_time, year
            found = self._on_day(text, lead_of, end if named else -1, target)
            if found is not None and (last_time is None or found.moment >= last_time):
                break
        if found is None:
            self.day, self.last_time, self.year = day, last_time, year
        else:
            self.day_run.record(len(self.draft.timeline) + 1, found.moment.date())
        return found

    def _on_day(self, text: str, lead_of: Callable[[str], Lead | None], end: int, target: date) -> Lead | None:
        """The lead of ``text`` on ``target``: that of the text after ``end``, else that of a time followed by
        "the next day"."""
        if end >= 0:
            self.set_day(target)
            return lead_of(emphasis_left_open(text) + text[end:])
        found = lead_of(text)
        length = day_named_after(found.text) if found is not None and found.has_time else 0
        if found is None or not length or abs((target - found.moment.date()).days) > 1:
            return found  # no words for the day, or a date of its own
        try:
            moment = found.moment + (target - found.moment.date())
        except OverflowError:
            return found
        self.passed(moment)
        return Lead(moment, SEPARATOR.sub("", found.text[length:], count=1), True)
