"""A window the summary states in one sentence ("exports stalled from 09:10 CET; queue drained by 11:25 CET") is the
incident's, over the first and last timeline entries (an all-clear posted later, a check hours after)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

CET = timezone(timedelta(hours=1))

STATED = """\
# Post-incident review: report exports stuck (3 February 2026)

## Summary

Impact: about 900 scheduled exports were late.
Exports stalled from 09:10 CET; queue drained by 11:25 CET.

## Timeline

All times CET, 3 February 2026.

- **09:04** Export worker release rolls out.
- **09:20** Queue alert fires; on-call starts looking.
- **10:40** Release rolled back.
- **11:40** All-clear posted in the incident channel.
"""


def test_the_sentence_s_window_beats_the_timeline_s_first_and_last_entries() -> None:
    summary = from_markdown(STATED).summary
    assert summary.start == datetime(2026, 2, 3, 9, 10, tzinfo=CET)
    assert summary.end == datetime(2026, 2, 3, 11, 25, tzinfo=CET)


def test_a_sentence_with_two_times_but_no_start_and_end_words_changes_nothing() -> None:
    said = STATED.replace(
        "Exports stalled from 09:10 CET; queue drained by 11:25 CET.", "Alerts at 09:50 CET, a call at 10:00 CET."
    )
    unsaid = STATED.replace("Exports stalled from 09:10 CET; queue drained by 11:25 CET.", "")
    summary, without = from_markdown(said).summary, from_markdown(unsaid).summary
    assert (summary.start, summary.end) == (without.start, without.end)
