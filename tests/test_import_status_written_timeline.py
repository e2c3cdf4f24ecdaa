"""A status page's incident file with the writer's own timeline above the updates posted during it.

The lines led by a clock ("21:40: The nightly job filled the disk") are the incident's events; the updates
("*Investigating* - We are looking into …") stay, under their own heading, as written.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

_FILE = """\
---
title: Slow logins for some customers
date: 2023-03-08 22:30:00
resolved: true
resolvedWhen: 2023-03-09 01:10:00
severity: disrupted
section: issue
---

## About the slow logins of 8 March

A nightly job filled the disk of one database replica.

21:40: The nightly export job started and filled the replica's disk

22:05 - Logins slowed down and the first customers wrote to support

23:20 - The full disk was identified as the cause and the export files removed

01:10: Logins back to normal speed for all customers

---
*Investigating* - Some customers report slow logins. We are looking into it. {{< track "2023-03-08 22:31:00" >}}

*Identified* - We found the cause and are working on a fix. {{< track "2023-03-08 23:25:00" >}}

*Resolved* - Logins are fast again. {{< track "2023-03-09 01:15:00" >}}
"""


@pytest.mark.parametrize("opening", ["## About the slow logins of 8 March\n", ""])
def test_the_writers_clock_lines_are_the_events_and_the_updates_are_kept(opening: str) -> None:
    document = from_markdown(_FILE.replace("## About the slow logins of 8 March\n", opening))
    texts = [event.text for event in document.timeline]
    assert len(texts) == 4
    assert texts[0].startswith("The nightly export job started")
    assert texts[-1].startswith("Logins back to normal speed")
    kept = {section.heading: section.body for section in document.extra_sections}
    assert "We found the cause and are working on a fix." in kept["Status page updates"]
    assert "---" not in document.introduction


def test_without_clock_lines_the_updates_are_the_timeline() -> None:
    text = (
        _FILE.replace("21:40:", "First,")
        .replace("22:05 -", "Then")
        .replace("23:20 -", "Later")
        .replace("01:10:", "At last,")
    )
    document = from_markdown(text)
    assert "Some customers report slow logins" in document.timeline[0].text
    assert len(document.timeline) == 3
