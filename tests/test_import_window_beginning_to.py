"""A summary that tells the window as "for N hours beginning <day> <clock> to <day> <clock> <zone>": the start is
the clock after "beginning", the end the one after "to", over the timeline's first and last rows."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

WAT = timezone(timedelta(hours=1))

REPORT = """\
# Postmortem
## Issue Summary
Our booking site was slow for 7 hours beginning June 3 2024 9:00 p.m. to June 4 2024 4:00 a.m. WAT.
## Timeline
* 03/06/2024 9:40 p.m. – An engineer sees the booking page take 20 seconds.
* 03/06/2024 11:00 p.m. – The slow query is found.
* 04/06/2024 3:30 a.m. – An index is added and pages load quickly.
"""


def test_a_window_told_from_beginning_to_its_end_is_the_window() -> None:
    summary = from_markdown(REPORT).summary
    assert (summary.start, summary.end) == (
        datetime(2024, 6, 3, 21, 0, tzinfo=WAT),
        datetime(2024, 6, 4, 4, 0, tzinfo=WAT),
    )
