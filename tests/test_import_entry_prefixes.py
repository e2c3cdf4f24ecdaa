"""Words that lead a timeline entry but are not its text: a kind's label after the time, a sentence's
opening "Around 9:00 AM," — the label gives the kind, the opening gives the time, the entry is the rest."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown
from app.model import EventKind

ENTRIES = """\
# Printer queue jammed

On 14 March 2025 nobody could print.

## Timeline

- 09:05 - Detection: the help desk gets a third call about printing.
- 09:20 - **Misleading path:** we replaced the toner in the big printer.
- About 9:40 AM, someone noticed the spooler service had stopped.
- ~10:00 spooler restarted
"""


def test_a_kind_label_after_the_time_is_the_kind_and_not_the_text():
    events = from_markdown(ENTRIES).timeline
    assert (events[0].kind, events[0].text) == (EventKind.DETECTION, "the help desk gets a third call about printing.")
    assert (events[1].kind, events[1].text) == (EventKind.MISLEADING, "we replaced the toner in the big printer.")


def test_a_worded_approximate_time_opening_a_sentence_is_the_time_and_not_the_text():
    events = from_markdown(ENTRIES).timeline
    assert events[2].time == datetime(2025, 3, 14, 9, 40, tzinfo=UTC)
    assert events[2].text == "Someone noticed the spooler service had stopped."
    # A mark of approximation kept short, "~10:00", stays with the words it marks.
    assert events[3].text.startswith("~10:00")
