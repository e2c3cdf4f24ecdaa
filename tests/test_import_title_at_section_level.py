"""A document whose every heading is "###": the first, "### Postmortem: …" with nothing under it, is its title.

Written at the same level as the sections after it, the heading still calls itself the document and holds no
text: a careful reader takes it as the title. A first heading with text under it, or one that does not call
itself the report, stays a section.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """### Postmortem: Checkout Failures After a Pool Resize

### Issue Summary
- **Duration of Outage:** 2026-01-12 09:00 UTC to 2026-01-12 10:10 UTC
- **Impact:** A third of the checkouts failed with a timeout.

### Timeline
- **09:00 UTC:** Alerts on checkout errors fired.
- **10:10 UTC:** The pool size was restored.
"""


def test_a_first_heading_calling_itself_the_postmortem_is_the_title() -> None:
    document = from_markdown(REPORT)
    assert document.metadata.title == "Postmortem: Checkout Failures After a Pool Resize"
    assert document.summary.impact == "A third of the checkouts failed with a timeout."


def test_a_first_heading_with_text_under_it_is_no_title() -> None:
    report = REPORT.replace("Resize\n\n###", "Resize\nWritten by the payments team.\n\n###")
    assert from_markdown(report).metadata.title != "Postmortem: Checkout Failures After a Pool Resize"
