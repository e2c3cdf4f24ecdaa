"""A timeline that states the day of all its entries unless one notes its own ("Unless otherwise noted, all
events happened on 2021-06-15"): an entry writing an earlier date is on that date, and the clock-only entries
after it are still on the stated day."""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown

TEXT = """\
# Registry outage

## Timeline

Unless otherwise noted, all events happened on 2021-06-15, and times are
in UTC.

- 2021-06-14 03:50: the nightly import starts filling the volume
- 04:02: the registry stops answering, the pager goes off
- 04:20: the volume is found full
- 04:31: old import files are deleted and the registry answers again
"""


def test_entries_after_one_with_its_own_date_are_on_the_stated_day() -> None:
    document = from_markdown(TEXT)
    assert [event.time.date() for event in document.timeline] == [
        date(2021, 6, 14),
        date(2021, 6, 15),
        date(2021, 6, 15),
        date(2021, 6, 15),
    ]


def test_the_statement_written_after_the_day_reads_the_same() -> None:
    text = TEXT.replace(
        "Unless otherwise noted, all events happened on 2021-06-15, and times are\nin UTC.",
        "All events happened on 2021-06-15 unless noted otherwise.",
    )
    assert [event.time.day for event in from_markdown(text).timeline] == [14, 15, 15, 15]


def test_without_such_a_statement_an_entrys_date_goes_on_below_it() -> None:
    text = TEXT.replace("Unless otherwise noted, all events happened on 2021-06-15, and times are\nin UTC.", "")
    assert [event.time.day for event in from_markdown(text).timeline] == [14, 14, 14, 14]


def test_a_day_stated_without_any_exception_is_read_and_nothing_breaks() -> None:
    """ "All events happened on D" with no "unless" before or after it: a plain statement of the day."""
    document = from_markdown(
        "# Outage\n\n## Timeline\n\nAll events happened on 2019-10-21\n\n- 10:00 UTC started\n- 11:00 UTC fixed\n"
    )

    assert [event.time.isoformat() for event in document.timeline if event.time] == [
        "2019-10-21T10:00:00+00:00",
        "2019-10-21T11:00:00+00:00",
    ]
