"""An incident record copied as text from a service desk (ServiceNow, Jira Service Management, BMC Helix).

The record's fields are "Name:   value" lines lined up under the title, its work notes are entries headed by a
full timestamp and who wrote them, its sections are names alone on a line ending in a colon, and its tasks are
a table whose columns are split by pipes. A careful reader takes the work notes as the timeline, the
workaround as the resolution and the task table's rows as the follow-up tasks.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import TaskStatus

_RECORD = """INCIDENT RECORD
===============

Number:              INC0077120
Short description:   Warehouse label printers stopped printing in two depots
Priority:            2 - High
State:               Resolved
Assignment group:    Depot Systems
Opened:              2025-11-04 07:02:10 EET
Resolved:            2025-11-04 09:41:55 EET

Description:
Label printers in the Tampere and Oulu depots rejected every print job, so parcels
could not be labelled and left late.

Work notes (newest last):

2025-11-04 07:02:10 EET - Event Management (auto)
Print queue errors above threshold for TMP-PRN and OUL-PRN. Incident created.

2025-11-04 07:35:48 EET - Aino Virtanen
Restarted the print spooler on the depot server. No change.

2025-11-04 08:50:03 EET - Aino Virtanen
Printer firmware pushed overnight expects a new driver. Rolled back the firmware.

2025-11-04 09:41:55 EET - Jussi Laine
Both depots printing again. Incident resolved.

Workaround:
The firmware was rolled back on every depot printer; labels printed from 09:40.

Corrective actions:
Task        | Description                                   | Owner          | Due date   | State
PTASK0201   | Pin the printer firmware in the depot policy  | Aino Virtanen  | 2025-11-20 | Closed Complete
PTASK0202   | Test firmware against the label driver first  | Jussi Laine    | 2025-12-05 | Work in Progress
PTASK0203   | Alert when a depot prints nothing for 10 min  | Aino Virtanen  | 2025-12-19 | Open
"""


def test_work_notes_are_the_timeline_each_entry_at_its_timestamp():
    document = from_markdown(_RECORD)
    eet = timezone(timedelta(hours=2))
    assert [event.time for event in document.timeline] == [
        datetime(2025, 11, 4, 7, 2, 10, tzinfo=eet),
        datetime(2025, 11, 4, 7, 35, 48, tzinfo=eet),
        datetime(2025, 11, 4, 8, 50, 3, tzinfo=eet),
        datetime(2025, 11, 4, 9, 41, 55, tzinfo=eet),
    ]
    assert "Restarted the print spooler" in document.timeline[1].text
    assert "Aino Virtanen" in document.timeline[1].text  # who wrote the note stays with it


def test_the_workaround_is_the_resolution():
    document = from_markdown(_RECORD)
    assert document.root_cause.resolution.startswith("The firmware was rolled back on every depot printer")


def test_a_task_table_split_by_pipes_without_outer_pipes_gives_the_tasks_with_their_states():
    document = from_markdown(_RECORD)
    assert [(task.text, task.owner, str(task.due), task.status) for task in document.measures.tasks] == [
        (
            "Pin the printer firmware in the depot policy (Task: PTASK0201)",
            "Aino Virtanen",
            "2025-11-20",
            TaskStatus.DONE,
        ),
        (
            "Test firmware against the label driver first (Task: PTASK0202)",
            "Jussi Laine",
            "2025-12-05",
            TaskStatus.IN_PROGRESS,
        ),
        (
            "Alert when a depot prints nothing for 10 min (Task: PTASK0203)",
            "Aino Virtanen",
            "2025-12-19",
            TaskStatus.OPEN,
        ),
    ]
    assert document.measures.improvements == []


def test_a_tracker_s_follow_ups_table_titles_its_tasks():
    document = from_markdown(
        "# Search outage\n\n## Follow-ups\n\n| Title | Assignee | Due | Status |\n|---|---|---|---|\n"
        "| Cap the reindex batch size | Lea Moreau | Jun 2, 2025 | To do |\n"
        "| Page on index lag | Omar Haddad | | In review |\n"
    )
    assert [(task.text, task.owner, task.status) for task in document.measures.tasks] == [
        ("Cap the reindex batch size", "Lea Moreau", TaskStatus.OPEN),
        ("Page on index lag", "Omar Haddad", TaskStatus.IN_PROGRESS),
    ]


def test_two_shell_pipelines_in_a_row_stay_as_written():
    text = "# Disk full\n\nWe ran:\nfind /var | sort | head\ndu -sh /var | sort | tail\n"
    document = from_markdown(text)
    assert "find /var | sort | head\ndu -sh /var | sort | tail" in document.introduction


def test_follow_ups_led_by_their_status_in_brackets_are_tasks_with_that_status():
    document = from_markdown(
        "Pager export\n============\n\nNote: dates in this export use DD/MM/YYYY.\n\n"
        "Postmortem notes\n----------------\nFollow-up actions:\n"
        "  [DONE]  Drop the default instance size from the module (Lena Fox, 09/06/2026)\n"
        "  [OPEN]  Alert on the pool's wait time (Omar Haddad, 30/06/2026)\n"
    )
    assert [(task.text, task.owner, str(task.due), task.status) for task in document.measures.tasks] == [
        ("Drop the default instance size from the module", "Lena Fox", "2026-06-09", TaskStatus.DONE),
        ("Alert on the pool's wait time", "Omar Haddad", "2026-06-30", TaskStatus.OPEN),
    ]


def test_a_single_line_led_by_a_status_in_brackets_stays_as_written():
    document = from_markdown("# Notes\n\n[OPEN] questions for the vendor are in the shared doc.\n")
    assert document.introduction == "[OPEN] questions for the vendor are in the shared doc."


def test_a_record_headed_by_its_kind_is_titled_by_its_short_description():
    document = from_markdown(_RECORD)
    assert document.metadata.title == "Warehouse label printers stopped printing in two depots"
    assert document.metadata.severity == "SEV2"
    assert document.introduction.startswith("INCIDENT RECORD\n\nNumber:")  # the heading's words stay


def test_an_alerting_tool_s_incident_line_gives_the_title_and_its_tag_the_severity():
    document = from_markdown(
        "PagerTool Incident Report\n=========================\n\n"
        "Incident #812  [P1]  Payments API timeouts in us-east-1\nStatus: Resolved\n\n"
        "Description\n-----------\nCard payments timed out for 25 minutes.\n"
    )
    assert document.metadata.title == "Payments API timeouts in us-east-1"
    assert document.metadata.severity == "SEV1"
    assert "Incident #812  [P1]" in document.introduction


def test_a_summary_label_under_a_generic_title_stays_the_summary():
    document = from_markdown("# Incident Report\n\nSummary: checkout was down for twenty minutes\n")
    assert document.metadata.title == "Incident Report"


_TOOL_TIMELINE = """# INC-77: Search latency

