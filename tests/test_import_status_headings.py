"""A status note whose updates are its headings ("## Investigating 2026-02-07 8:12a" over what was known then):
each heading is a timeline entry at its moment, with its status's kind; no heading is left as a section."""

from __future__ import annotations

from datetime import datetime

from app.formats.markdown_import import from_markdown
from app.model import EventKind

TEXT = """\
---
title: "Unplanned downtime: chiller failure"
author: "Morgan Hale"
date: "2026-02-07"
---

## Investigating 2026-02-07 8:12a

The machine room's chiller stopped overnight and the cluster shut itself down. More soon.

## Monitoring 2026-02-07 10:40a

A technician is on site; the room is cooling down again.

## Resolved 2026-02-07 2:15p

Cooling is back and every login node is up. Two compute nodes need a hand and will return on Monday.
"""


def test_each_update_heading_is_an_entry_at_its_moment_with_its_statuss_kind() -> None:
    document = from_markdown(TEXT)
    assert [(event.time.replace(tzinfo=None), event.kind) for event in document.timeline] == [
        (datetime(2026, 2, 7, 8, 12), EventKind.DETECTION),
        (datetime(2026, 2, 7, 10, 40), EventKind.ACTION),
        (datetime(2026, 2, 7, 14, 15), EventKind.RESOLUTION),
    ]
    assert "chiller stopped overnight" in document.timeline[0].text
    assert "every login node is up" in document.timeline[2].text
    assert not any(section.heading.startswith(("Investigating", "Resolved")) for section in document.extra_sections)


def test_a_report_section_after_the_updates_stays_a_section() -> None:
    document = from_markdown(TEXT + "\n## Root cause\n\nA worn compressor bearing seized.\n")
    assert len(document.timeline) == 3
    assert "compressor bearing" in (document.root_cause.cause or document.summary.root_cause or "")


def test_one_heading_with_a_status_word_is_no_timeline() -> None:
    document = from_markdown("# Chiller failure\n\n## Resolved 2026-02-07 2:15p\n\nCooling is back.\n")
    assert not document.timeline


def test_updates_posted_newest_first_read_oldest_first() -> None:
    body = TEXT.split("---\n", 2)[2].strip()
    updates = ["## " + part for part in body.split("## ") if part.strip()]
    document = from_markdown("# Chiller failure\n\n" + "\n".join(reversed(updates)))
    assert [event.kind for event in document.timeline] == [
        EventKind.DETECTION,
        EventKind.ACTION,
        EventKind.RESOLUTION,
    ]
