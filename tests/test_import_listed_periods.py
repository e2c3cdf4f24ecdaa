"""A post telling an incident over several periods, listed one a line under its opening paragraph ("1. March
2nd -- 08:10 to 09:00 UTC"): the window runs from the first period's start to the last period's end."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

POST = """\
---
title: What happened to the mirror this month
date: 2021-03-20
---

Between March 2nd and March 9th 2021 the package mirror was unavailable in three separate periods:

1. March 2nd -- 08:10 to 09:00 UTC
2. March 5th -- 22:30 to 23:15 UTC
3. March 9th -- 14:00 to 16:45 UTC

Each time the disk holding the index filled up.

## What we changed

We moved the index to its own volume.
"""

ONE_PERIOD = """\
On March 2nd 2021 the mirror was down:

- March 2nd -- 08:10 to 09:00 UTC

Then it came back.
"""


def test_the_window_runs_from_the_first_listed_period_to_the_last() -> None:
    summary = from_markdown(POST).summary
    assert (summary.start, summary.end) == (
        datetime(2021, 3, 2, 8, 10, tzinfo=UTC),
        datetime(2021, 3, 9, 16, 45, tzinfo=UTC),
    )


def test_a_single_listed_period_is_read_as_before() -> None:
    summary = from_markdown(ONE_PERIOD).summary
    assert summary.end is None or summary.end.day == 2
