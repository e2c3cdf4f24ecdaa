"""The report's parts named in bold under a summary heading, or numbered as "Section 1:", are read as those parts.

A student writes "### Issue Summary:" as the only real heading, then names the other parts in bold
("**Timeline:**", "**Root Cause and Resolution:**", "**Corrective and Preventative Measures:**"). Those parts
stand beside the summary, not inside it: the cause, the fix and the measures are read from them. Another writes
"**Section 1: Issue Summary:**", "**Section 3: Root Cause and Resolution:**": the numbering is the writer's, the
part is the one it names.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

BOLD_PARTS_UNDER_SUMMARY = """## Incident report
### Issue Summary:

*Duration:* The outage ran from 09:00 to 10:15 (UTC).

*Impact:* The checkout page returned errors for about a third of shoppers.

*Root Cause:* A cache key was renamed in one service and not the other.

**Timeline:**

- *Detection:* An alert on the error rate fired at 09:05.
- *Resolution:* The old key name was restored in the cart service.

**Root Cause and Resolution:**

*Root Cause:* The cart service read a cache key that the pricing service no longer wrote.

*Resolution:* The key was renamed back and the cart service redeployed.

**Corrective and Preventative Measures:**

*Tasks:*
1. Share the cache key names in one library.
2. Add a check that both services agree on the names.

This report sums up what broke and how the team will keep it from breaking again.
"""


def test_bold_parts_written_under_the_summary_heading_are_read_as_those_parts() -> None:
    document = from_markdown(BOLD_PARTS_UNDER_SUMMARY)
    assert "no longer wrote" in document.root_cause.cause
    assert "renamed back" in document.root_cause.resolution
    assert [task.text for task in document.measures.tasks] == [
        "Share the cache key names in one library.",
        "Add a check that both services agree on the names.",
    ]
    assert "a third of shoppers" in (document.summary.impact or "")
    assert not any("Root Cause and Resolution" in section.body for section in document.extra_sections)


NUMBERED_SECTIONS = """**Title:** A slow morning for the booking site

**Section 1: Issue Summary:**

- **Impact:**
  - Bookings took over a minute to confirm.
- **Root Cause:**
  - A full disk on the queue host.

**Section 2: Timeline:**

- **08:10 UTC:** Alerts on queue latency.
- **08:40 UTC:** Old logs removed from the queue host; bookings confirm again.

**Section 3: Root Cause and Resolution:**

The queue host's disk filled with logs nobody rotated. The issue was resolved by removing the old logs.
"""


def test_a_section_numbered_by_the_word_section_is_the_part_it_names() -> None:
    document = from_markdown(NUMBERED_SECTIONS)
    assert "over a minute to confirm" in (document.summary.impact or "")
    assert "full disk on the queue host" in (document.summary.root_cause or "")
    assert not any(section.heading.startswith("Section 1") for section in document.extra_sections)
