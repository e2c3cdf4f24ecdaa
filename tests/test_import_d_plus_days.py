"""Days counted from the incident's day as "D+1 03:10", "D+2 06:20" (D itself being Day 1).

A careful reader puts "D+n HH:MM" on the n-th day after the incident's first day,
in the zone the timeline states, with the entry's words as its text, mixed freely
with "Day n, HH:MM" lines and lines dated in full.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_read import read_markdown

EST = timezone(timedelta(hours=-5))


def _events(*bullets: str) -> list:
    lines = "\n".join(f"- {bullet}" for bullet in bullets)
    text = (
        "# Billing sync stalled\n\nThe billing sync stopped on 10 November 2025.\n\n## Timeline\n\n"
        "All times US Eastern (UTC-05:00). D is Monday 10 November; Day 2 is D+1.\n\n"
        f"{lines}\n"
    )
    document, _ = read_markdown(text)
    return [(event.time, event.text) for event in document.timeline]


def at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2025, 11, day, hour, minute, tzinfo=EST)


def test_d_plus_n_lines_fall_on_the_nth_day_after_the_first() -> None:
    events = _events(
        "2025-11-10T16:05:00-05:00 sync worker crashes on a schema change",
        "D+1 02:30   nightly invoice run uses stale balances",
        "Day 2, 10:15  support lead raises a ticket about wrong invoices",
        "D+1 23:40 - backfill of the ledger tables starts",
        "D+2 05:55: backfill finished and balances checked",
    )
    assert [time for time, _ in events] == [
        at(10, 16, 5),
        at(11, 2, 30),
        at(11, 10, 15),
        at(11, 23, 40),
        at(12, 5, 55),
    ]
    assert events[1][1] == "Nightly invoice run uses stale balances"
    assert events[4][1] == "Backfill finished and balances checked"


def test_d_plus_zero_is_the_first_day_itself() -> None:
    events = _events("2025-11-10T16:05:00-05:00 sync worker crashes", "D+0 18:20 on-call restarts the worker")
    assert events[1] == (at(10, 18, 20), "On-call restarts the worker")


def test_a_word_starting_with_d_plus_is_not_a_day() -> None:
    events = _events("2025-11-10T16:05:00-05:00 sync worker crashes", "17:00 D+1 build shipped to staging")
    assert events[1] == (at(10, 17, 0), "D+1 build shipped to staging")


def test_a_table_time_cell_naming_its_day_after_the_clock_is_on_that_day() -> None:
    text = (
        "# Resolver outage\n\nOn 3 August 2025 the DNS resolvers failed.\n\n## Timeline\n\n"
        "| Time (UTC) | What happened |\n|---|---|\n"
        "| 23:10 | resolver config pushed |\n"
        "| 23:48 | rollback started |\n"
        "| 00:15 (Aug 4) | resolvers answering again |\n"
        "| 00:40 | all clear |\n"
    )
    document, _ = read_markdown(text)
    utc = UTC
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2025, 8, 3, 23, 10, tzinfo=utc), "resolver config pushed"),
        (datetime(2025, 8, 3, 23, 48, tzinfo=utc), "rollback started"),
        (datetime(2025, 8, 4, 0, 15, tzinfo=utc), "resolvers answering again"),
        (datetime(2025, 8, 4, 0, 40, tzinfo=utc), "all clear"),
    ]
