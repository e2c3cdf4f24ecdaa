"""The incident's day and zone as front matter writes them: "detected_at: 2026-09-09T18:40:00-03:00".

An incident archive's front matter stamps the incident's moments with their offset. The text's clock
times written alone ("- 18:45 — rollback") are on that day and in that zone, as a reader takes them,
rather than on the day the file happens to carry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, tzinfo

from app.timezones import zone_named

# The fields naming the incident's own moments, the start's first: their day dates the text's times.
INCIDENT_MOMENT_KEYS = (
    *("start_time", "started_at", "start", "detected_at", "detected", "incident_start", "incident_date"),
    *("occurred_at", "begin", "began_at", "end_time", "resolved_at", "end", "ended_at", "mitigated_at"),
)
# The start's fields in the order they win, for the window's start ("detected_at" when no start is given).
START_KEYS = ("start_time", "started_at", "start", "incident_start", "occurred_at", "began_at", "detected_at")

# "2026-09-09T18:40:00-03:00", "2026-09-09 18:40 -0300", "2026-09-09T21:40:00Z": a day, a clock, an offset.
_STAMP = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})(?:[T \t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?[ \t]?(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
)
# A posting date's offset other than UTC ("date: 2026-02-12T09:30:00-05:00"): the writer's clock.
_POSTED_KEYS = ("date",)


def front_matter_day(fields: Mapping[str, str]) -> date | None:
    """The day of the incident's first moment the front matter stamps, or ``None``."""
    for key in INCIDENT_MOMENT_KEYS:
        found = _STAMP.match(fields.get(key, "")[:60])
        if found is not None:
            try:
                return date.fromisoformat(found["day"])
            except ValueError:
                continue
    return None


def front_matter_zone(fields: Mapping[str, str]) -> tzinfo | None:
    """The offset the front matter stamps the incident's moments with (or a posting date's, not UTC)."""
    for key in (*INCIDENT_MOMENT_KEYS, *_POSTED_KEYS):
        found = _STAMP.match(fields.get(key, "")[:60])
        if found is None or not found["zone"]:
            continue
        zone = found["zone"]
        if key in _POSTED_KEYS and (zone == "Z" or zone.replace(":", "")[1:] == "0000"):
            continue  # a blog's "+0000" is the generator's default, not a statement of the writer's clock
        return zone_named("UTC" if zone == "Z" else zone)
    return None


def front_matter_start_key(fields: Mapping[str, str]) -> str | None:
    """The front matter field giving the window's start, or ``None``."""
    return next((key for key in START_KEYS if fields.get(key)), None)
