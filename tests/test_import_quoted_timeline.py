"""A timeline written as a block quote ("> 9:00 AM: …" lines, some wrapped onto unquoted lines): one entry a
line, as in any timed list; a quote inside a timeline of bullets stays part of the entry it is under."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown
from app.model import EventKind

REPORT = """\
# Checkout slowness, 3 May 2024

## Timeline

> 9:00 AM: The latency alert fired for the checkout service
and paged the on-call engineer.
> 9:05 AM: The on-call engineer began with the database dashboards.
> 9:40 AM: The new release was rolled back and checkout was fast again.
"""


def test_each_quoted_timed_line_is_an_event() -> None:
    timeline = from_markdown(REPORT).timeline
    assert [event.time for event in timeline] == [
        datetime(2024, 5, 3, 9, 0, tzinfo=UTC),
        datetime(2024, 5, 3, 9, 5, tzinfo=UTC),
        datetime(2024, 5, 3, 9, 40, tzinfo=UTC),
    ]
    assert timeline[0].text.split() == [
        "The",
        "latency",
        "alert",
        "fired",
        "for",
        "the",
        "checkout",
        "service",
        "and",
        "paged",
        "the",
        "on-call",
        "engineer.",
    ]
    assert not any(event.text.startswith(">") for event in timeline)
    assert timeline[0].kind is EventKind.DETECTION
    assert timeline[-1].kind is EventKind.RESOLUTION


def test_a_customer_quote_under_a_bullet_stays_in_its_entry() -> None:
    text = """\
# Checkout slowness, 3 May 2024

## Timeline

- 9:00 AM: A customer wrote to support:

  > checkout has been spinning for a minute

- 9:05 AM: The on-call engineer began with the database dashboards.
- 9:40 AM: The new release was rolled back and checkout was fast again.
"""
    timeline = from_markdown(text).timeline
    assert len(timeline) == 3
    assert "checkout has been spinning" in timeline[0].text
