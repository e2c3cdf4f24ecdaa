"""A Duration line that only restates the incident's window is read whole, not kept a second time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown

WAT = timezone(timedelta(hours=1))


def summary_with(duration: str) -> str:
    return f"""# Postmortem: login page down

## Issue Summary

**Duration:** {duration}

**Impact:** Nobody could log in.

**Root Cause:** A typo in the proxy configuration.
"""


@pytest.mark.parametrize(
    "duration",
    [
        "The outage lasted 1 hour and 45 minutes, from 2:15 PM to 4:00 PM (WAT) on 12 June 2024.",
        "12 June 2024, 2:15 PM - 4:00 PM WAT (1.75 hours)",
        "The outage occurred on 12 June 2024, from 2:15 PM to 4:00 PM WAT.",
    ],
)
def test_a_duration_that_says_nothing_but_the_window_fills_start_and_end_and_is_not_kept_again(duration):
    document = from_markdown(summary_with(duration))
    assert document.summary.start == datetime(2024, 6, 12, 14, 15, tzinfo=WAT)
    assert document.summary.end == datetime(2024, 6, 12, 16, 0, tzinfo=WAT)
    assert document.extra_sections == [] and "Duration" not in document.introduction
    assert to_markdown(document).count("## Issue Summary") == 1


@pytest.mark.parametrize(
    "duration",
    [
        "from 2:15 PM to 4:00 PM (WAT) on 12 June 2024, about 50 minutes",  # a length that disagrees
        "from 2:15 PM to 4:00 PM (WAT) on 12 June 2024, for users in Lagos only",  # words of its own
    ],
)
def test_a_duration_that_says_more_than_the_window_is_kept_as_written(duration):
    document = from_markdown(summary_with(duration))
    kept = " ".join([document.introduction, *(section.body for section in document.extra_sections)])
    assert duration.split(",")[-1].strip() in kept


def test_an_end_item_with_a_remark_written_under_it_still_ends_the_window():
    document = from_markdown(
        "# Postmortem: login page down\n\n## Issue Summary\n\n**Duration:**\n"
        "- Start: March 3, 2024, 09:00 WAT\n- End: March 3, 2024, 11:45 WAT\n"
        "(Almost three hours of nobody logging in.)\n\n"
        "**Impact:** Nobody could log in.\n\n## Timeline\n\n"
        "- **09:00 WAT:** Logins start failing\n- **11:00 WAT:** Proxy configuration fixed\n"
    )
    assert document.summary.start == datetime(2024, 3, 3, 9, 0, tzinfo=WAT)
    assert document.summary.end == datetime(2024, 3, 3, 11, 45, tzinfo=WAT)
    assert "Almost three hours" in to_markdown(document)
