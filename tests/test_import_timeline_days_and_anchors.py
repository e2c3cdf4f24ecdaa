"""The day, zone and anchor of a timeline's times as a careful reader takes them from the lines around them.

- A day line naming its zone twice ("2025-11-04 (all times America/Chicago, CST)") is no event: it dates
  and zones the entries under it.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.formats.markdown_import import read_markdown

CENTRAL_WINTER = timezone(timedelta(hours=-6))


@pytest.mark.parametrize(
    "day_line",
    [
        "2025-11-04 (all times America/Chicago, CST)",
        "2025-11-04 (all times Central, CST)",
        "**2025-11-04** (times in US/Central, CST)",
    ],
)
def test_a_day_line_naming_its_zone_twice_dates_the_entries_and_is_no_event(day_line: str) -> None:
    document, _ = read_markdown(
        "# Checkout slow\n\n## Timeline\n\n"
        f"{day_line}\n\n"
        "* 14:02 Search latency alert fires\n"
        "* 14:40 Cache node replaced, latency normal\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2025, 11, 4, 14, 2, tzinfo=CENTRAL_WINTER),
        datetime(2025, 11, 4, 14, 40, tzinfo=CENTRAL_WINTER),
    ]
