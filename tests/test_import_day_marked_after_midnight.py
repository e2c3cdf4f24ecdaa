"""A status post's timeline of clocks alone that marks the day only where it changes, after midnight
("[01:05 CET (2014-03-10)] …"): that entry is on the day written, the day is not left in its text, and the
entries above it, whose clocks ran up to that midnight, were on the evening before."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

CET = timezone(timedelta(hours=1))

TEXT = """\
# Broken array on storage host s4

## Timeline

* [20:10 CET] We opened an incident.
* [22:30 CET] The failed disk was swapped.
* [01:05 CET (2014-03-10)] The array is rebuilding, slowly.
* [03:00 CET] The rebuild is done.
"""


def test_the_entries_before_the_marked_day_are_on_the_evening_before_it() -> None:
    document = from_markdown(TEXT)
    assert [event.time for event in document.timeline] == [
        datetime(2014, 3, 9, 20, 10, tzinfo=CET),
        datetime(2014, 3, 9, 22, 30, tzinfo=CET),
        datetime(2014, 3, 10, 1, 5, tzinfo=CET),
        datetime(2014, 3, 10, 3, 0, tzinfo=CET),
    ]
    assert document.timeline[2].text == "The array is rebuilding, slowly."


def test_a_timeline_whose_first_entry_writes_its_day_stays_as_written() -> None:
    document = from_markdown(TEXT.replace("[20:10 CET]", "[20:10 CET (2014-03-09)]").replace("(2014-03-10)", ""))
    assert [event.time.day for event in document.timeline] == [9, 9, 10, 10]
