"""A timeline of four-digit clocks ("1936 UTC: …") whose first entry of each day names the day before its clock,
"Mar 4 0915 UTC: …": the four digits are that day's clock, never a year."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

REPORT = """\
# Relay upgrade

## Timeline
- Mar 4 0915 UTC: The relay team agrees to ship a patch the same day.
- 1402 UTC: The patch is released.
- 2210 UTC: Operators are asked to upgrade.
- Mar 5 0140 UTC: The first operator reports a crash after upgrading.
- 0230 UTC: Operators are told to roll back.
"""


def test_four_digits_after_a_day_in_a_timeline_of_four_digit_clocks_are_its_clock() -> None:
    times = [event.time for event in from_markdown(f"2026-03-10\n\n{REPORT}").timeline]
    assert times == [
        datetime(2026, 3, 4, 9, 15, tzinfo=UTC),
        datetime(2026, 3, 4, 14, 2, tzinfo=UTC),
        datetime(2026, 3, 4, 22, 10, tzinfo=UTC),
        datetime(2026, 3, 5, 1, 40, tzinfo=UTC),
        datetime(2026, 3, 5, 2, 30, tzinfo=UTC),
    ]
