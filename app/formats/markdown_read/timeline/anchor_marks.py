"""The moment "T+0" stands for, marked on a timeline's own entry: "- 09:14 (T+0) — broker restarted", then
"- T+3m — duplicates climb".

A timeline may name its zero on an entry rather than in a sentence of its own ("T+0 = 09:14 UTC"): the clock
leading that entry is the moment the entries written "T+3m", "T+21m" count from. One bounded look a line.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import date, datetime, tzinfo

from app.timeparse import read

# "(T+0)", "(T0)", "[T+0]", "(T=0)": the mark of the entry the relative times count from.
_ZERO_MARK = re.compile(r"[(\[][ \t]?T[ \t]?[+=]?[ \t]?0[ \t]?[)\]]", re.IGNORECASE)
# What leads an entry before its clock: a bullet or a number, and emphasis.
_ENTRY_LEAD = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?[*_`]{0,2}")


def marked_anchor(lines: Iterable[str], *, day: date | None, zone: tzinfo | None) -> datetime | None:
    """The moment written before a "(T+0)" mark on one of ``lines``, when it reads as a time."""
    for line in itertools.islice(lines, 2000):
        head = line[:120]
        mark = _ZERO_MARK.search(head) if "0" in head else None
        if mark is None:
            continue
        lead = _ENTRY_LEAD.match(head)
        clock = head[lead.end() if lead is not None else 0 : mark.start()].strip(" \t*_`")
        reading = read(clock, whole=True, default_date=day, default_zone=zone) if clock else None
        if reading is not None and reading.has_time:
            return reading.moment
    return None
