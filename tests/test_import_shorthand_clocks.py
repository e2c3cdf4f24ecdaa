"""Timeline entries whose clocks are written in shorthand keep their times.

"9:05a", "3:40p" (am or pm cut to a letter), "noon" and "midnight" in the
place of a clock, and the same moment given again in a second zone after a
slash ("9:05a PST / 17:05 UTC") for readers elsewhere: the first clock is
the entry's time, the second is kept in the text. Past midnight the day
turns over.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

LOG = """# Billing export stalls

Times are Eastern (EST), UTC after the slash.

## Timeline

March 3, 2026

- 7:40a EST / 12:40 UTC — nightly export job hangs on the ledger lock
- 10:05a / 15:05 UTC — finance reports missing invoices
- noon EST / 17:00 UTC — Priya restarts the export worker
- 3:15p EST / 20:15 UTC — ledger lock released
- 11:50p EST / 04:50 UTC (Wed) — backfill starts
- midnight EST / 05:00 UTC — backfill halfway
- 12:45am EST / 05:45 UTC — backfill done, exports flowing
"""


def test_shorthand_clocks_and_a_second_zone_give_each_entry_its_time() -> None:
    document = from_markdown(LOG)
    times = [event.time.isoformat() if event.time else None for event in document.timeline]
    assert times[-7:] == [
        "2026-03-03T07:40:00-05:00",
        "2026-03-03T10:05:00-05:00",
        "2026-03-03T12:00:00-05:00",
        "2026-03-03T15:15:00-05:00",
        "2026-03-03T23:50:00-05:00",
        "2026-03-04T00:00:00-05:00",
        "2026-03-04T00:45:00-05:00",
    ]
    texts = [event.text for event in document.timeline]
    assert texts[-7] == "nightly export job hangs on the ledger lock (12:40 UTC)"
    assert texts[-3] == "backfill starts (04:50 UTC, Wed)"


def test_other_clock_forms_before_the_slash_and_a_numbered_sub_step() -> None:
    document = from_markdown(
        "# Queue stall\n\nAll times Pacific (PT).\n\n## Timeline\n\nJune 2, 2026\n\n"
        "- 9a PT / 16:00 UTC — deploy starts\n- 11:30 a.m. PT / 18:30 UTC — alert fires\n"
    )
    assert [(event.time.strftime("%H:%M") if event.time else None, event.text) for event in document.timeline] == [
        ("09:00", "deploy starts (16:00 UTC)"),
        ("11:30", "alert fires (18:30 UTC)"),
    ]


def test_a_second_zone_in_brackets_goes_to_the_end_of_the_text() -> None:
    document = from_markdown(
        "# Queue stall\n\nTimes Pacific (PST).\n\n## Timeline\n\nJanuary 14, 2026\n\n"
        "- 9:05 AM PST (17:05 UTC) — queue grows\n- 14:05 (14:10 in logs) — worker restarted\n"
    )
    texts = [event.text for event in document.timeline]
    assert texts[0] == "queue grows (17:05 UTC)"
    assert "worker restarted" in texts[1] and not texts[1].endswith("(14:10 in logs)")  # a note, not a zone
