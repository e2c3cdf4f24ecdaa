"""A timeline written one heading per event ("### 14:02 — Detection" over its paragraph).

The heading's title names the step; when it names a kind ("Detection", "Escalation", "Wrong track",
"Investigation") the event takes that kind and its text is the paragraph, as a careful reader copies it;
another title ("Cause found") leads the text on the same line, not as a paragraph of its own.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind

HEADINGS = """\
# Postmortem: the invoices stopped

On 12 May 2025 invoices failed for two hours.

## Timeline

### 14:02 — Detection
Accounting wrote that no invoice had gone out since lunch.

### 14:15 — Investigation
We read the mailer's logs: every send was refused by the relay.

### 14:40 — Wrong track
We blamed the new template and reverted it, which changed nothing.

### 15:05 — Escalation
We called the hosting provider's support line.

### 15:30 — Cause found
The relay's password had been rotated without telling us.

### 16:00 — Resolved
New password in place, invoices leaving again.
"""


def test_a_heading_s_title_that_names_a_kind_is_the_event_s_kind_and_not_its_text():
    events = from_markdown(HEADINGS).timeline
    assert [(event.kind, event.text) for event in events] == [
        (EventKind.DETECTION, "Accounting wrote that no invoice had gone out since lunch."),
        (EventKind.ACTION, "We read the mailer's logs: every send was refused by the relay."),
        (EventKind.MISLEADING, "We blamed the new template and reverted it, which changed nothing."),
        (EventKind.ESCALATION, "We called the hosting provider's support line."),
        (events[4].kind, "Cause found: The relay's password had been rotated without telling us."),
        (EventKind.RESOLUTION, "New password in place, invoices leaving again."),
    ]


def test_investigation_over_a_list_of_events_names_no_kind():
    text = "# T\n\n## Timeline\n\n### Investigation\n\n- 10:00 We assumed the cache was stale.\n- 10:20 Note.\n"
    events = from_markdown(text).timeline
    assert events[0].kind is not EventKind.ACTION


def test_a_heading_after_a_clock_is_the_last_part_at_that_clock() -> None:
    """ "### After 16:40 UTC" over the closing paragraph: one more event, at 16:40, its heading kept in its
    words since the clock only bounds it."""
    document = from_markdown(
        "# Cache outage\n\nOn 3 June 2026 the page cache failed.\n\n## Timeline\n\n"
        "### 16:05 UTC\nHit rate falls to zero; pages load slowly.\n\n"
        "### 16:20 UTC\nThe cache nodes are restarted one by one.\n\n"
        "### After 16:40 UTC\nPages load at their usual speed again.\n"
    )
    assert [event.time.strftime("%H:%M") for event in document.timeline if event.time] == ["16:05", "16:20", "16:40"]
    assert document.timeline[-1].text.startswith("After 16:40 UTC")
    assert "usual speed again" in document.timeline[-1].text


def test_a_service_said_fully_operational_after_the_stated_window_is_still_the_resolution() -> None:
    """The window says 16:05–16:35; "### After 16:40 UTC" over "The cache is fully operational." confirms the
    end: the last entry stays the resolution, not a note of what followed."""
    document = from_markdown(
        "# Cache outage\n\n**Impact Window:** 16:05–16:35 UTC on 3 June 2026\n\n## Timeline\n\n"
        "### 16:05 UTC\nHit rate falls to zero; pages load slowly.\n\n"
        "### 16:30 UTC\nThe cache nodes recovered after a restart.\n\n"
        "### After 16:40 UTC\nThe cache is fully operational.\n"
    )
    assert document.timeline[-1].kind is EventKind.RESOLUTION
