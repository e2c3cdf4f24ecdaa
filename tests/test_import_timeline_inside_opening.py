"""A "### Timeline" written inside the opening section, beside its "### Impact" and "### Root Cause", is the
document's timeline; the headings right after it that name kinds of its events ("### Actions Taken",
"### Misleading Paths", "### Escalation") are parts of it, each entry of that kind."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown
from app.model import EventKind

OPENING_HOLDING_THE_TIMELINE = """\
# Postmortem: the mail relay stopped sending

## Overview

A short story of a queue that filled up.

### Impact
* Outgoing mail was delayed for an hour.

### Root Cause
The relay's disk filled with bounced messages.

### Timeline
* Alert fired: 2024-05-02 08:40 UTC

### Actions Taken
* Restarted the relay service.

### Misleading Paths
* Suspected the upstream provider's rate limits.

### Escalation
* Paged the storage on-call.

## Lessons

Watch the disk.
"""


def test_a_timeline_inside_the_opening_gives_its_entries_and_the_parts_after_it_their_kinds():
    document = from_markdown(OPENING_HOLDING_THE_TIMELINE)
    assert [(event.kind, event.time) for event in document.timeline] == [
        (EventKind.DETECTION, datetime(2024, 5, 2, 8, 40, tzinfo=UTC)),
        (EventKind.ACTION, None),
        (EventKind.MISLEADING, None),
        (EventKind.ESCALATION, None),
    ]
    assert "Suspected the upstream provider" in document.timeline[2].text
    assert "queue that filled up" in document.introduction
    assert "disk filled" in document.summary.root_cause + document.root_cause.cause


def test_a_what_happened_story_inside_the_opening_stays_the_opening():
    document = from_markdown(
        "# Postmortem: slow search\n\n## Summary\n\n### What happened?\n"
        "Search slowed down for everyone after the index was rebuilt.\n\n"
        "### Why did it happen?\nThe rebuild dropped a cache.\n\n### How was it resolved?\nWe warmed the cache.\n"
    )
    assert "Search slowed down" in document.introduction
    assert document.timeline == []
