"""The window a report's stats give: "Time to detection: 35 minutes", "Time to recovery: 50 minutes".

The figures count from the moment the incident began; a reader finds the one entry they count from (09:10 +
35 minutes = the 09:45 report, + 50 minutes = 10:00 "Service back") and takes it as the start, the recovery as
the end, over a start only guessed from an entry's words. Figures no entry fits change nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind

_TABLE = """\
# Payment gateway switch broke refunds

## Timeline

All times in UTC.

| Time             | Event                                           |
| :--------------- | ----------------------------------------------- |
| 2022-05-10 09:10 | Traffic moved to the new payment gateway.       |
| 2022-05-10 09:20 | Smoke tests report everything fine.             |
| 2022-05-10 09:45 | Support reports refunds failing for customers.  |
| 2022-05-10 09:58 | Gateway switch reverted.                        |
| 2022-05-10 10:00 | Service back.                                   |

## Stats

- Time to detection: 35 minutes
- Time to recovery: 50 minutes
"""

_ABBREVIATED = _TABLE.replace(
    "- Time to detection: 35 minutes\n- Time to recovery: 50 minutes", "**TTD:** 35 min\n\n**TTR:** 50 min"
)


@pytest.mark.parametrize("text", [_TABLE, _ABBREVIATED])
def test_the_figures_give_start_and_end(text: str) -> None:
    incident = from_markdown(text)
    assert incident.summary.start == datetime(2022, 5, 10, 9, 10, tzinfo=UTC)
    assert incident.summary.end == datetime(2022, 5, 10, 10, 0, tzinfo=UTC)


def test_figures_no_entry_fits_change_nothing() -> None:
    before = from_markdown(_TABLE.replace("- Time to detection: 35 minutes\n- Time to recovery: 50 minutes", ""))
    after = from_markdown(_TABLE.replace("35 minutes", "33 minutes"))
    assert (after.summary.start, after.summary.end) == (before.summary.start, before.summary.end)


def test_a_stated_start_wins_over_the_figures() -> None:
    incident = from_markdown(_TABLE.replace("## Timeline\n\n", "Start: 2022-05-10 09:20 UTC\n\n## Timeline\n\n"))
    assert incident.summary.start == datetime(2022, 5, 10, 9, 20, tzinfo=UTC)


def test_the_change_at_the_start_the_figures_give_is_a_step() -> None:
    incident = from_markdown(_TABLE)
    assert incident.timeline[0].kind is EventKind.ACTION  # read as before the incident without the figures


@pytest.mark.parametrize(
    "words", ["Service operational.", "Website is operational again", "Booking service operational"]
)
def test_an_entry_saying_the_service_is_operational_is_the_resolution(words: str) -> None:
    incident = from_markdown(_TABLE.replace("Service back.", words))
    assert incident.timeline[-1].kind is EventKind.RESOLUTION
