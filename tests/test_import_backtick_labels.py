"""Summary fields whose names are in backticks ("`Duration`: …", "`Impact`: …"), as some students mark them,
are read as the same fields in bold: the stated window wins over the timeline's rows."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

REPORT = """\
# Postmortem: image uploads failing

## Issue Summary
`Duration`: March 2, 2025, 09:00 - March 2, 2025, 10:15 UTC

`Impact`: Every upload returned a 413 error; about 40% of users tried to upload during the window.

## Timeline
- 09:00 UTC: Upload errors reported by users.
- 09:20 UTC: The proxy's body size limit is found to be 1 MB.
- 09:45 UTC: Limit raised and uploads work again.
- 10:00 UTC: Review of the proxy settings.
"""


def test_a_duration_label_in_backticks_is_the_window() -> None:
    summary = from_markdown(REPORT).summary
    assert (summary.start, summary.end) == (
        datetime(2025, 3, 2, 9, 0, tzinfo=UTC),
        datetime(2025, 3, 2, 10, 15, tzinfo=UTC),
    )
    assert "413 error" in summary.impact
