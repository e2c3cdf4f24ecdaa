"""An After Action Review's "Sustain:" list beside its "Improve:" list is no work to do.

"What do we sustain, what do we improve?" answers with two labelled lists: what went right and should be kept,
and what to change. A reader files the second as improvements and leaves the first where it was written; the
actions table after them is the tasks, each with its own owner and due date.
"""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown

REVIEW = """# After-Action Review: parcel labels printed blank

**Severity:** SEV3

## 1. What happened?

The label printers in the Leeds depot printed blank labels for two hours after a driver update.

## 2. What do we sustain, what do we improve?

Sustain:
- The depot lead switched to hand-written labels within ten minutes.
- Support answered every driver call the same morning.

Improve:
- Driver updates should reach one printer before all of them.

## 3. Actions

| Action | Owner | Due |
|--------|-------|-----|
| Stage printer driver updates by depot | Farah Kessler | 2026-05-04 |
| Keep a spare printer on the old driver | Otto Lindqvist | 2026-05-11 |
"""


def test_what_to_sustain_is_not_read_as_tasks() -> None:
    document = from_markdown(REVIEW)
    tasks = [(task.text, task.owner, task.due) for task in document.measures.tasks]
    assert tasks == [
        ("Stage printer driver updates by depot", "Farah Kessler", date(2026, 5, 4)),
        ("Keep a spare printer on the old driver", "Otto Lindqvist", date(2026, 5, 11)),
    ]
    assert document.measures.improvements == ["Driver updates should reach one printer before all of them."]


def test_what_to_sustain_stays_in_the_review() -> None:
    document = from_markdown(REVIEW)
    kept = "\n".join(section.body for section in document.extra_sections)
    assert "hand-written labels within ten minutes" in kept
