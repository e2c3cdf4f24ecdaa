"""A term over its definition ("Date" over ": Thursday, September 6, 2024") is read as the labelled line it says.

A web page's facts in two boxes ("Date", ": 6 Sep 2024"; "Time", ": 10:15 AM - 10:45 AM WIB") and Pandoc's
definition lists come out as a term on its line and its value after a colon below it. A reader takes the
window from them as from "Time: 10:15 AM - 10:45 AM WIB" written on one line.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.formats.markdown_import import from_markdown

_PAGE = """\
<h1>Reason For Outage - Mail Delivery</h1>
<p>We would like to inform you about an outage on the following date:</p>
<div class="row"><p class="label">Date</p><p class="value">: Monday, March 4, 2024</p></div>
<div class="row"><p class="label">Time</p><p class="value">: 09:05 AM - 09:50 AM UTC</p></div>
<h2>Cause</h2>
<p>A relay certificate expired.</p>
"""

_PANDOC = """\
# Mail delivery outage

Date
:   Monday, March 4, 2024

Time
:   09:05 AM - 09:50 AM UTC

## Cause

A relay certificate expired.
"""

_ONE_LINE_EACH = """\
# Mail delivery outage

Date: Monday, March 4, 2024
Time: 09:05 AM - 09:50 AM UTC

## Cause

A relay certificate expired.
"""


@pytest.mark.parametrize("text", [_PAGE, _PANDOC, _ONE_LINE_EACH])
def test_the_date_and_time_fields_give_the_window(text: str) -> None:
    incident = from_markdown(text)
    assert incident.summary.start == datetime(2024, 3, 4, 9, 5, tzinfo=UTC)
    assert incident.summary.end is not None
    assert incident.summary.end - incident.summary.start == timedelta(minutes=45)


def test_a_timeline_clock_over_its_text_stays_an_entry() -> None:
    text = "# Outage\n\n## Timeline\n\n2024-03-04 09:05\n: relay rejects mail\n\n2024-03-04 09:50\n: relay fixed\n"
    incident = from_markdown(text)
    assert [event.text for event in incident.timeline] == ["relay rejects mail", "relay fixed"]
