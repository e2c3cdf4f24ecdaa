"""Parts of a report written a level deeper, under the impact ("### Impact" over "#### Root cause"), are read as
the parts they name; a sub-heading of the same part stays in it."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """# Search latency spike

### Impact

- p99 search latency tripled for an hour

#### Customer impact

Two enterprise tenants opened tickets.

#### Cause

A reindex job ran during peak hours and saturated the disks.

#### How it was fixed

The reindex job was paused and rescheduled for the night.

### Follow-ups

- Move reindexing to a maintenance window
"""


def test_cause_and_fix_under_the_impact_are_read_as_theirs() -> None:
    document = from_markdown(REPORT)
    assert "latency tripled" in document.summary.impact
    assert "Two enterprise tenants" in document.summary.impact
    assert "saturated the disks" in document.root_cause.cause
    assert "saturated" not in document.summary.impact
    assert "rescheduled for the night" in document.root_cause.resolution
