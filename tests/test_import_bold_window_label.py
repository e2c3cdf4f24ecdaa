"""A window field written in bold ("**Outage Window:** **14:10–14:25 EET** (12:10–12:25 UTC)") under a title and
a subtitle, beside a list of the services hit: the window is the one the field states in its own zone, not the
UTC copy in parentheses after it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

REPORT = """\
# Relay incident report
## Packet loss on the Helsinki relay

**Incident Date:** 3 February 2026
**Outage Window:** **14:10–14:25 EET** (12:10–12:25 UTC)
**Severity:** Low

**Affected Services:**
- **Helsinki relay**

---

## Summary
The relay dropped most packets for a quarter of an hour and recovered by itself.
"""


def test_a_bold_window_field_gives_the_window_in_the_zone_it_is_written_in() -> None:
    summary = from_markdown(REPORT).summary
    eastern_europe = timezone(timedelta(hours=2))
    assert summary.start == datetime(2026, 2, 3, 14, 10, tzinfo=eastern_europe)
    assert summary.end == datetime(2026, 2, 3, 14, 25, tzinfo=eastern_europe)
    assert summary.start is not None and summary.start.utcoffset() == timedelta(hours=2)
    plain = from_markdown(REPORT.replace("**14:10–14:25 EET**", "14:10–14:25 EET")).summary
    assert plain.start is not None and plain.start.utcoffset() == timedelta(hours=2)
