"""A window the report's fields state to the minute is copied as stated, even when a timeline entry in that
minute writes its seconds ("**Start:** 10:04 UTC" beside "10:04:37 — first pod evicted" starts at 10:04).
A window told in a sentence still takes the entry's seconds (tests/test_timeline_layouts.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

STATED = """\
# Postmortem: image pulls failing

## Summary

- **Start:** 2025-09-02 10:04 UTC
- **End:** 2025-09-02 10:51 UTC

## Timeline

- 10:04:37 UTC — first pod evicted for failing to pull its image
- 10:20:05 UTC — registry mirror restarted
- 10:51:12 UTC — pulls succeed again
"""


def test_the_stated_start_and_end_keep_the_minute_they_were_written_to() -> None:
    summary = from_markdown(STATED).summary
    assert summary.start == datetime(2025, 9, 2, 10, 4, tzinfo=UTC)
    assert summary.end == datetime(2025, 9, 2, 10, 51, tzinfo=UTC)


def test_a_definition_list_s_start_is_a_field_too() -> None:
    text = STATED.replace(
        "- **Start:** 2025-09-02 10:04 UTC\n- **End:** 2025-09-02 10:51 UTC\n", "Start\n: 2025-09-02 10:04 UTC\n"
    )
    assert from_markdown(text).summary.start == datetime(2025, 9, 2, 10, 4, tzinfo=UTC)
