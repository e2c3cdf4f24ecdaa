"""Dates and sign-offs as students type them: a reader reads through the slips.

"00:25 AM" is twenty-five past midnight; "From 15 Feb at 00:25AM 2022 to 16 Feb at 3:36PM (UTC-05)" is a window
of two days (the year after the clock, the end's day in the start's year); "Nov, 5, 2023, 22:15" has a comma
after the month; a letter's "Sincerely," is spaced from the name by "</br>" lines, the role under it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind

MINUS_FIVE = timezone(timedelta(hours=-5))

TWO_DAYS = """# Postmortem

__Issue Summary:__
From 3 Mar at 00:40AM 2021 to 4 Mar at 2:05PM (UTC-05), the shop returned 502 errors to every visitor.

__Timeline__
All times are in UTC-05

- 00:10 AM - Cache cluster upgrade begins
- 00:40 AM - Outage begins
- 08:30 AM - Debugging the cache client settings.
- 01:50 PM - Rolled back the upgrade
- 02:05 PM - All traffic served normally again.

__Root cause and resolution__
A renamed setting in the upgrade; the rollback fixed it.

</br>
</br>
Regards,
</br>
</br>
Ana Souza

Site Reliability Engineer.
"""


def test_a_window_over_two_days_with_its_year_after_the_clock() -> None:
    document = from_markdown(TWO_DAYS)
    assert document.summary.start == datetime(2021, 3, 3, 0, 40, tzinfo=MINUS_FIVE)
    assert document.summary.end == datetime(2021, 3, 4, 14, 5, tzinfo=MINUS_FIVE)


def test_midnights_hour_on_a_twelve_hour_clock_and_the_last_entry_on_the_end_day() -> None:
    document = from_markdown(TWO_DAYS)
    times = [event.time for event in document.timeline]
    assert times[0] == datetime(2021, 3, 3, 0, 10, tzinfo=MINUS_FIVE)
    assert times[1] == datetime(2021, 3, 3, 0, 40, tzinfo=MINUS_FIVE)
    assert times[-1] == datetime(2021, 3, 4, 14, 5, tzinfo=MINUS_FIVE)
    assert document.timeline[2].kind is EventKind.ACTION  # debugging is looking into the fault


def test_a_sign_off_spaced_by_break_lines_names_the_author() -> None:
    document = from_markdown(TWO_DAYS)
    assert document.metadata.authors == ["Ana Souza"]
    assert "</br>" not in "".join(section.body for section in document.extra_sections)


COMMA_MONTHS = """## Web outage report

### Timeline
1. Detection (Mar 2, 2024, 09:05): Alerts fired for the API.
2. Isolation (Mar, 2, 2024, 09:20): The bad node was taken out of the pool.
3. Resolution (Mar, 2 2024 09:40): The node was rebuilt and put back.
4. Review (Mar, 2, 10:30): The team met to review the incident.
"""


def test_a_comma_after_the_months_name_still_dates_the_entry() -> None:
    document = from_markdown(COMMA_MONTHS)
    assert [event.time for event in document.timeline] == [
        datetime(2024, 3, 2, 9, 5, tzinfo=UTC),
        datetime(2024, 3, 2, 9, 20, tzinfo=UTC),
        datetime(2024, 3, 2, 9, 40, tzinfo=UTC),
        datetime(2024, 3, 2, 10, 30, tzinfo=UTC),
    ]


def test_a_word_and_its_comma_before_a_number_is_no_date() -> None:
    document = from_markdown("# Outage\n\n## Timeline\n\n- 10:00 UTC In May, 5 servers were replaced.\n")
    assert "In May, 5 servers were replaced" in document.timeline[0].text


DASHED_WINDOW = """**Outage report: checkout errors**

**Duration:**
Start Time: March 8, 2024 - 9:10 AM UTC
End Time: March 8, 2024 - 11:25 AM UTC

*Timeline:*

- 9:20 AM UTC: Alerts fired for checkout errors.
- 10:40 AM UTC: Rolled back the deploy.
"""


def test_a_dash_between_the_day_and_its_clock() -> None:
    document = from_markdown(DASHED_WINDOW)
    assert document.summary.start == datetime(2024, 3, 8, 9, 10, tzinfo=UTC)
    assert document.summary.end == datetime(2024, 3, 8, 11, 25, tzinfo=UTC)
