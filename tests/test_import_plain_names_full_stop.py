"""Section names written with a full stop ("Timeline (WAT).", "Root Cause.") or quote signs (">>Timeline").

A careful reader sees each such short line standing over its text as the
start of that section, just as without the stop: the timeline's lines become
events, the cause and the measures land in their own fields.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

WAT = timezone(timedelta(hours=1))

REPORT = """Issue Summary
On 3rd March 2025 at 2PM (WAT), the ticket shop returned blank pages for forty minutes. Buyers could not pay.
Timeline (WAT).
3rd March, 2:00PM: Buyers reported blank checkout pages.
3rd March, 2:10PM: The on-call engineer restarted the shop workers.
3rd March, 2:40PM: The template cache was cleared and checkout worked again.
Root Cause.
A stale template cache kept a broken page after the release.
Corrective and Preventive Measures.
Cache Hygiene: Clear the template cache on every release.
Release Checks: Load the checkout page in the release pipeline.
"""


def test_names_ending_in_a_full_stop_start_their_sections() -> None:
    pm = from_markdown(REPORT)
    assert [event.time for event in pm.timeline] == [
        datetime(2025, 3, 3, 14, 0, tzinfo=WAT),
        datetime(2025, 3, 3, 14, 10, tzinfo=WAT),
        datetime(2025, 3, 3, 14, 40, tzinfo=WAT),
    ]
    assert "stale template cache" in pm.root_cause.cause
    measures = " ".join([*pm.measures.improvements, *(task.text for task in pm.measures.tasks)])
    assert "Clear the template cache" in measures
    assert "Buyers reported" not in pm.summary.impact


def test_a_sentence_ending_in_a_full_stop_stays_text() -> None:
    text = "Issue Summary\nThe shop was down.\nWe fixed it.\nTimeline.\n2025-03-03 14:00 UTC: pages blank.\n"
    pm = from_markdown(text)
    assert [event.text for event in pm.timeline] == ["pages blank."]
    assert "We fixed it." in pm.summary.impact + pm.introduction + pm.summary.root_cause


QUOTE_MARKED = """### Parcel tracker outage report

>>Issue Summary
On May 9, 2024, from 08:10 CET to 08:50 CET the parcel tracker answered every lookup with an error.

>>Timeline (CET)
1. 08:10: Lookups started failing.
2. 08:45: The old build was put back.
3. 08:50: Lookups answered again.

>>Root Cause and Resolution
By 08:05 CET a build without its settings file went out. We put the old build back by 08:45 CET.

>>Corrective and Preventive Measures
1. Check the settings file in the release job.
"""


def test_names_marked_with_quote_signs_start_their_sections() -> None:
    pm = from_markdown(QUOTE_MARKED)
    assert len(pm.timeline) == 3  # the cause's own times are not events
    assert "without its settings file" in pm.root_cause.cause
    assert "Root Cause" not in pm.summary.root_cause
    measures = " ".join([*pm.measures.improvements, *(task.text for task in pm.measures.tasks)])
    assert "Check the settings file" in measures


def test_a_quoted_line_stays_a_quote() -> None:
    text = "# Outage\n\n## Summary\n\nThe customer wrote:\n\n> Timeline\n\nand nothing else.\n"
    pm = from_markdown(text)
    assert pm.timeline == []
