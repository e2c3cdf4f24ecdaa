"""A timeline told in paragraphs that open "On <weekday>, <day> <month> <year> <clock> (<zone in words>), ...":
the comma after the weekday still opens the entry's moment, so the event is at that clock and the incident
starts then."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

REPORT = """\
# Billing portal report
The billing portal answered every request with an error page for two days.

## Timeline
On Monday, 14th March 2022 9:30am (East African Time), a support agent noticed that invoices would not open.

## Root Cause
An expired certificate on the internal proxy.
"""


def test_an_entry_opening_on_a_weekday_and_a_comma_is_at_its_written_moment() -> None:
    doc = from_markdown(REPORT)
    east_africa = timezone(timedelta(hours=3))
    assert [event.time for event in doc.timeline] == [datetime(2022, 3, 14, 9, 30, tzinfo=east_africa)]
    assert doc.timeline[0].text.startswith("a support agent noticed")
    assert doc.summary.start == datetime(2022, 3, 14, 9, 30, tzinfo=east_africa)
    assert doc.summary.start.utcoffset() == timedelta(hours=3)
