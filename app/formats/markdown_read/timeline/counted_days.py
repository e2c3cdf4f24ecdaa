"""The part of ``TimelineContext`` that reads times counted from a point: "T+15m", "Day 2", "Sat 11:45 pm".

A count from the anchor the timeline states ("T+0 = 16:20 UTC"), the days a timeline numbers ("Day 2 00:05"),
and a weekday naming a day near the timeline's. The attributes are ``TimelineContext``'s.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from app.dateparse import WEEKDAYS
from app.formats.markdown_read.relative_times import offset_of, stated_clock_end
from app.formats.markdown_read.timeline.lead_patterns import SEPARATOR, Lead
from app.timefmt import parse_date


class ReadsCountedDays:
    """Reads "T+15m" from the stated anchor, "Day N" from the first day, and a weekday near the current day."""

    day: date | None
    last_time: datetime | None
    year: int | None
    first_day: date | None
    anchor: datetime | None
    day_one: date | None

    def leading(self, text: str) -> Lead | None: ...  # ``TimelineContext.leading``

    def passed(self, moment: datetime) -> None: ...  # ``TimelineContext.passed``

    def _relative(self, relative: re.Match[str], text: str) -> Lead | None:
        """``T+15m`` from the anchor the timeline states (``T+0 = 2024-09-03 16:20 UTC``)."""
        moment = self._offset(relative)
        if moment is None:
            return None
        # "T+0 (03:40Z): first errors", "T+0 = 03:40 UTC: first errors": the clock stated beside it is not the text
        after = text[stated_clock_end(text, relative.end()) or relative.end() :].lstrip()
        if after.startswith(("=", "is ")):
            return None  # "T+0 = 16:20 UTC" states the anchor; it is not an event
        rest = SEPARATOR.sub("", after, count=1)
        if not rest:
            return None
        # A clock written alone after "T+1h05m" ("23:10 BST — x") is on the day the count has reached.
        self.passed(moment)
        return Lead(moment, rest, True)

    def _offset(self, relative: re.Match[str]) -> datetime | None:
        """The moment a ``T+15m`` or ``T-00:30`` stands for, from the anchor."""
        offset = offset_of(relative)
        assert self.anchor is not None
        try:
            return self.anchor + offset if offset is not None else None
        except OverflowError:  # past the calendar's first or last day: no time, the entry kept as written
            return None

    def _on_weekday(self, weekday: re.Match[str], text: str) -> Lead | None:
        """ "Sat 11:45 pm ET — x": the clock on the day of that weekday nearest the timeline's (ahead on a tie)."""
        assert self.day is not None
        target = WEEKDAYS.index(weekday["weekday"].lower()[:3])
        ahead = (target - self.day.weekday()) % 7
        try:
            day = self.day + timedelta(days=ahead if ahead <= 3 else ahead - 7)
        except OverflowError:
            return None
        before = (self.day, self.last_time)
        self.day, self.last_time = day, None if day != self.day else self.last_time
        rest = text[weekday.end() :]
        rest = weekday["open"] + rest if weekday["open"] and not weekday["close"] else rest
        found = self.leading(rest)
        if found is None or found.moment.date() != day:
            self.day, self.last_time = before
            return None
        return found

    def _numbered_day(self, numbered: re.Match[str]) -> date | None:
        number = numbered.group("number")
        return self.numbered_day(int(number) if number else int(numbered.group("plus")) + 1, numbered.group("date"))

    def numbered_day(self, number: int, written: str | None) -> date | None:
        """The date of "Day N": N - 1 days after the date a "Day 1 (Mon 19 Feb)" writes, else after the
        incident's first day (the first entry's, else the timeline's) when the timeline first counts its days."""
        if written and (day := parse_date(written, default_year=self.year)) is not None:
            self.day_one = day - timedelta(days=number - 1)
        elif self.day_one is None and self.day is not None:
            self.day_one = self.day if number == 1 else self.first_day or self.day
        if self.day_one is None or number < 1:
            return None
        try:
            return self.day_one + timedelta(days=number - 1)
        except OverflowError:
            return None
