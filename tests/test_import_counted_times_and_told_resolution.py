"""Times counted from a stated T+0 carry the day on; an announcement of the resolution is not the resolution.

A clock written alone after entries counted from the start ("+1:20", "T+2h") is on the day the count has reached,
not on a day named earlier for what came before. And "Status page set to resolved" after the entry that tells
the recovery says the incident was over; the incident ended at the recovery.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """# Checkout errors

## Timeline

Times count from **T+0 = 22:10 CET on Friday 6 March 2026**, when errors began.

- **The day before** (Thu 5 Mar): the retry limit was lowered in a config clean-up.
- T+0 — checkout error rate climbs past 5%.
- +0:09 — alert fires and pages on-call (Rui).
- T+0h50m — Rui escalates to the payments team.
- 23:40 CET — retry limit restored; errors fall.
- T+1h55m — error rate back to normal. Resolved.
- 00:30 CET (Sat 7 Mar) — status page set to resolved; bridge closed.
"""


def test_a_clock_after_counted_times_is_on_the_day_the_count_reached() -> None:
    document = from_markdown(REPORT)
    by_text = {event.text[:20]: event.time for event in document.timeline if event.time is not None}
    restored = next(time for text, time in by_text.items() if text.startswith("retry limit restored"))
    assert restored.isoformat() == "2026-03-06T23:40:00+01:00"


def test_the_window_ends_at_the_recovery_not_at_its_announcement() -> None:
    document = from_markdown(REPORT)
    assert document.summary.end is not None
    assert document.summary.end.isoformat() == "2026-03-07T00:05:00+01:00"
