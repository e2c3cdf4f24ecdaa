"""A report that writes clock times but no date: each time stays in its event's words, undated.

The file's own date is no day of the incident (a clone's checkout sets it), so the importer never
dates an event with it; the entries still split, order and take their kinds as if dated.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.formats.markdown_read import read_markdown

SAVED = date(2026, 11, 20)


def _events(text: str) -> list[tuple[object, str]]:
    document, _ = read_markdown(text, file_day=SAVED)
    return [(event.time, event.text) for event in document.timeline]


@pytest.mark.parametrize(
    ("timeline", "texts"),
    [
        (
            "09:41 AM - Pager fired for the billing queue\n09:50 AM - Drained the stuck worker\n",
            ["09:41 AM - Pager fired for the billing queue", "09:50 AM - Drained the stuck worker"],
        ),
        (
            "- **09:41 AM (EAT)**: Pager fired for the billing queue\n- **09:50 AM**: Drained the stuck worker\n",
            ["09:41 AM (EAT): Pager fired for the billing queue", "09:50 AM: Drained the stuck worker"],
        ),
        (
            "| Time | What happened |\n|---|---|\n| 09:41 | Pager fired for the billing queue |\n"
            "| 09:50 | Drained the stuck worker |\n",
            ["09:41 — Pager fired for the billing queue", "09:50 — Drained the stuck worker"],
        ),
    ],
    ids=["plain lines", "bold bullets", "a table"],
)
def test_each_entry_keeps_its_written_clock_in_front_of_its_words(timeline: str, texts: list[str]) -> None:
    events = _events(f"# Billing queue stall\n\n## Timeline\n\n{timeline}")
    assert events == [(None, text) for text in texts]


def test_a_sentence_that_says_its_own_time_is_kept_as_written() -> None:
    events = _events("# Billing queue stall\n\n## Timeline\n\nAt 9:41 AM the pager fired for the billing queue.\n")
    assert events == [(None, "At 9:41 AM the pager fired for the billing queue.")]


def test_the_notice_says_why_the_times_have_no_day() -> None:
    _, notes = read_markdown("# Stall\n\n## Timeline\n\n- 09:41 pager fired\n- 09:50 worker drained\n", file_day=SAVED)
    assert any("2 times stay in the events' text, undated" in note for note in notes)


def test_a_document_that_writes_its_date_keeps_its_times() -> None:
    document, notes = read_markdown(
        "# Stall\n\n**Date:** 2024-03-05\n\n## Timeline\n\n- 09:41 pager fired\n", file_day=SAVED
    )
    assert document.timeline[0].time is not None and document.timeline[0].time.date() == date(2024, 3, 5)
    assert not any("undated" in note for note in notes)


def test_many_undated_entries_are_read_in_one_pass() -> None:
    # Each entry's words are looked for a bounded number of lines ahead, never in the whole file.
    lines = "".join(f"- 09:{minute % 60:02d} step {minute} of the drain\n" for minute in range(2_000))
    document, _ = read_markdown(f"# Stall\n\n## Timeline\n\n{lines}", file_day=SAVED)
    assert len(document.timeline) == 2_000
    assert document.timeline[-1].text.endswith("step 1999 of the drain")
    assert all(event.time is None for event in document.timeline)


def test_a_number_in_the_words_is_no_clock_the_sentence_says() -> None:
    events = _events("# Stall\n\n## Timeline\n\n- 09:15 drained batch 915 of the queue\n")
    assert events == [(None, "09:15 drained batch 915 of the queue")]


def test_a_window_the_entries_gave_is_not_placed_on_the_files_day() -> None:
    document, notes = read_markdown(
        "# Billing queue stall\n\n## Timeline\n\n- 09:41 AM: Pager fired\n- 10:20 AM: Queue drained, all clear\n",
        file_day=SAVED,
    )
    assert (document.summary.start, document.summary.end) == (None, None)
    assert "Window written" not in document.summary.impact  # the entries keep the clocks
    assert any("start and end are left empty" in note for note in notes)


def test_a_stated_window_keeps_its_clocks_in_the_impact_without_a_day() -> None:
    document, notes = read_markdown(
        "# Web stack outage\n\n## Issue Summary\n\n- **Duration:** 10:00 AM to 10:45 AM WAT\n"
        "- **Impact:** 80% of users got 502 errors.\n\n## Timeline\n\n- 10:00 AM: alert fired\n"
        "- 10:45 AM: site back up\n",
        file_day=SAVED,
    )
    assert (document.summary.start, document.summary.end) == (None, None)
    assert document.summary.impact == (
        "Window written without a day: 10:00 – 10:45 UTC+01:00.\n\n80% of users got 502 errors."
    )
    assert any("set them on the Issue Summary page" in note for note in notes)


def test_a_document_that_writes_its_date_keeps_its_window() -> None:
    document, _ = read_markdown(
        "# Web stack outage\n\nOn 3 March 2025 the site went down.\n\n## Timeline\n\n- 10:00 UTC: alert fired\n"
        "- 10:45 UTC: site back up\n",
        file_day=SAVED,
    )
    assert document.summary.start is not None and document.summary.start.date() == date(2025, 3, 3)
    assert document.summary.end is not None and document.summary.end.hour == 10


def test_a_zone_stated_only_outside_the_timeline_stays_in_each_lead() -> None:
    events = _events(
        "# Web stack outage\n\nAll times are WAT.\n\n## Timeline\n\n- 10:00 AM: alert fired\n- 10:45 AM: site back up\n"
    )
    assert events == [(None, "10:00 AM WAT: alert fired"), (None, "10:45 AM WAT: site back up")]
