"""A plain-text report whose labels a PDF or text export set off with double dashes ("--Impact--:"): each is the
label it stands for, so the summary's parts, the timeline's kinds and the measures are read as under "Impact:"."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind

REPORT = """\
Postmortem: Payroll export outage
Issue Summary:
Start Time: 2024-02-06 08:00 EAT
End Time: 2024-02-06 09:10 EAT

--Impact--:
● Payroll clerks could not export the month's payslips for seventy minutes.

--Root Cause--:
● An expired database password on the export worker.

--Timeline--:
--Detection Time--:
2024-02-06 08:00 EAT
● A clerk phoned the help desk: every export failed.

--Actions Taken--:
● The help desk restarted the export worker.

--Misleading Investigation/Debugging Paths--:
● We first blamed the new payslip template.

--Corrective and Preventative Measures--:
--Tasks to Address the Issue--:
● Alert a week before the worker's password expires.
● Keep the password in the secrets vault.
"""

EAST_AFRICA = timezone(timedelta(hours=3))


def test_dashed_labels_are_read_as_the_labels_they_stand_for() -> None:
    document = from_markdown(REPORT)
    assert document.summary.start == datetime(2024, 2, 6, 8, 0, tzinfo=EAST_AFRICA)
    assert "could not export" in document.summary.impact
    assert "expired database password" in document.summary.root_cause + document.root_cause.cause
    kinds = {event.text: event.kind for event in document.timeline}
    assert kinds["The help desk restarted the export worker."] is EventKind.ACTION
    assert kinds["We first blamed the new payslip template."] is EventKind.MISLEADING
    measures = [*document.measures.improvements, *(task.text for task in document.measures.tasks)]
    assert measures == ["Alert a week before the worker's password expires.", "Keep the password in the secrets vault."]
    assert "--" not in document.summary.impact


def test_a_line_of_dashes_or_a_flag_is_no_label() -> None:
    text = "# Notes\n\n## Timeline\n\n- 10:00 ran `sync --dry-run--`\n\n----\n\n-- signed, ops --x\n"
    document = from_markdown(text)
    assert "--dry-run--" in document.timeline[0].text
