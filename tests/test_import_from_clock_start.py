"""A summary sentence that opens "From <clock> the service stopped …" gives the incident's start, over the time of
the first report in the timeline (people notice after the trouble began)."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

REPORT = """# Upload failures

**Date:** 2026-05-04

## Summary

From 13:12 UTC the upload service stopped accepting files. It was fixed at 14:40 UTC.

## Timeline

- 13:25 UTC — first customer report of failed uploads
- 14:40 UTC — fix deployed, uploads resolved
"""


def test_the_start_is_the_clock_the_failure_sentence_opens_with() -> None:
    assert from_markdown(REPORT).summary.start == datetime(2026, 5, 4, 13, 12, tzinfo=UTC)
