"""The service a summary sentence says was down, in plain words, when no label names it.

"The parcel-tracking website was down", "our loyalty points platform was intermittently unavailable", "The
outage affected our invoicing service, …", "The booking app experienced an outage": a careful reader filling
the Service field takes the name said there. What names no service stays empty: "every web server was down",
"slow page loads"; and a long clause is never taken. (A plain noun, "our website was down", is the website:
tests/test_import_service_plain_subjects.py.)
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

REPORT = """# Postmortem: a bad Tuesday

## Issue Summary

- **Duration:** 9 April 2025, 08:00 to 09:10 UTC
- **Impact:** {impact}
- **Root Cause:** A certificate had expired.

## Timeline

- **08:00 UTC** - Alerts fired.
- **09:10 UTC** - The certificate was renewed.
"""


@pytest.mark.parametrize(
    ("impact", "service"),
    [
        ("The parcel-tracking website was down, and couriers could not scan parcels.", "parcel-tracking website"),
        ("During the window, our loyalty points platform was intermittently unavailable.", "loyalty points platform"),
        ("The outage affected our invoicing service, leaving 40% of customers without bills.", "invoicing service"),
        ("The booking app experienced an unexpected outage for most of the morning.", "booking app"),
        ("Payment gateway API experienced complete failure. Nobody could pay.", "Payment gateway API"),
        ("Around then our help centre page was no longer accessible to visitors.", "help centre page"),
        ("The staff portal was returning 502 Bad Gateway errors to everyone.", "staff portal"),
        ("The photo upload section in our mobile app was down for an hour.", "photo upload section in our mobile app"),
    ],
)
def test_a_summary_sentence_saying_a_named_service_was_down_fills_the_service(impact: str, service: str) -> None:
    assert from_markdown(REPORT.format(impact=impact)).metadata.service == service


@pytest.mark.parametrize(
    "impact",
    [
        "Every web server was down after the change.",
        "The outage affected the availability of the search results for everyone.",
        "Users experienced slow page loads and were unhappy about it.",
    ],
)
def test_a_sentence_naming_no_particular_service_leaves_the_service_empty(impact: str) -> None:
    assert from_markdown(REPORT.format(impact=impact)).metadata.service == ""


def test_a_service_label_still_wins_over_a_sentence() -> None:
    text = REPORT.format(impact="The parcel-tracking website was down.").replace(
        "- **Root Cause:**", "- **Service:** Courier API\n- **Root Cause:**"
    )
    assert from_markdown(text).metadata.service == "Courier API"


def test_a_summary_kept_under_its_own_heading_is_read_too() -> None:
    """A summary under a numbered heading the import keeps as written still says which service was down."""
    text = (
        "**Title:** Lost afternoon\n\n**Part 1: Issue Summary:**\n\n- **Impact:**\n"
        "  - The ticket sales website was down, so no seats were sold.\n\n"
        "**Part 2: Timeline:**\n\n- **14:00 UTC:** Alert fired.\n- **15:00 UTC:** Fixed.\n"
    )
    assert from_markdown(text).metadata.service == "ticket sales website"
