"""A line of dashes drawn under every heading, and bullets written inside bold.

A reader sees "## Timeline:" over "-------------" as a heading, underlined: the rule is no text of the
section. And "**•<tab>09:10 CEST:** Alerts fired" is a list item whose time leads it in bold.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

_UNDERLINED = """\
# Checkout Outage
-----------------

## Summary:
-----------
**•\tDuration:** 3 July 2025
**•\tImpact:** Shoppers could not pay, every card payment failed with a 502.
**•\tRoot Cause:** An expired TLS certificate on the payment proxy.

## Timeline:
------------
**•\t09:10 CEST:** Alerts fired for payment errors.
**•\t09:20 CEST:** On-call engineer checked the proxy logs.
**•\t09:45 CEST:** Renewed the certificate and reloaded the proxy.
**•\t09:50 CEST:** Payments succeeded again.

## Root Cause and Resolution:
=============================
**•\tRoot Cause:** The certificate was renewed by hand and nobody owned it.
**•\tResolution:** Renewed it with certbot and reloaded nginx.
"""


def test_rules_under_headings_are_not_text_and_bold_bullets_keep_their_times() -> None:
    document = from_markdown(_UNDERLINED)
    cest = timezone(timedelta(hours=2))
    assert [event.time for event in document.timeline] == [
        datetime(2025, 7, 3, 9, 10, tzinfo=cest),
        datetime(2025, 7, 3, 9, 20, tzinfo=cest),
        datetime(2025, 7, 3, 9, 45, tzinfo=cest),
        datetime(2025, 7, 3, 9, 50, tzinfo=cest),
    ]
    assert document.timeline[0].text == "Alerts fired for payment errors."
    assert document.summary.start == datetime(2025, 7, 3, 9, 10, tzinfo=cest)
    assert document.summary.end == datetime(2025, 7, 3, 9, 50, tzinfo=cest)
    assert "every card payment failed" in document.summary.impact
    assert "certbot" in document.root_cause.resolution
    assert "---" not in document.introduction


def test_spaces_after_the_bold_bullet_read_alike() -> None:
    text = _UNDERLINED.replace("•\t", "• ")
    document = from_markdown(text)
    assert len(document.timeline) == 4
    assert all(event.time is not None for event in document.timeline)
    assert "certbot" in document.root_cause.resolution
