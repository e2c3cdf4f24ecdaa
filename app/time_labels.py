"""How times are labelled for people: month names and UTC offsets.

A leaf shared by the formatter (``app.timefmt``), the parser
(``app.timeparse``) and the zone table (``app.timezones``): showing a time
needs only this, never the parser's patterns or the zone table.
"""

from __future__ import annotations

from datetime import timedelta

MONTHS = "January February March April May June July August September October November December".split()  # noqa: SIM905


def offset_label(offset: timedelta) -> str:
    """``UTC``, ``UTC+02:00``, ``UTC-05:30``, ``UTC+00:00:30``."""
    if not offset:
        return "UTC"
    sign = "+" if offset > timedelta(0) else "-"
    seconds = int(abs(offset).total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"UTC{sign}{hours:02d}:{minutes:02d}"
    return f"{text}:{seconds:02d}" if seconds else text
