"""A team's clock named by its capital, as students in Africa and Asia write it: "(Kampala time)" after each
entry's clock, "Duration: … (Kampala Time)". A careful reader takes that city's offset on that day."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.formats.markdown_import import from_markdown

REPORT = """\
Postmortem

Duration: The site was down from 9:10 AM to 10:05 AM ({city} Time) on March 4, 2025.

Timeline:

- 9:10 AM ({city} time): Visitors get a blank page.
- 9:40 AM ({city} time): A stray firewall rule is found and removed.
- 10:05 AM ({city} time): Pages load again.
"""


@pytest.mark.parametrize(("city", "hours"), [("Kampala", 3), ("Kigali", 2), ("Accra", 0), ("Dhaka", 6)])
def test_times_told_in_a_capital_s_clock_are_at_its_offset(city: str, hours: int) -> None:
    doc = from_markdown(REPORT.format(city=city))
    zone = timezone(timedelta(hours=hours))
    assert (doc.summary.start, doc.summary.end) == (
        datetime(2025, 3, 4, 9, 10, tzinfo=zone),
        datetime(2025, 3, 4, 10, 5, tzinfo=zone),
    )
    assert [event.time for event in doc.timeline] == [
        datetime(2025, 3, 4, hour, minute, tzinfo=zone) for hour, minute in ((9, 10), (9, 40), (10, 5))
    ]
    assert all(event.time is not None and event.time.utcoffset() == timedelta(hours=hours) for event in doc.timeline)
