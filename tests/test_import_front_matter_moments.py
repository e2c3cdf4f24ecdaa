"""Front matter that stamps the incident's moments ("detected_at: 2025-05-14T21:05:00+02:00"): the text's lone
clock times are on that day and in that offset, and the window starts at the detection when no start is given."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

TEXT = """\
---
id: INC-77
severity: high
detected_at: 2025-05-14T21:05:00+02:00
resolved_at: 2025-05-14T22:10:00+02:00
---

# INC-77: Search index stopped refreshing

## Timeline
- 20:50 — a schema change is merged
- 21:05 — the refresh job starts failing
- 22:10 — the job is green again after the revert
"""


def test_lone_clock_times_take_the_front_matters_day_and_offset() -> None:
    document = from_markdown(TEXT)
    plus_two = timezone(timedelta(hours=2))
    assert [event.time for event in document.timeline] == [
        datetime(2025, 5, 14, 20, 50, tzinfo=plus_two),
        datetime(2025, 5, 14, 21, 5, tzinfo=plus_two),
        datetime(2025, 5, 14, 22, 10, tzinfo=plus_two),
    ]


def test_the_window_starts_at_the_detection_stamp() -> None:
    document = from_markdown(TEXT)
    plus_two = timezone(timedelta(hours=2))
    assert document.summary.start == datetime(2025, 5, 14, 21, 5, tzinfo=plus_two)
    assert document.summary.end == datetime(2025, 5, 14, 22, 10, tzinfo=plus_two)
