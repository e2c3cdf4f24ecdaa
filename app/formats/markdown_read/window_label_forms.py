"""Window labels as people vary them: the zone in the label, a playful name for the window, a date with its
time in brackets.

"Start (UTC): 2026-03-04T09:12:00Z" is a start whose zone the label names; "**Nap-Time:** 08:10 to 09:55 UTC"
names the window with a joke, its value a range all the same; "on 4 May 2022 (10:05 AM), which lasted for an
hour" states the start (the clock in brackets after its day) and, with the length, the end.
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo

from app.timeparse import read
from app.timezones import zone_named

# "start (utc)", "end (gmt+1)": a label and, in brackets after it, the zone of its value.
_ZONE_IN_KEY = re.compile(r"(?P<key>[^()]{1,30}?)[ \t]*\((?P<zone>[^()]{1,12})\)")
# "sleepy-time", "nap time", "outage time": a label that names a time; read as a window only when its value is a
# range. Times that are lengths or single moments of a phase are not the window.
_TIME_NAMED = re.compile(r"[\w'’ -]{0,30}?\btime")
_ANY_DAY = date(2000, 1, 3)
_NOT_THE_WINDOW = re.compile(
    r"\b(?:start\w*|end\w*|beg[ia]n\w*|stop\w*|finish\w*|detect\w*|respon\w*|resol\w*|recover\w*|mitigat\w*"
    r"|react\w*|down|up|lead|wait\w*|cycle|run|load\w*|first|last)\b",
    re.IGNORECASE,
)


def zone_in_label(key: str, value: str, labels: tuple[str, ...]) -> tuple[str, str]:
    """``(key, value)`` of "Start (UTC): 10:39" as "Start: 10:39 UTC" says it, when the key without its bracket
    is one of ``labels`` and the bracket names a zone; else as given."""
    found = _ZONE_IN_KEY.fullmatch(key)
    if found is None or found["key"] not in labels or (zone := zone_named(found["zone"].strip())) is None:
        return key, value
    reading = read(value, default_date=_ANY_DAY, whole=True) if value else None
    if reading is not None and reading.has_time and not reading.has_zone:
        written = getattr(zone, "written", None) or found["zone"].strip().upper()
        return found["key"], f"{value} {written}"
    return found["key"], value


def names_a_time(key: str) -> bool:
    """Whether a label names a time of the incident in its own words ("Sleepy-Time", "Nap time")."""
    return bool(_TIME_NAMED.fullmatch(key)) and _NOT_THE_WINDOW.search(key) is None


# A day with its year, then its clock in brackets: "June 28, 2023 (11:25 AM)", "31st January 2023 (10am GMT + 1)".
_DAY_THEN_CLOCK = re.compile(
    r"\b(?P<day>(?:[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?[A-Za-z]{3,9})"
    r",?[ \t]+\d{4}),?[ \t]*\((?P<clock>[^()]{3,30})\)"
)


def dated_clock_and_length(
    text: str, *, zone: tzinfo | None, day: date | None
) -> tuple[datetime, datetime | None] | None:
    """The start a sentence states as a day with its clock in brackets ("On 31st January 2023 (10am GMT + 1),
    we saw …"), with the end its stated length gives ("… which lasted for 37 minutes"), if it gives one."""
    for found in _DAY_THEN_CLOCK.finditer(text[:4000]):
        reading = read(f"{found['day']} {found['clock']}", default_zone=zone, default_date=day, whole=True)
        if reading is None or not reading.has_time or not reading.has_date:
            continue
        from app.formats.markdown_read.duration import lasting  # a sentence that states a day and a clock only

        rest = text[found.end() : found.end() + 300]
        sentence = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
        length = lasting(sentence)
        return reading.moment, (reading.moment + length if length else None)
    return None
