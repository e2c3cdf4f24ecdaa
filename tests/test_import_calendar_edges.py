"""Documents dated on the calendar's first or last day import whole: a step past the edge gives no time, never
a refused file.

A day before 1 January of year 1 or after 31 December 9999 cannot be held; a
reader asked for one (a T0 on the last day and "T+1h05m", a mail sent in the
first week that says "On Friday", "23:10 to 01:20" on the last day) leaves that
time out and keeps the words.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_read import read_markdown

# (document, words it must keep)
EDGE_DOCUMENTS = {
    "T0 on the last day": (
        "# Edge\n\n**T0** is 31 December 9999, 23:30 UTC\n\n**Impact window:** T-25m to T+1h05m\n\n"
        "## Timeline\n\n- T+1h05m — service back\n- T+45m — rollback started\n",
        "rollback started",
    ),
    "T0 on the first day": (
        "# Edge\n\nT0 = 0001-01-01 00:10 UTC\n\n## Timeline\n\n- T-25m — first alert\n- T+0 — paged\n",
        "first alert",
    ),
    "a mail sent in the first week": (
        "From: ops@example.org\nTo: all@example.org\nDate: Mon, 1 Jan 0001 10:00:00 +0000\nSubject: Outage\n\n"
        "On Friday the upload failed at 10:00.\n\nAt 11:00 it was fixed.\n",
        "it was fixed",
    ),
    "a downtime over the last midnight": ("# Edge\n\n**Downtime period:** 9999-12-31 2345 – 0120 hrs\n", "0120"),
    "a range over the last midnight": (
        "# Edge\n\n**Date:** 9999-12-31\n\nfrom 23:00 (the failed upload) until 01:40\n",
        "the failed upload",
    ),
    "an evening before the first day": (
        "# Edge\n\n## Timeline\n\n- 0001-01-01 10:00 UTC — start\n- The previous evening at 21:40 — a push\n"
        "- 21:40 the previous day: the same push\n",
        "the same push",
    ),
    "an outage past the last day": (
        "# Edge\n\n## Outage 1 — Friday 31 December 9999\n\n- 23:10 start\n- 01:00 the queue drained\n",
        "the queue drained",
    ),
    # An afternoon entry on the last day, then an earlier clock with no date: the "in the afternoon too?" check
    # had stepped twelve hours past year 9999 and the whole file was refused.
    "a clock after an afternoon on the last day": (
        "# Edge\n\n## Timeline\n\n- 9999-12-31 23:59 UTC-00:01 last entry\n- 14:30 a clock on its own\n",
        "a clock on its own",
    ),
}


@pytest.mark.parametrize(("text", "words"), EDGE_DOCUMENTS.values(), ids=EDGE_DOCUMENTS.keys())
def test_a_document_at_the_calendars_edge_imports_with_its_words(text: str, words: str) -> None:
    document, _ = read_markdown(text)
    assert words in document.model_dump_json()
