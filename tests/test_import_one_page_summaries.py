"""A one-page summary for management, and a wiki template typed by hand, import into the editor's fields.

A summary for the board lists its times under "Key moments" and writes each follow-up's owner, due date
and status on the item's line: "… (Owner: Priya Nair, by 15/06/2026) — in progress". A template filled in
by hand may lose the space after a heading's marks ("##Timeline"); a reader still sees the heading.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.formats.markdown_import import from_markdown
from app.model import TaskStatus

BOARD_NOTE = """# Board note — Card payments declined at the tills

**Prepared by:** Marcus Hale
**Severity:** P2

## Key moments (BST)

- 8:05am - payment gateway starts refusing card payments
- 8:20am - alert on decline rate pages the on-call engineer
- 9:45am - gateway configuration restored, payments back to normal
- 10:30am - stores told that card payments work again

## Next steps

- Review the gateway's change process (Owner: Priya Nair, by 15/06/2026) — in progress
- Alert on decline rates per store (Owner: Priya Nair, by 01/06/2026) — done
- Add the gateway to the leavers' handover list (Owner: Tom Reyes, HR, by 30/06/2026) — not started
- Read the vendor's notes (see the runbook) — done
"""


def test_times_listed_under_key_moments_are_the_timeline() -> None:
    document = from_markdown(BOARD_NOTE)
    texts = [event.text for event in document.timeline]
    assert texts == [
        "payment gateway starts refusing card payments",
        "alert on decline rate pages the on-call engineer",
        "gateway configuration restored, payments back to normal",
        "stores told that card payments work again",
    ]
    assert document.timeline[0].time is not None and document.timeline[0].time.hour == 8


@pytest.mark.parametrize("name", ["Key events", "Key times (UTC)", "Main events"])
def test_other_names_for_the_key_moments(name: str) -> None:
    times = "- 14:05 - disk fills on the primary\n- 14:40 - old logs removed\n"
    note = f"# Note\n\n**Date:** 3 May 2026\n\n## {name}\n\n{times}"
    assert [event.text for event in from_markdown(note).timeline] == ["disk fills on the primary", "old logs removed"]


def test_a_status_after_the_details_group_is_the_tasks_status() -> None:
    tasks = from_markdown(BOARD_NOTE).measures.tasks
    assert [task.text for task in tasks[:3]] == [
        "Review the gateway's change process",
        "Alert on decline rates per store",
        "Add the gateway to the leavers' handover list",
    ]
    assert [task.status for task in tasks[:3]] == [TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.OPEN]
    assert [task.due for task in tasks[:3]] == [date(2026, 6, 15), date(2026, 6, 1), date(2026, 6, 30)]
    assert tasks[0].owner == "Priya Nair"
    assert tasks[2].owner == "Tom Reyes (HR)"


def test_a_group_with_other_words_keeps_the_status_in_the_text() -> None:
    task = from_markdown(BOARD_NOTE).measures.tasks[3]
    assert task.text == "Read the vendor's notes (see the runbook) — done"
    assert task.owner == ""


TEMPLATE = """# Postmortem: INC-88 Slow search

## Incident summary

Search was slow for an hour on 2 Apr 2026.

##Timeline

| Activity | Time (UTC) |
|---|---|
| Index rebuild starts. | 14:02 |
| Search latency alert fires. | 14:10 |
| Rebuild paused, latency back to normal. | 15:05 |

## Root cause

The rebuild ran at peak hours.

##inc-88 channel notes
"""


def test_a_heading_typed_without_its_space_still_heads_its_section() -> None:
    document = from_markdown(TEMPLATE)
    assert [event.text for event in document.timeline] == [
        "Index rebuild starts.",
        "Search latency alert fires.",
        "Rebuild paused, latency back to normal.",
    ]
    assert [event.time.minute for event in document.timeline if event.time] == [2, 10, 5]