Declared on Feb 2, 2026.

## Timeline

Times shown in Europe/Berlin (GMT+1).

| Time | Type | Author | Content |
|---|---|---|---|
| Feb 2, 10:02 | Monitor | Datadog | Monitor `search p95 > 1s` triggered. |
| Feb 2, 10:20 | Note | Lea Moreau | Escalated to the storage team. |
| Feb 2, 10:45 | Status change | Lea Moreau | Resolved. |
"""


def test_an_incident_tool_s_timeline_table_reads_each_entry_s_content_and_its_kind_from_it():
    document = from_markdown(_TOOL_TIMELINE)
    assert [event.text for event in document.timeline] == [
        "Monitor `search p95 > 1s` triggered. (Author: Datadog) (Type: Monitor)",
        "Escalated to the storage team. (Author: Lea Moreau) (Type: Note)",
        "Resolved. (Author: Lea Moreau) (Type: Status change)",
    ]
    # The tool's "Note" is its kind of entry, not the report's: the entry says it was an escalation.
    assert document.timeline[1].kind.value == "escalation"


def test_a_summary_asking_why_and_how_it_was_resolved_gives_the_cause_resolution_and_impact():
    document = from_markdown(
        "# IR-51: Upload errors\n\n## Summary\n\n**What happened?**\nUploads failed for an hour.\n\n"
        "**Why did it happen?**\nA certificate expired on the storage proxy.\n\n"
        "**How was it resolved?**\nThe certificate was renewed and the proxy reloaded.\n\n"
        "**Customer impact**\nAbout 4% of uploads failed.\n"
    )
    assert document.root_cause.cause == "A certificate expired on the storage proxy."
    assert document.root_cause.resolution == "The certificate was renewed and the proxy reloaded."
    assert document.summary.impact == "About 4% of uploads failed."
    assert "Uploads failed for an hour." in document.introduction


def test_a_resolution_labelled_in_a_notes_section_is_the_resolution():
    document = from_markdown(
        "# Payments API timeouts\n\n## Timeline\n\n- 10:00 UTC alert fired\n\n## Postmortem notes\n\n"
        "Root cause: the pool size was copied from the staging module.\n\n"
        "Resolution: traffic moved to the primary, then the pool was resized.\n"
    )
    assert document.root_cause.resolution == "traffic moved to the primary, then the pool was resized."
    assert "Resolution: traffic moved" in document.extra_sections[0].body  # the notes stay as written


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "text",
    [
        "Corrective actions:\nTask | Description | Owner | State\n" + "T1 | Fix it | Ana Lima | Open\n" * 5_000,
        "Corrective actions:\nTask | Description | Owner | State\n" + "a | b | c\n" * 30_000,
        "Follow-up actions:\n" + "  [DONE]  Fix it (Ana Lima)\n" * 5_000,
        "Follow-up actions:\n" + "[DONE] x\n[x]\n" * 30_000,
        "Incident #1 [P2] " + "a " * 100_000 + "\n",
    ],
    ids=["many task rows", "many rows of a wrong width", "many marked tasks", "marks and brackets", "a long line"],
)
def test_hostile_records_are_read_in_one_pass(text):
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document


def test_wip_in_a_status_column_is_work_in_progress():
    document = from_markdown(
        "# Quota outage\n\n## Action items\n\n| Action | Owner | Status |\n|---|---|---|\n"
        "| Canary the pushes | kim | WIP |\n"
    )
    assert document.measures.tasks[0].status is TaskStatus.IN_PROGRESS
