"""Follow-ups a team's report writes outside a list named as the tasks.

A "Follow-up issues" section over a table of the issues opened ("| Issue | Raised by | Outcome |", each issue
"#12 — its title"), and a "Lessons learned" section whose paragraphs are led by "**TODO**" or "**DONE**": a
careful reader files both as tasks, and keeps the lessons' other words as the closing notes.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import TaskStatus

ISSUES = """# Nightly export stopped silently

## Summary

The nightly export job failed for four days without anyone noticing.

## Root cause

The job's role lacked write access to the archive bucket.

## Follow-up issues

| Issue | Raised by | Outcome |
|---|---|---|
| #12 — alarm on handled errors in the job log | the review | Done in PR #15 |
| #13 — audit the role's permissions after each deploy | the review | Open |
"""

LESSONS = """# 2024-05-02 Build server down

## What happened

The disk filled up with old artefacts and the build service stopped.

## Lessons learned

Keeping an eye on the disk graph would have warned us a day earlier.

**DONE**: Maya added the build dashboard to the uptime checks.

**TODO**: we need an alert on the build service's state, so that it is restarted before anyone notices.
A systemd exporter would give us that.

**TODO** the artefact cleanup should run every night, not every week.
"""


def test_a_follow_up_issues_table_lists_the_tasks() -> None:
    tasks = from_markdown(ISSUES).measures.tasks
    assert len(tasks) == 2
    assert "alarm on handled errors in the job log" in tasks[0].text
    assert "audit the role's permissions" in tasks[1].text
    assert [task.link for task in tasks] == ["#12", "#13"]


def test_status_led_paragraphs_among_the_lessons_are_tasks() -> None:
    document = from_markdown(LESSONS)
    tasks = document.measures.tasks
    assert [task.status for task in tasks] == [TaskStatus.DONE, TaskStatus.OPEN, TaskStatus.OPEN]
    assert tasks[0].text.startswith("Maya added the build dashboard")
    assert tasks[1].text.endswith("A systemd exporter would give us that.")
    assert tasks[2].text.startswith("the artefact cleanup should run")
    assert document.closing_notes == "Keeping an eye on the disk graph would have warned us a day earlier."


def test_one_done_line_among_the_lessons_stays_a_lesson() -> None:
    one = LESSONS.split("**TODO**:")[0]
    document = from_markdown(one)
    assert document.measures.tasks == []
    assert "Maya added the build dashboard" in document.closing_notes


STATUS_LABELS = """# Pool drained

## Summary

On 2 May 2024 the pool was drained by a bad price feed.

## Remediation

Completed:

- Pool halted.
- Price feed replaced with a second source.

Planned:

- Add a circuit breaker on price moves.
"""


def test_a_status_label_over_a_list_gives_its_tasks_that_status() -> None:
    tasks = from_markdown(STATUS_LABELS).measures.tasks
    assert [(task.text, task.status) for task in tasks] == [
        ("Pool halted.", TaskStatus.DONE),
        ("Price feed replaced with a second source.", TaskStatus.DONE),
        ("Add a circuit breaker on price moves.", TaskStatus.OPEN),
    ]
