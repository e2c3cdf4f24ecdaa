"""Dates whose hyphens a blog editor set as dashes ("2024–03–07"): a reader still sees a date."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.dashed_dates import plain_hyphens
from app.formats.markdown_import import from_markdown
from app.timeparse import read

_NAIROBI = timezone(timedelta(hours=3))


def test_a_duration_of_dates_set_with_en_dashes_gives_the_window():
    document = from_markdown(
        "# Postmortem: image uploads failing\n\n## Issue Summary\n\n"
        "* Duration: [2024–03–07 09:10 EAT— 2024–03–07 10:05 EAT]\n\n"
        "## Root Cause\n\nThe storage bucket's quota ran out.\n"
    )
    assert document.summary.start == datetime(2024, 3, 7, 9, 10, tzinfo=_NAIROBI)
    assert document.summary.end == datetime(2024, 3, 7, 10, 5, tzinfo=_NAIROBI)


def test_a_timeline_entry_dated_with_em_dashes_is_at_its_time():
    reading = read("2024—03—07 09:10 EAT: uploads start failing")
    assert reading is not None and reading.moment == datetime(2024, 3, 7, 9, 10, tzinfo=_NAIROBI)


def test_only_whole_dates_lose_their_dashes():
    # A range of years or of clocks keeps its dash; the text keeps its length, so positions still hold.
    assert plain_hyphens("from 2019–2021, then 14:00–15:30") == "from 2019–2021, then 14:00–15:30"
    assert plain_hyphens("on 2024–03–07–08") == "on 2024–03–07–08"
    assert plain_hyphens("on 2024–03—07") == "on 2024–03—07"
    assert plain_hyphens("on 2024–3–7 at noon") == "on 2024-3-7 at noon"
