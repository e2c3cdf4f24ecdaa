"""The day, zone and anchor of a timeline's times as a careful reader takes them from the lines around them.

- A day line naming its zone twice ("2025-11-04 (all times America/Chicago, CST)") is no event: it dates
  and zones the entries under it.
- "Day 2 (Wed 4 Mar)" over a day's entries is no event: its date is the day of the times under it.
- A blog post's byline ("Posted by …, Staff Engineer, Team — June 9, 2025") dates the post, not the incident: the
  weekday and day the post tells ("Last Wednesday, June 4") are the day of its times.
- A memo's "Date:" line among its "To:" and "From:" lines is when it was sent: the day its subject or text names
  ("Re: … on Thursday 5/7") is the day of its times.
- A table whose first column holds times relative to a stated T+0 ("T-10m", "T+1h10m") is a timeline, whatever
  that column is called (often just "T"): one event a row, at T+0 plus its offset.
- "Impact: …" opening a paragraph of "What happened?" before such a table is the impact; the rows stay events.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.formats.markdown_import import read_markdown

CENTRAL_WINTER = timezone(timedelta(hours=-6))


@pytest.mark.parametrize(
    "day_line",
    [
        "2025-11-04 (all times America/Chicago, CST)",
        "2025-11-04 (all times Central, CST)",
        "**2025-11-04** (times in US/Central, CST)",
    ],
)
def test_a_day_line_naming_its_zone_twice_dates_the_entries_and_is_no_event(day_line: str) -> None:
    document, _ = read_markdown(
        "# Checkout slow\n\n## Timeline\n\n"
        f"{day_line}\n\n"
        "* 14:02 Search latency alert fires\n"
        "* 14:40 Cache node replaced, latency normal\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2025, 11, 4, 14, 2, tzinfo=CENTRAL_WINTER),
        datetime(2025, 11, 4, 14, 40, tzinfo=CENTRAL_WINTER),
    ]


@pytest.mark.parametrize("heading", ["### Day {n} ({day})", "**Day {n} ({day})**", "Day {n} ({day}):"])
def test_numbered_day_headings_with_the_date_in_parentheses_date_the_entries_under_them(heading: str) -> None:
    document, _ = read_markdown(
        "# Replication lag over two days\n\n**Start:** 2026-02-09 22:10 UTC\n\nAll times UTC.\n\n## Timeline\n\n"
        + heading.format(n=1, day="Mon 9 Feb")
        + "\n\n- 22:10 — replica lag alert fires\n- 23:30 — bulk import paused\n\n"
        + heading.format(n=2, day="Tue 10 Feb")
        + "\n\n- 07:45 — import resumed in small batches\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2026, 2, 9, 22, 10, tzinfo=UTC), "replica lag alert fires"),
        (datetime(2026, 2, 9, 23, 30, tzinfo=UTC), "bulk import paused"),
        (datetime(2026, 2, 10, 7, 45, tzinfo=UTC), "import resumed in small batches"),
    ]


@pytest.mark.parametrize("emphasis", ["_", "*"])
def test_a_long_byline_with_the_posting_date_leaves_the_incident_day_to_the_weekday_the_post_names(
    emphasis: str,
) -> None:
    document, _ = read_markdown(
        "# Why our image uploads failed for an afternoon\n\n"
        f"{emphasis}Posted by Marguerite Oyelaran-Fitzgerald, Principal Engineer, Media Storage Team — "
        f"June 9, 2025{emphasis}\n\n"
        "Last Wednesday, June 4, uploads of profile pictures started failing for most users.\n\n"
        "## What happened\n\n"
        "At 14:05 UTC a storage node ran out of inodes, and uploads to it failed.\n\n"
        "At 14:20 UTC the upload error alert paged the on-call engineer.\n\n"
        "At 15:10 UTC we moved new uploads to the other nodes.\n\n"
        "At 16:30 UTC uploads were healthy again.\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2025, 6, 4, hour, minute, tzinfo=UTC) for hour, minute in ((14, 5), (14, 20), (15, 10), (16, 30))
    ]


@pytest.mark.parametrize("opening", ["**MEMORANDUM**\n\n", ""])
def test_a_memos_date_line_under_a_title_is_when_it_was_sent_not_the_day_of_its_timeline(opening: str) -> None:
    document, _ = read_markdown(
        "# Incident review: warehouse scanners offline\n\n"
        f"{opening}"
        "**To:** Warehouse Operations\n"
        "**From:** Ingrid Solberg, IT Service Manager\n"
        "**Date:** May 11, 2026\n"
        "**Re:** Scanner outage on Thursday 5/7\n\n"
        "## Timeline\n\n"
        "- 7:40 AM ET – Handheld scanners lose their connection to the inventory service.\n"
        "- 9:15 AM ET – Access point firmware rolled back; scanners reconnect.\n"
    )
    eastern_summer = timezone(timedelta(hours=-4))
    assert [event.time for event in document.timeline] == [
        datetime(2026, 5, 7, 7, 40, tzinfo=eastern_summer),
        datetime(2026, 5, 7, 9, 15, tzinfo=eastern_summer),
    ]


@pytest.mark.parametrize("column", ["T", "Offset from T0", "Rel."])
def test_a_table_of_times_relative_to_a_stated_t0_gives_one_event_a_row_at_that_moment(column: str) -> None:
    document, _ = read_markdown(
        "# Review: search index corruption\n\n"
        "Times below count from **T+0 = 10:15 UTC, Wednesday 4 March 2026**, the first failed query.\n\n"
        "## Timeline\n\n"
        f"| {column} | What happened |\n|---|---|\n"
        "| T-10m | Index compaction job starts |\n"
        "| T+0 | First failed search query |\n"
        "| T+25m | Compaction job stopped |\n"
        "| T+1h10m | Index rebuilt from snapshot, searches succeed |\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2026, 3, 4, 10, 5, tzinfo=UTC), "Index compaction job starts"),
        (datetime(2026, 3, 4, 10, 15, tzinfo=UTC), "First failed search query"),
        (datetime(2026, 3, 4, 10, 40, tzinfo=UTC), "Compaction job stopped"),
        (datetime(2026, 3, 4, 11, 25, tzinfo=UTC), "Index rebuilt from snapshot, searches succeed"),
    ]


def test_an_impact_paragraph_before_a_sequence_of_relative_times_is_the_impact_and_the_rows_are_events() -> None:
    document, _ = read_markdown(
        "# After-action review: payment webhooks dropped\n\n"
        "## Reference\n\n"
        "Offsets count from **T+0 = 16:00 UTC, Friday 6 March 2026**, the first dropped webhook.\n\n"
        "## What happened?\n\n"
        "A queue consumer was deployed with the wrong topic name and stopped reading.\n\n"
        "Impact: about 5,300 webhooks were delayed for 50 minutes; none were lost.\n\n"
        "### Sequence\n\n"
        "| T | Event |\n|---|---|\n"
        "| T-3m | Consumer deployed with the new topic name |\n"
        "| T+0 | First webhook left unread |\n"
        "| T+50m | Old topic name restored, backlog drained |\n"
    )
    assert "5,300 webhooks were delayed" in document.summary.impact
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2026, 3, 6, 15, 57, tzinfo=UTC), "Consumer deployed with the new topic name"),
        (datetime(2026, 3, 6, 16, 0, tzinfo=UTC), "First webhook left unread"),
        (datetime(2026, 3, 6, 16, 50, tzinfo=UTC), "Old topic name restored, backlog drained"),
    ]
