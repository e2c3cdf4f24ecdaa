"""Dates and times a careful reader still gets where the writer slipped or wrote them their own way.

A misspelt month in a whole date ("Wednesday, Febuary 7, 2024"), a date run together as logs and forms write
it ("07Feb24", "3-Mar-21"), a time told inside a timeline entry's sentence ("restored by 0415hrs (CAT)"), a time
alone heading a group of bullets, "Down:"/"Up:" nested under "Time:", and "~11:20" after a date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import PostMortem
from app.timeparse import read

CAT = timezone(timedelta(hours=2))
CDT = timezone(timedelta(hours=-5))
PST = timezone(timedelta(hours=-8))
EST = timezone(timedelta(hours=-5))


def _read(text: str) -> PostMortem:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document
    return document


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("Wednesday, Febuary 7, 2024", date(2024, 2, 7)),
        ("Feburary 7, 2024", date(2024, 2, 7)),
        ("Janurary 30, 2023", date(2023, 1, 30)),
        ("12 Setember 2022", date(2022, 9, 12)),
        ("Novemeber 3rd, 2020", date(2020, 11, 3)),
        ("4 Agust 2019", date(2019, 8, 4)),
        ("Decemeber 24, 2018", date(2018, 12, 24)),
        ("07Feb24", date(2024, 2, 7)),
        ("03MAR2021", date(2021, 3, 3)),
        ("3-Mar-21", date(2021, 3, 3)),
        ("15sep94", date(1994, 9, 15)),
    ],
)
def test_a_slipped_or_compact_date_is_read(written: str, day: date) -> None:
    reading = read(written, date_only_ok=True, whole=True)
    assert reading is not None and reading.moment.date() == day


@pytest.mark.parametrize(
    "written",
    [
        "Octuber 1",  # no year: the slip is not read
        "Marks 3, 2021",  # two slips from "March"
        "Junee 3, 2021",  # "June" is too short a name to read a slip of
        "Server 3, 2021",
        "12abc34",
        "15Sep",
        "10min30",
    ],
)
def test_words_and_codes_are_no_dates(written: str) -> None:
    reading = read(written, date_only_ok=True, whole=True)
    assert reading is None or not reading.has_date


def test_a_misspelt_date_line_dates_the_timeline() -> None:
    document = _read(
        "# Checkout API outage\nTuesday, Novemeber 14, 2023\n\n## Timeline\n\n"
        "- 10:02 UTC: Deploy of the new cart service begins.\n- 10:31 UTC: Rollback completes, errors stop.\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2023, 11, 14, 10, 2, tzinfo=UTC),
        datetime(2023, 11, 14, 10, 31, tzinfo=UTC),
    ]


def test_a_compact_date_in_the_summary_dates_bold_cst_times() -> None:
    document = _read(
        "# Postmortem\n\n### Summary\nFor 9 minutes from 1410 to 1419 on 07Jul22 the shop was down.\n\n"
        "### Timeline\n- **14:10 CST**: The cache node ran out of memory\n- **14:19 CST**: The node is back\n"
    )
    # CST on a July day is the central clock on the wall, daylight time, as "PST" in July is taken to be PDT.
    assert [event.time for event in document.timeline] == [
        datetime(2022, 7, 7, 14, 10, tzinfo=CDT),
        datetime(2022, 7, 7, 14, 19, tzinfo=CDT),
    ]


def test_times_told_inside_untimed_bullets_date_them() -> None:
    document = _read(
        "# Summary\nThe site was down on **Monday 6th March, 2023** from __0400hrs (CAT)__ to __0415hrs (CAT)__.\n\n"
        "# Timeline\n"
        "* An engineer noticed the outage at 0405hrs (CAT), when the health check failed.\n"
        "* She paged the database owner straight away.\n"
        "* The site was serving again by __0415hrs (CAT)__.\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2023, 3, 6, 4, 5, tzinfo=CAT),
        None,
        datetime(2023, 3, 6, 4, 15, tzinfo=CAT),
    ]


def test_an_opening_sentence_telling_its_time_is_the_first_entry() -> None:
    document = _read(
        "# Postmortem\n\n## Summary\nFrom 15/03/2022 9:00 a.m to 15/03/2022 1 p.m (GMT-5) mail was down.\n\n"
        "## Timeline\nThe problem was reported at 15/03/2022 9:30 a.m by a user on the help desk.\n\n"
        "### Actions\nWe looked at the queue first.\n\nWe then freed disk space on the mail server.\n"
    )
    first = document.timeline[0]
    assert first.text.startswith("The problem was reported")
    assert first.time == datetime(2022, 3, 15, 9, 30, tzinfo=EST)


def test_a_whole_date_right_after_a_clock_is_its_day() -> None:
    reading = read("11 p.m 18/01/2021", default_date=date(2021, 1, 15), whole=True)
    assert reading is not None and reading.moment.date() == date(2021, 1, 18)


def test_a_time_alone_heads_every_bullet_of_its_group() -> None:
    document = _read(
        "**Timeline:**\n\n- **Resolution:**\n  - March 9, 2019, 09:40 PST\n"
        "  - Found the stale certificate on the load balancer.\n  - Fix: a new certificate was installed.\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2019, 3, 9, 9, 40, tzinfo=PST),
        datetime(2019, 3, 9, 9, 40, tzinfo=PST),
    ]


def test_down_and_up_under_a_time_label_are_the_window() -> None:
    document = _read(
        "#### Outage on May 5th, 2021\n- **Time**:\n\t- Down: 08:02 UTC (+/- 5 minutes)\n"
        "\t- Up: 08:40 UTC (checked by hand).\n- **Cause**: the disk filled up.\n"
    )
    assert document.summary.start == datetime(2021, 5, 5, 8, 2, tzinfo=UTC)
    assert document.summary.end == datetime(2021, 5, 5, 8, 40, tzinfo=UTC)


def test_an_approximate_end_in_another_language_label() -> None:
    document = _read("# Queda do site\n\n**Resolvido em:** 2025-06-02 ~14:50 UTC (novo deploy)\n")
    assert document.summary.end == datetime(2025, 6, 2, 14, 50, tzinfo=UTC)
