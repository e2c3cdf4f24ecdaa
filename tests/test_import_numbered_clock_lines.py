"""A chronology whose lines carry clause numbers before their clocks ("4.1  06:10 — …", "4.12 09:02 — …") gives
one event per line, at the line's clock, without the clause number."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

REPORT = """# Payroll export failed

## 4. Sequence of events

All times UTC, 19/03/2026.

4.1  06:10 — Nightly payroll export starts.
4.2  06:40 — Export aborts with a disk quota error.
4.3  07:55 — Finance reports the missing file; incident opened.
4.12 09:02 — Export re-run succeeds; incident closed.
"""


def test_each_numbered_line_is_an_event_at_its_clock() -> None:
    timeline = from_markdown(REPORT).timeline

    assert [event.time for event in timeline] == [
        datetime(2026, 3, 19, 6, 10, tzinfo=UTC),
        datetime(2026, 3, 19, 6, 40, tzinfo=UTC),
        datetime(2026, 3, 19, 7, 55, tzinfo=UTC),
        datetime(2026, 3, 19, 9, 2, tzinfo=UTC),
    ]
    assert timeline[1].text == "Export aborts with a disk quota error."
