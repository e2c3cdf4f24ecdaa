"""A summary whose prose is followed by a table of the incident's fields ("Field | Value"), as Jira and
Confluence pages write it: the Start, End, Impact and Root cause rows fill the window and the summary, and
the table stays in the introduction as written, as a key-value table in a report's header does."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

EDT = timezone(timedelta(hours=-4))

MARKDOWN = """# Checkout page timed out

*Incident date:* Thursday, June 4, 2026 — all times Eastern (EDT)

## Summary

For about an hour the checkout page timed out for most shoppers.

| Field | Value |
|---|---|
| Start | 2:10 PM EDT |
| End | 3:05 PM EDT |
| Impact | Roughly 60% of checkouts failed |
| Root cause | The payment client's pool was set to four connections |
| Dashboard | checkout-latency |
"""

JIRA = """h1. Checkout page timed out

*Incident date:* Thursday, June 4, 2026 — all times Eastern (EDT)

h2. Summary

For about an hour the checkout page timed out for most shoppers.

||Field||Value||
|Start|2:10 PM EDT|
|End|3:05 PM EDT|
|Impact|Roughly 60% of checkouts failed|
|Root cause|The payment client's pool was set to four connections|
"""


def test_a_field_value_table_after_the_summary_prose_fills_the_window_and_summary() -> None:
    document = from_markdown(MARKDOWN)

    assert document.summary.start == datetime(2026, 6, 4, 14, 10, tzinfo=EDT)
    assert document.summary.end == datetime(2026, 6, 4, 15, 5, tzinfo=EDT)
    assert "60% of checkouts failed" in document.summary.impact
    assert "pool was set to four connections" in document.summary.root_cause
    assert "checkout-latency" in document.introduction  # no field of the editor's: kept as written


def test_a_jira_field_value_table_is_read_the_same_way(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.formats import files

    page = tmp_path / "checkout.txt"
    page.write_text(JIRA, encoding="utf-8")
    document = files.load(page)

    assert document.summary.start == datetime(2026, 6, 4, 14, 10, tzinfo=EDT)
    assert "60% of checkouts failed" in document.summary.impact
    assert "pool was set to four connections" in document.summary.root_cause
