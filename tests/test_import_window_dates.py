"""The incident's day when a range in the summary writes its date once, after both times.

"Between 14:05 and 15:20 UTC on 1 March 2024" dates both ends, as a careful
reader takes it, even when the report's own "Date:" line is the day after.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.window import find_range_in_prose

REPORT_WRITTEN_THE_DAY_AFTER = """\
Postmortem - Intermittent 500s on the Checkout API
==================================================

Author: Priya N. | Date: 2024-03-02 | Severity: SEV-2

Summary
-------
Between 14:05 and 15:20 UTC on 1 March 2024 (1h15m), roughly 1 in 8 checkout requests failed.

Timeline (all times UTC)
------------------------
14:05  PagerDuty pages the on-call: checkout error rate > 5%
15:20  Error rate back under 0.1%, incident resolved
"""


def test_a_date_after_the_range_dates_its_start_too_and_the_timeline_follows():
    document = from_markdown(REPORT_WRITTEN_THE_DAY_AFTER)
    assert document.summary.start == datetime(2024, 3, 1, 14, 5, tzinfo=UTC)
    assert document.summary.end == datetime(2024, 3, 1, 15, 20, tzinfo=UTC)
    assert [event.time for event in document.timeline] == [
        datetime(2024, 3, 1, 14, 5, tzinfo=UTC),
        datetime(2024, 3, 1, 15, 20, tzinfo=UTC),
    ]


@pytest.mark.parametrize(
    ("prose", "start", "end"),
    [
        ("Between 14:05 and 15:20 UTC on 1 March 2024, checkout failed.", (3, 1, 14, 5), (3, 1, 15, 20)),
        # Over midnight, dated once: the night that starts on that day.
        ("Between 23:10 and 01:20 UTC on 1 March 2024, checkout failed.", (3, 1, 23, 10), (3, 2, 1, 20)),
        # Each end with its own date: each keeps it.
        ("From 2024-03-01 23:10 to 2024-03-02 01:20 UTC, checkout failed.", (3, 1, 23, 10), (3, 2, 1, 20)),
        # No date at all: the document's day.
        ("Between 14:05 and 15:20 UTC, checkout failed.", (3, 2, 14, 5), (3, 2, 15, 20)),
    ],
)
def test_a_range_in_prose_reads_both_ends_on_the_day_it_writes(prose, start, end):
    found = find_range_in_prose(prose, day=date(2024, 3, 2), zone=None, year=2024, notes=[])
    assert found == (datetime(2024, *start, tzinfo=UTC), datetime(2024, *end, tzinfo=UTC))


@pytest.mark.parametrize("label", ["**Duration of Outage:**", "Duration:", "**Incident duration:**"])
def test_a_duration_label_alone_above_its_start_and_end_lines_is_read_with_them(label):
    document = from_markdown(
        f"# T\n\n## Issue Summary\n\n{label}\n\n- Start Time: February 15, 2024, 10:00 AM (UTC)\n"
        "- End Time: February 15, 2024, 11:30 AM (UTC)\n\n**Impact:** site down\n"
    )
    assert (document.summary.start, document.summary.end) == (
        datetime(2024, 2, 15, 10, 0, tzinfo=UTC),
        datetime(2024, 2, 15, 11, 30, tzinfo=UTC),
    )
    assert document.summary.impact == "site down"
    assert document.extra_sections == []


def test_a_duration_label_above_anything_else_stays_as_written():
    document = from_markdown("# T\n\n## Issue Summary\n\n**Duration:**\n\nMost of the afternoon.\n\n**Impact:** down\n")
    assert [extra.body for extra in document.extra_sections] == ["**Duration:**\n\nMost of the afternoon."]


def test_a_start_and_how_long_it_lasted_in_the_duration_line_give_the_end_and_say_so():
    from app.formats.markdown_import import read_markdown

    document, notes = read_markdown(
        "# Login outage on 8th July 2024\n\n## Issue Summary\n\n"
        "- **Duration**: Started at **9:40 am GMT** on **8th July 2024**, lasting **25 minutes**.\n"
        "- **Impact**: nobody could log in.\n\n## Timeline\n\n- **9:40 AM**: Login errors everywhere.\n"
        "- **9:58 AM**: Session store restarted; logins succeed again.\n"
    )
    assert document.summary.start == datetime(2024, 7, 8, 9, 40, tzinfo=UTC)
    assert document.summary.end == datetime(2024, 7, 8, 10, 5, tzinfo=UTC)
    assert any("worked out from the length" in note for note in notes)


def test_a_start_told_in_prose_then_and_lasted_for_gives_the_end():
    found = find_range_in_prose(
        "The outage started on 2nd May 2024 at 9:30 am GMT + 1 and lasted for 20 minutes.",
        day=None,
        zone=None,
        year=None,
        notes=[],
    )
    assert found is not None
    assert [moment.strftime("%Y-%m-%d %H:%M %z") for moment in found] == [
        "2024-05-02 09:30 +0100",
        "2024-05-02 09:50 +0100",
    ]


def test_commencing_at_midnight_and_concluding_at_three_in_a_zone_named_in_full():
    found = find_range_in_prose(
        "The outage lasted three hours, commencing at midnight and concluding at 3:00 AM "
        "(South African Standard Time).",
        day=date(2024, 2, 11),
        zone=None,
        year=None,
        notes=[],
    )
    assert found is not None
    start, end = found
    assert (start.hour, end.hour) == (0, 3) and end.utcoffset().total_seconds() == 2 * 3600


def test_a_date_typed_with_non_breaking_hyphens_dates_the_times_written_alone():
    document = from_markdown(
        "# Cart outage on 2024\u201106\u201111\n\n**Duration:** 10:02\u201310:40 UTC\n\n## Timeline (UTC)\n\n"
        "| Time | Event |\n|---|---|\n| 10:02 | Cart API returns 500s |\n| 10:40 | Cart API healthy again |\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2024, 6, 11, 10, 2, tzinfo=UTC),
        datetime(2024, 6, 11, 10, 40, tzinfo=UTC),
    ]
    assert document.summary.start == datetime(2024, 6, 11, 10, 2, tzinfo=UTC)
