"""An "Issue Summary" that is only a table of fields (its header row empty, as a Google Docs export writes it),
after an introduction of its own: its rows give the start, end, impact and root cause.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

_DOC = """\
**Checkout slow after cache flush**

**Introduction**

This covers the half hour when checkout pages took ten seconds to load. Times are UTC.

**Issue Summary**

| | |
| :---- | :---- |
| Start | 2026-06-02 14:05 UTC |
| End | 2026-06-02 14:37 UTC |
| Impact | About 30% of checkouts were abandoned. |
| Root cause | A cache flush sent every price lookup to the database at once. |

**Timeline**

| | |
| :---- | :---- |
| 14:05 | Cache flushed by the nightly job. |
| 14:37 | Cache warm again. |
"""


def test_a_summary_table_after_the_introduction_gives_the_summary_fields() -> None:
    summary = from_markdown(_DOC).summary

    assert summary.start == datetime(2026, 6, 2, 14, 5, tzinfo=UTC)
    assert summary.end == datetime(2026, 6, 2, 14, 37, tzinfo=UTC)
    assert summary.impact == "About 30% of checkouts were abandoned."
    assert summary.root_cause == "A cache flush sent every price lookup to the database at once."
