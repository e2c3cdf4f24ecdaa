"""A numbered timeline whose entries give their clock at the end in brackets ("Rolled back the release
(14:22)") has one event per entry at that clock, the bracket gone from the text; an entry without one stays
untimed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

_PST = timezone(timedelta(hours=-8))

REPORT = """---
title: Search results missing new listings
severity: SEV3
---

# Search results missing new listings

## Timeline

All times Pacific (PST) on 2/10/2026.

1. Indexer deploy goes out with the new batching setting (09:15)
2. First report from a seller that a new listing is not searchable (10:02)
3. Paged the search team
4. Rolled back the indexer deploy (10:48).
5. New listings searchable again; incident closed (~11:20)
"""


def test_each_entry_is_at_the_clock_it_closes_with() -> None:
    timeline = from_markdown(REPORT).timeline

    assert [event.time for event in timeline] == [
        datetime(2026, 2, 10, 9, 15, tzinfo=_PST),
        datetime(2026, 2, 10, 10, 2, tzinfo=_PST),
        None,
        datetime(2026, 2, 10, 10, 48, tzinfo=_PST),
        datetime(2026, 2, 10, 11, 20, tzinfo=_PST),
    ]
    assert timeline[3].text == "Rolled back the indexer deploy"
    assert "about 11:20" in timeline[4].text  # approximate, and says so
