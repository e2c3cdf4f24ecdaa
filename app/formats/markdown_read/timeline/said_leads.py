"""A time said in words at the front of a bullet: "- Around half past two the first clerk reported …",
"- Quarter to four: the engineer talked us through …", "- At ten past three, we …".

A careful reader reads these as the entry's time, as the stories and the
window already are (``app.said_times``). Without am or pm the hour is the
first such one after the entry above (for the first entry, after a little
before the window the document states): a timeline is told in order.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol

from app.said_times import clock_said, digit_hour
from app.timeparse import read

# The words that may come before a said time at an entry's front, and a bold or italic mark around it.
_CUE = re.compile(
    r"[ \t]*[*_]{0,2}(?:(?:at|around|about|by|approximately|roughly|(?:just|shortly|a[ \t]+little|a[ \t]+bit"
    r"|not[ \t]+long)[ \t]+(?:after|before|past))[ \t]+)?(?:(?:about|around)[ \t]+)?(?:a[ \t]+(?=quarter\b))?",
    re.IGNORECASE,
)
# A cue that makes a bare number after it an hour: "shortly after 11", "around 3" (not "at 3", "by 3": a count).
_NEAR_CUE = re.compile(r"\b(?:after|before|past|around|about)[ \t]*$", re.IGNORECASE)
# What ends a said time that only labels its entry ("Quarter to four: …", "**Ten past three** — …").
# (One run of spaces each side of the closing mark, the mark's own run optional: two runs side by side
# backtracked quadratically on a label followed by 100,000 spaces.)
_LABEL_END = re.compile(r"[*_]{0,2}[ \t]*(?::|[-–—|])(?:[ \t]*[*_]{1,2})?[ \t]*(?=\S)")
# Noon or midnight after a cue ("just after midnight", "around noon"); alone, the time reader reads them.
_NAMED = re.compile(r"(?:12[ \t]?)?(?P<word>noon|midday|midnight)\b", re.IGNORECASE)
# How far into an entry a said time is looked for: it leads the entry or it is not its time.
_LOOKED_AT = 200


def said_lead(
    text: str, day: date | None, zone: tzinfo | None, previous: datetime | None
) -> tuple[datetime, str] | None:
    """The time said in words at the front of ``text`` on ``day``, and the entry's text: what follows a time
    that labels it ("Quarter to four: the engineer …"), else the whole sentence, its words kept ("Around half
    past two the first clerk …": "around" is the writer's own)."""
    if day is None:
        return None
    cue = _CUE.match(text)
    start = cue.end() if cue else 0
    said = clock_said(text[start : start + _LOOKED_AT], previous)
    if said is None and cue is not None and cue.group().strip(" \t*_") and (named := _NAMED.match(text, start)):
        said = 0, named.end() - start, 0 if named["word"].lower() == "midnight" else 12, 0  # "just after midnight"
    written = None
    if said is None and cue is not None and _NEAR_CUE.search(cue.group()):
        hour = digit_hour(text, start, previous)  # "shortly after 11 — Priyanka notices …"
        said = (0, hour[0] - start, hour[1], 0) if hour else None
        # "Just after 3pm: …", "shortly before 0900 hrs — …": a clock written as the time reader reads it.
        written = read(text[start : start + _LOOKED_AT], default_date=day, default_zone=zone) if not said else None
        if written is not None and written.has_time:
            said = 0, written.end, written.moment.hour, written.moment.minute
    if said is None or said[0] != 0:
        # "A las 3 de la tarde, …", "Gegen 15 Uhr …": the same, said in the team's language.
        from app.formats.markdown_read.timeline.said_leads_other_languages import other_language_said_lead

        return other_language_said_lead(text, day, zone, previous)
    _start, end, hour, minute = said
    moment = datetime.combine(day, time(hour, minute), tzinfo=zone or UTC)
    if written is not None and written.has_time:
        moment = written.moment  # with the zone or the day it writes
    if previous is not None and previous.date() == day and previous - moment > timedelta(hours=12):
        try:
            moment += timedelta(days=1)  # past midnight
        except OverflowError:
            return None
    label = _LABEL_END.match(text, start + end)
    return moment, (text[label.end() :] if label else text.strip())


class _Timeline(Protocol):
    day: date | None
    zone: tzinfo | None
    last_time: datetime | None

    def passed(self, moment: datetime) -> None: ...


def said_lead_passed(ctx: _Timeline, text: str) -> tuple[datetime, str] | None:
    """``said_lead`` on the timeline's day, after its last time, which it then moves on to: a time said in
    words after a numbered day ("**Day 2, just after midnight** — x")."""
    found = said_lead(text, ctx.day, ctx.zone, ctx.last_time)
    if found is not None:
        ctx.passed(found[0])
    return found
