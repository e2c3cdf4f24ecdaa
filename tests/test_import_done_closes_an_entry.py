"""A timeline entry that its writer closes with "Done." is the incident's resolution: the end of the window."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown
from app.model import EventKind

REPORT = """# Stale prices on the shop front

**Date:** 2026-02-10

## Timeline

- 09:00 UTC — price feed stops updating
- 09:20 UTC — feed worker restarted
- 09:45 UTC — cache flushed, prices checked on ten products. Done.
"""


def test_the_entry_closed_by_done_is_the_resolution() -> None:
    document = from_markdown(REPORT)

    assert document.timeline[-1].kind is EventKind.RESOLUTION
    assert document.summary.end == datetime(2026, 2, 10, 9, 45, tzinfo=UTC)


def test_done_inside_a_sentence_says_nothing_of_the_kind() -> None:
    report = REPORT.replace("ten products. Done.", "ten products, done by hand")
    assert from_markdown(report).timeline[-1].kind is not EventKind.RESOLUTION
