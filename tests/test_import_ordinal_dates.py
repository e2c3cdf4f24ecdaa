"""Dates written with ordinals, "of" and "the", as people write them in English prose.

"On the 5th of March 2023", "March the 5th, 2023", "5th of Mar 2023", "5-Mar-2023": a reader takes
the incident's day from them, so the times written alone fall on that day and not on the day the file
was saved.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.formats.markdown_read.reader import read_markdown
from app.timeparse import read

PLUS_ONE = timezone(timedelta(hours=1))
SAVED_LATER = date(2026, 1, 20)


def _report(opening: str) -> str:
    return (
        "# Checkout outage\n\n## Issue Summary\n\n"
        f"{opening} the checkout page failed for two hours, from 9:15 AM to 11:20 AM (UTC+1).\n\n"
        "## Timeline\n\n- 9:15 AM: payments start failing\n- 11:20 AM: payments succeed again\n"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "On the 5th of March 2023",
        "On the 5th of March, 2023,",
        "On Sunday, the 5th of March 2023,",
        "On 5th of Mar 2023",
        "On March the 5th, 2023,",
        "On 5-Mar-2023",
        "On the 5th of march 2023",
        "On March 5th of 2023",
    ],
)
def test_a_date_with_an_ordinal_and_of_dates_the_times_written_alone(opening):
    document, _notes = read_markdown(_report(opening), file_day=SAVED_LATER)
    assert document.summary.start == datetime(2023, 3, 5, 9, 15, tzinfo=PLUS_ONE)
    assert [event.time for event in document.timeline] == [
        datetime(2023, 3, 5, 9, 15, tzinfo=PLUS_ONE),
        datetime(2023, 3, 5, 11, 20, tzinfo=PLUS_ONE),
    ]


def test_a_date_told_after_the_time_with_the_and_an_ordinal():
    reading = read("10:40 on the 6th of March 2023: retries stop", default_year=2023)
    assert reading is not None and reading.moment.date() == date(2023, 3, 6)
    assert "10:40 on the 6th of March 2023: retries stop"[reading.end :] == ": retries stop"


@pytest.mark.parametrize(
    "words",
    [
        "May the 4 of us be on call",  # "the" goes with an ordinal day, "of" after one
        "2 of March's tasks slipped",
    ],
)
def test_the_and_of_without_an_ordinal_make_no_date(words):
    assert read(words, default_year=2023, date_only_ok=True) is None
