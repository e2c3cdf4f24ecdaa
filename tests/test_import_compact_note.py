"""A short note with no headings (and often no blank lines) read as a reader gets it: the run of
time-led lines is the timeline, the labelled lines the parts they name, a TODO line a task."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.formats.markdown_import import read_markdown
from app.model import EventKind

TIGHT = """# Postmortem: print server down 25 minutes
Tue 9 Apr 2024, 13:05–13:30 UTC. Nobody on the second floor could print (about 40 people).
Cause: the spool folder on print-02 filled the disk.
- 13:05 Helpdesk ticket: printers show "offline"
- 13:11 Noor logs in, finds the disk full
- 13:20 Cleared the spool folder, restarted the spooler
- 13:30 Printing works again
TODO: put the spool folder on its own volume (Noor, 2024-04-30)
Lesson: the disk had no alert. It has one now, at 80%.
"""

# The same note with blank lines between its parts, bold times and "*" bullets.
SPACED = """# Print server down

Tue 9 Apr 2024, 13:05–13:30 UTC. Nobody on the second floor could print.

Cause: the spool folder on print-02 filled the disk.

* **13:05** Helpdesk ticket: printers show "offline"
* **13:11** Noor logs in, finds the disk full
* **13:20** Cleared the spool folder, restarted the spooler
* **13:30** Printing works again

TODO: put the spool folder on its own volume (Noor, 2024-04-30)

Lessons: the disk had no alert. It has one now, at 80%.
"""

# A first plain line as the title, times without bullets, a follow-up label.
PLAIN = """Print server outage, 9 April 2024
All times UTC. Nobody on the second floor could print.
Root cause: the spool folder on print-02 filled the disk.
13:05 monitoring alert: printers offline
13:11 Noor logs in, finds the disk full
13:20 cleared the spool folder, restarted the spooler
13:30 printing works again
Follow-up: put the spool folder on its own volume (Noor, 2024-04-30)
"""


@pytest.mark.parametrize("text", [TIGHT, SPACED, PLAIN], ids=["no blank lines", "spaced, bold times", "plain"])
def test_a_short_note_gives_a_timeline_a_cause_and_a_task(text: str) -> None:
    draft, _ = read_markdown(text)
    assert [event.time for event in draft.timeline] == [
        datetime(2024, 4, 9, 13, minute, tzinfo=UTC) for minute in (5, 11, 20, 30)
    ]
    assert draft.timeline[-1].kind is EventKind.RESOLUTION
    assert draft.summary.start == datetime(2024, 4, 9, 13, 5, tzinfo=UTC)
    assert draft.summary.end == datetime(2024, 4, 9, 13, 30, tzinfo=UTC)
    assert "spool folder on print-02 filled the disk" in draft.summary.root_cause + draft.root_cause.cause
    [task] = draft.measures.tasks
    assert "own volume" in task.text
    assert (task.owner, task.due) == ("Noor", date(2024, 4, 30))
    assert "13:11" not in draft.introduction


@pytest.mark.parametrize("text", [TIGHT, SPACED], ids=["no blank lines", "spaced"])
def test_a_short_note_s_lesson_is_its_closing_note(text: str) -> None:
    draft, notes = read_markdown(text)
    assert draft.closing_notes == "the disk had no alert. It has one now, at 80%."
    assert not any("heading" in note for note in notes)  # the user wrote no heading to be told about


def test_a_note_with_headings_of_its_own_is_read_by_its_headings() -> None:
    text = "# Print server down\n\n## What we saw\n\n- 13:05 ticket\n- 13:30 printing works again\n"
    draft, _ = read_markdown(text)
    assert draft.extra_sections or "13:05" in draft.introduction or len(draft.timeline) == 2
    assert not any(section.heading == "Timeline" for section in draft.extra_sections)


def test_a_single_time_in_a_short_note_is_not_a_timeline() -> None:
    text = "# Print server down\nAt 13:05 printing stopped.\n- 13:30 printing works again\nCause: a full disk.\n"
    draft, _ = read_markdown(text)
    assert draft.timeline == []
    assert "13:30 printing works again" in draft.introduction


# Plain-text parts named on lines of their own ("2. Timeline", "3. Root cause"): the note has its parts,
# and each keeps what it holds.
NUMBERED = """PRINT SERVER REPORT
Print server down on the second floor

1. Summary
Between 13:05 and 13:30 UTC on 9 April 2024 nobody on the second floor could print.

2. Timeline (all times UTC)
13:05  Monitoring alert: printers offline.
13:30  Printing works again.

3. Root cause
The spool folder on print-02 filled the disk.

4. Corrective actions
a. Put the spool folder on its own volume - Noor Haddad - 30.04.2024
"""


def test_a_plain_note_with_numbered_part_names_keeps_its_parts() -> None:
    draft, _ = read_markdown(NUMBERED)
    assert draft.root_cause.cause == "The spool folder on print-02 filled the disk."
    assert [task.owner for task in draft.measures.tasks] == ["Noor Haddad"]
    assert len(draft.timeline) == 2
