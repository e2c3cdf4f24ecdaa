"""What the timeline's recognisers share while they read: the current day, zone and kind.

A time written alone ("14:03") takes the date of the nearest dated entry
above, else the incident's start, else the document's date; a time without
a zone takes the zone the document states, else UTC. Clock times that pass
midnight (23:50, then 00:10) move to the next day. Outage markers in event
text ("OUTAGE BEGINS", "resolved") are remembered for the incident window.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.relative_times import (
    BARE_RELATIVE,
    RELATIVE,
    T_ZERO,
    later_by,
    stated_clock_end,
    stepped,
)
from app.formats.markdown_read.timeline.clock_forms import plain_clock_lead
from app.formats.markdown_read.timeline.counted_days import ReadsCountedDays
from app.formats.markdown_read.timeline.day_words import DayRun, ReadsNamedDays
from app.formats.markdown_read.timeline.event_collection import CollectsEvents
from app.formats.markdown_read.timeline.lead_patterns import (
    AM_OR_PM,
    ANY_DAY,
    BARE_TWELVE_HOUR_CLOCK,
    CLOSING_MARKUP,
    DOTTED_CLOCK_AFTER_A_DATE,
    DOTTED_OR_FRENCH_CLOCK_LEAD,
    FRENCH_CLOCK_LEAD,
    INLINE_DAY,
    LEAD_WORD,
    LONGEST_SENTENCE,
    NUMBERED_ENTRY,
    PLACEHOLDER_CLOCK_AFTER_A_DAY,
    RANGE_END,
    SEPARATOR,
    STRAY_CLOSER,
    TIME_INSIDE,
    WORDS_THEN_CLOCK,
    Lead,
    european_clock_lead,
    opens_a_sentence,
    weekday_lead,
    writes_its_date,
)
from app.formats.markdown_read.timeline.noon_typo import noon_slip
from app.formats.markdown_read.timeline.said_leads import said_lead_passed
from app.formats.markdown_read.timeline.unused_days import DayLine
from app.formats.markdown_syntax import leading_time
from app.model import EventKind
from app.timefmt import parse_timestamp
from app.timeparse import Reading, read

# A clock time this much earlier than the one before it has passed midnight; less is an entry out of order.
_MIDNIGHT_STEP = timedelta(hours=12)
_HALF_DAY = timedelta(hours=12)

# The dash, colon or bracket closing a day written after an entry's clock: "18:30 Fri 13 Nov — x".
_DASH_AFTER_A_DAY = re.compile(r"[ \t]*[-–—:|\]]")


# "**~19:30 UTC** - x": an approximate clock's mark inside its bold.
_MARKED_APPROXIMATE = re.compile(r"[ \t]*([*_]{1,2})([~≈])[ \t]*(?=\d)")


@dataclass
class TimelineContext(ReadsNamedDays, ReadsCountedDays, CollectsEvents):
    draft: Draft
    day: date | None = None
    zone: tzinfo | None = None
    kind: EventKind | None = None
    # Whether this timeline's entries lead with four-digit clock times ("1403 text").
    compact: bool = False
    # Whether they lead with dotted ones ("14.03 text"): only then is "2.10" a time, not a version.
    dotted: bool = False
    # The moment "T+0" stands for, where the timeline states one: entries are then "T+15m", "T-3m".
    anchor: datetime | None = None
    # The date "Day 1" stands for, in a timeline that numbers its days inline ("Day 2 00:05 – x").
    day_one: date | None = None
    last_time: datetime | None = None
    day_run: DayRun = field(default_factory=DayRun)
    first_day: date | None = None  # the day of the first entry read
    standing_day: date | None = None  # "Unless otherwise noted all events happened on …" (``standing_day``)
    onset: datetime | None = None
    end_marker: datetime | None = None
    mitigated: datetime | None = None
    resolved: list[datetime] = field(default_factory=list)
    day_line: DayLine | None = None  # a day heading no timed entry has used yet (``unused_days``)
    # Clocks without am or pm read in the afternoon, as the entries above them ("1:19" below "1:10pm").
    afternoon: list[str] = field(default_factory=list)
    afternoon_note: int = -1
    year: int | None = None
    leftover: list[str] = field(default_factory=list)  # the section's lines no recogniser read, kept as written
    # Reads nested entries with every recogniser (a date bullet over its clock-time bullets).
    read_nested: Callable[[list[Any]], None] = lambda entries: None

    @classmethod
    def for_draft(cls, draft: Draft) -> TimelineContext:
        start = draft.summary.start
        day = start.date() if start else draft.day
        zone = draft.zone or (start.tzinfo if start else None)
        return cls(draft, day, zone, year=day.year if day else None)

    # ------------------------------------------------------------------ times
    #
    # The editor's own layout is read with exactly the time prefix the export
    # writes around (``markdown_syntax.leading_time``), so that a saved file
    # always reads back the same. Other layouts get the full reading of what
    # people write: dates alone, four-digit clock times, markup around a time.

    def moment(self, text: str) -> datetime | None:
        """``text`` read as one moment in this context (a time alone takes the current day)."""
        if not self.draft.other_template:
            found = parse_timestamp(text, default_date=self.day, default_zone=self.zone)
            return self._rolled(found, True) if found is not None else None
        if self.anchor is not None and (relative := RELATIVE.fullmatch(text.strip())) is not None:
            return self._offset(relative)  # a table's "T+00:05" cell
        reading = self._read(text, whole=True)
        if reading is None:
            return self._clock_then_day(text)
        # ("12:15 AM" in a cell just after "12:00 PM": a quarter past noon.)
        moment = noon_slip(reading.moment, self.last_time, text) or reading.moment
        return self._rolled(moment, reading.has_date)

    def moment_in_two_zones(self, text: str) -> tuple[datetime, str] | None:
        """A cell's "08:31 UTC (11:31 TSİ)": the moment, told in the document's own zone where one of the two
        is, and the other clock as written, for the row's text."""
        body, second, first = plain_clock_lead(text)
        if not second or body.strip(" \t*_`") != first or (moment := self.moment(first)) is None:
            return None
        if (own := self._in_own_zone(moment, second)) is not None:
            return own, first
        return moment, second

    def _clock_then_day(self, text: str) -> datetime | None:
        """A cell's "00:02 (Feb 18)", "00:02 Feb 18": the clock, then the day it fell on (past midnight)."""
        clock = self._read(text)
        if clock is None or not clock.has_time or clock.has_date:
            return None
        after = text[clock.end :]
        on_day = self._day_after_clock(after + " -")  # the cell ends where an entry's dash would stand
        if on_day is None or after[on_day[1] :].strip(" \t*_`"):
            return None
        day = on_day[0]
        return self._rolled(clock.moment.replace(year=day.year, month=day.month, day=day.day), True)

    def leading(self, text: str) -> Lead | None:
        """A moment at the start of ``text``, and the text after it and its separator."""
        if not self.draft.other_template:
            return self._leading(text)
        found = self.on_named_day(text, self._leading)
        if found is not None and not found.has_time and PLACEHOLDER_CLOCK_AFTER_A_DAY.match(found.text[:40]):
            return None  # "2026-06-10 15:XX:XX: …": the step's clock is unknown, not that day's midnight
        return found

    def _leading(self, text: str) -> Lead | None:
        if not self.draft.other_template:
            found = leading_time(text, default_date=self.day, default_zone=self.zone)
            if found is None:
                return None
            moment, rest = found
            return Lead(self._rolled(moment, writes_its_date(text)), rest, True)
        if self.anchor is not None and (relative := RELATIVE.match(text) or BARE_RELATIVE.match(text)) is not None:
            return self._relative(relative, text)
        if self.anchor is not None and (zero := T_ZERO.match(text)) and (end := stated_clock_end(text, zero.end())):
            # "T0: 03:40 – first errors": the entry stating the moment the others count from happened then.
            rest = SEPARATOR.sub("", text[end:].lstrip(), count=1)
            return Lead(self.anchor, rest, True) if rest else None
        if (numbered := INLINE_DAY.match(text)) is not None and (day := self._numbered_day(numbered)) is not None:
            # "Day 2 00:05 – x", "Day 1 (Mon 19 Feb) 21:30 – x": the clock on the day the number names.
            before = (self.day, self.last_time)
            self.set_day(day)
            rest = text[numbered.end() :]
            rest = numbered["open"] + rest if numbered["open"] and not numbered["close"] else rest
            found = self.leading(rest) or ((said := said_lead_passed(self, rest)) and Lead(*said, True))
            if found is None:
                self.day, self.last_time = before
            return found
        text, weekday = weekday_lead(text, day_known=self.day is not None)  # "Sat 11:45 pm ET — x"
        if weekday is not None and (on_weekday := self._on_weekday(weekday, text)) is not None:
            return on_weekday
        if (worded := WORDS_THEN_CLOCK.match(text)) is not None and (clocked := self._worded_clock(worded)):
            return Lead(clocked, text.strip(), True)
        if self.last_time is not None and (later := later_by(text, leading=True)) is not None:
            # "Twenty minutes later, Tomasz finds …": counted from the entry above; the sentence stays whole.
            try:
                moment = self.last_time + later[0]
            except OverflowError:
                return None
            self.passed(moment)
            return Lead(moment, text.strip(), True)
        if (numbered_entry := NUMBERED_ENTRY.match(text)) is not None:
            text = text[numbered_entry.end() :]  # "1 - 11:49 AM: the push": the entry's number is not its text
        if (marked := _MARKED_APPROXIMATE.match(text)) is not None:
            # "**~19:30 UTC** - x": read with the "~" before the bold; the entry keeps its words as written.
            found = self._leading(f"{marked[2]}{marked[1]}{text[marked.end() :]}")
            return Lead(found.moment, text.strip(), found.has_time) if found is not None else None
        lead = LEAD_WORD.match(text)
        body = text[lead.end() :] if lead else text
        # "14h05 — x", "14.03 x": a clock written the French or the European way, at an entry's start only
        # (anywhere else "2.10" is a version). Read as "14:05"; the text after it is the same length.
        body = (DOTTED_OR_FRENCH_CLOCK_LEAD if self.dotted else FRENCH_CLOCK_LEAD).sub(r"\1\2:\3", body, count=1)
        # "9:05a PST / 17:05 UTC — x", "noon — x": written out; the second zone's clock goes to the text's end.
        body, second_zone, first_clock = plain_clock_lead(body)
        found = self._read_lead(text, lead, body)
        if found is None or not second_zone:
            return found
        if (own := self._in_own_zone(found.moment, second_zone)) is not None:
            # "08:40 UTC (11:40 МСК)" where the document keeps its times in МСК: the same moment, told as
            # the other entries tell theirs; the UTC clock stays in the text.
            found, second_zone = Lead(own, found.text, found.has_time), first_clock
        return Lead(found.moment, f"{found.text} ({second_zone})" if found.text else found.text, found.has_time)

    def _in_own_zone(self, moment: datetime, clock: str) -> datetime | None:
        """``clock`` read as a moment, when it is ``moment`` told in the zone the document states for its
        times (and ``moment`` was not)."""
        if self.zone is None or moment.utcoffset() == moment.astimezone(self.zone).utcoffset():
            return None
        reading = read(clock, default_date=moment.date(), default_zone=self.zone)
        if reading is None or not reading.has_time or reading.moment != moment:
            return None
        own = reading.moment
        return own if own.utcoffset() == own.astimezone(self.zone).utcoffset() else None

    def _read_lead(self, text: str, lead: re.Match[str] | None, body: str) -> Lead | None:
        """The moment a clock (or date) at the front of ``body`` gives, and the text after it."""
        reading = self._read(body)
        if reading is None:
            return None
        dated = reading.has_date
        if not reading.has_time:
            # "**2024-05-01** 15:00 — text": a date, then the time outside its markup.
            after = SEPARATOR.sub("", CLOSING_MARKUP.sub("", body[reading.end :], count=1), count=1)
            # "30/11/2023 22.45 – x": after a date, a dotted clock of two-digit hours is the entry's time.
            after = DOTTED_CLOCK_AFTER_A_DATE.sub(r"\1\2:\3", after, count=1)
            clock = read(after, default_date=reading.moment.date(), default_zone=self.zone, notes=self.draft.notes)
            if clock is not None and clock.has_time and not clock.has_date:
                reading, body = clock, after  # the clock's day is the date written before it
        on_day = None if dated or not reading.has_time else self._day_after_clock(body[reading.end :])
        if on_day is not None:
            # "18:30 Fri 13 Nov — x": the clock, then the day it was on; the day is read, not kept as text.
            body, dated = body[: reading.end] + body[reading.end + on_day[1] :], True
            reading = self._read(body) or reading  # "[00:15 CET (2012-07-05)] x": read again, in its brackets
        rest = body[reading.end :]
        second = RANGE_END.match(rest)
        if second is not None and (end := self._read(rest[second.end() :])) is not None and end.has_time:
            if end.has_zone and not reading.has_zone and end.zone is not None:
                # "14:03–14:10 PDT": the zone written once is both ends'.
                reading = read(body, default_date=self.day, default_zone=end.zone, default_year=self.year) or reading
            # A range keeps its words: the event is at its start, the text says until when.
            return Lead(self._rolled(reading.moment, dated), text.strip(), True)
        if lead is not None and lead.group("approximate") and not opens_a_sentence(lead, rest):
            # "~14:00": the text says the time is approximate. ("Around 8:00 AM, we suspected ...": a sentence's
            # opening words, as "At 6:00 AM," are; the entry is what follows them.)
            return Lead(self._rolled(reading.moment, dated), text.strip(), reading.has_time)
        if reading.has_time and body[max(reading.end - 3, 0) : reading.end].lower() == "ish":
            return Lead(self._rolled(reading.moment, dated), text.strip(), True)  # "14:20ish —": about then, as "~"
        rest = SEPARATOR.sub("", rest, count=1)
        if not reading.open_markup and (stray := STRAY_CLOSER.match(rest)) is not None:
            # "12:20 ** - users can send mail": a bold time's closing mark with no opener, the time's, not the text's
            rest = SEPARATOR.sub("", rest[stray.end() :], count=1)
        if reading.open_markup:
            closer = reading.open_markup[::-1]
            if rest.startswith(closer):  # "**14:03:** text": the markup closed after the separator
                rest = SEPARATOR.sub("", rest[len(closer) :], count=1)
            elif rest:
                rest = reading.open_markup + rest  # "**15:00 UTC: Title** text" keeps "**Title**".
            else:
                return None
        moment = reading.moment
        if not dated and reading.has_time:
            moment = self._afternoon(moment, body[: reading.end])
        if on_day is not None:
            moment = moment.replace(year=on_day[0].year, month=on_day[0].month, day=on_day[0].day)
        return Lead(self._rolled(moment, dated), rest, reading.has_time)

    def _worded_clock(self, worded: re.Match[str]) -> datetime | None:
        """The moment of "About ten minutes later (6:50 AM)": the clock in the parentheses, on the current day."""
        reading = self._read(re.sub(r"(?<=\d)[h.](?=\d)", ":", worded["clock"], count=1), whole=True)
        if reading is None or not reading.has_time or reading.has_date:
            return None
        return self._rolled(self._afternoon(reading.moment, worded["clock"]), False)

    def _day_after_clock(self, after: str) -> tuple[date, int] | None:
        """The day written right after an entry's clock ("Fri 13 Nov", "(13 Nov)") before the entry's dash or
        colon, and where it ends."""
        if not after[:1].isspace():
            return None
        day = read(after[:40], date_only_ok=True, default_year=self.year)
        if day is None or not day.has_date or day.has_time or not _DASH_AFTER_A_DAY.match(after, day.end):
            return None
        return day.moment.date(), day.end

    def _afternoon(self, moment: datetime, written: str) -> datetime:
        """ "1:19 PST" below "1:10pm PST": a clock written without am or pm, one digit for its hour, that
        would go back before an afternoon entry above it is in the afternoon too, not the next night or
        that morning. The guess is said."""
        last = self.last_time
        if (after_noon := noon_slip(moment, last, written)) is not None:
            return after_noon  # "12:15 AM" just after "12:00 PM": a quarter past noon
        # (last.hour >= 12: "last - 12 h" stays on last's day, where "moment + 12 h" can pass year 9999)
        if last is None or last.hour < 12 or moment >= last or moment < last - _HALF_DAY:
            return moment
        if AM_OR_PM.search(written) or (clock := BARE_TWELVE_HOUR_CLOCK.search(written)) is None:
            return moment
        later = stepped(moment, _HALF_DAY)  # None at the calendar's end: no afternoon comes after it
        if later is None or later - last > _HALF_DAY:
            return moment
        if not self.afternoon:
            self.draft.notes.append("")  # its place among the notes; written once the timeline is read
            self.afternoon_note = len(self.draft.notes) - 1
        self.afternoon.append(f"“{clock.group()}” as {later:%H:%M}")
        said = ", ".join(self.afternoon[:5]) + (", …" if len(self.afternoon) > 5 else "")
        self.draft.notes[self.afternoon_note] = (
            f"Times written without am or pm were read in the afternoon, as the entries above them: {said}."
        )
        return later

    def inside(self, text: str) -> Lead | None:
        """The first time an entry's sentence gives ("detected at 3:00 PM EST when…"), its text kept whole.

        For events written as sentences under the reference's kind labels, with
        no time in front; only a clock after "at", "around", "by" or "about"
        counts, so that "spent 20 minutes" or "version 2.10" never does.
        """
        if not self.draft.other_template:
            return None
        for match in TIME_INSIDE.finditer(text[:LONGEST_SENTENCE]):
            reading = self._read(text[match.end() :])
            if reading is not None and reading.has_time:
                return Lead(self._rolled(reading.moment, reading.has_date), text.strip(), True)
        return None

    def peek_time(self, text: str) -> bool:
        """Whether ``text`` starts with a time, without reading it."""
        if not self.draft.other_template:
            return leading_time(text, default_date=self.day or ANY_DAY, default_zone=self.zone) is not None
        if self.anchor is not None and (RELATIVE.match(text) or BARE_RELATIVE.match(text)) is not None:
            return True  # "+5 min x" under "T+0 = 3pm": a line of its own, as a clock time would be
        if (numbered := INLINE_DAY.match(text) or NUMBERED_ENTRY.match(text)) is not None:
            text = text[numbered.end() :]
        text = european_clock_lead(text, dotted=self.dotted)  # "14h41 - x" under "14h30 - y": an entry of its own
        return read(text, default_date=self.day or ANY_DAY, compact=self.compact) is not None

    def _read(self, text: str, *, whole: bool = False) -> Reading | None:
        return read(
            text,
            default_date=self.day,
            default_zone=self.zone,
            default_year=self.year,
            compact=self.compact,
            date_only_ok=True,
            notes=self.draft.notes,
            whole=whole,
        )

    def _rolled(self, moment: datetime, dated: bool) -> datetime:
        """``moment`` moved past midnight when its clock went backwards by more than half a day."""
        # (At the calendar's first or last day there is no day before or after: the moment stays.)
        with contextlib.suppress(OverflowError):
            earlier = not dated and self.last_time is not None and moment < self.last_time
            if earlier and (moment < self.last_time - _MIDNIGHT_STEP or self._next_day_of(moment)):  # type: ignore[operator]
                moment += timedelta(days=1)
        self.passed(moment)
        if self.year is None:
            self.year = moment.year
        return moment

    def _next_day_of(self, moment: datetime) -> bool:
        """Whether an undated clock earlier than the entry above is on the next day because the stated window
        runs into it: "By 2:45 AM all was back" after "10:30 PM" entries, the outage "May 5, 10:30 AM to May 6,
        2:45 AM": before the start on its own day, inside the window on the next."""
        start, end = self.draft.summary.start, self.draft.summary.end
        if not self.draft.other_template or start is None or end is None or end.date() <= start.date():
            return False
        return moment < start and start <= moment + timedelta(days=1) <= end

    def passed(self, moment: datetime) -> None:
        """An entry was read at ``moment``: the entries below count on from it."""
        self.last_time, self.day = moment, moment.date()
        self.first_day = self.first_day or self.day
        if self.zone is None and self.draft.other_template and moment.utcoffset():
            self.zone = moment.tzinfo  # "## 16:59 PST" over "## 17:07": the zone written above goes on

    def set_day(self, day: date, zone: tzinfo | None = None) -> None:
        self.day = day
        self.year = day.year
        self.last_time = None
        if zone is not None:
            self.zone = self.draft.stated_zone(zone)
