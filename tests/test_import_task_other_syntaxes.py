"""Follow-ups written in other markups and layouts keep their owner, due date and status: reStructuredText's
"-- owner: … -- due: …" segments, Org's TODO headings with DEADLINE and a property drawer, a ticket export's
"KEY-1: …. Owner: …. Done.", an action-items table under its own heading after an "Improvements" heading, and a
short note's closing "todo:" line.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import TaskStatus


def _tasks(text: str) -> list[tuple[str, str, date | None, str]]:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document
    return [(task.text, task.owner, task.due, task.status.value) for task in document.measures.tasks]


_RST = """==========================
Cache stampede on checkout
==========================

:Date: 2025-02-03
:Authors: Lena Kraft

Summary
=======

The product cache expired all at once and the database saturated.

Follow-up actions
=================

{items}
"""


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            "* Jitter the cache expiry -- owner: Lena Kraft -- due: 2025-02-14\n"
            "* Add a saturation alert -- owner: Tomasz Wilk -- done",
            [
                ("Jitter the cache expiry", "Lena Kraft", date(2025, 2, 14), "open"),
                ("Add a saturation alert", "Tomasz Wilk", None, "done"),
            ],
        ),
        (
            "- Warm the cache before deploys -- owner: Priya Nair -- due: 2025-03-01 -- status: in progress\n"
            "- Cap connections per pod -- status: done -- owner: Tomasz Wilk",
            [
                ("Warm the cache before deploys", "Priya Nair", date(2025, 3, 1), "in progress"),
                ("Cap connections per pod", "Tomasz Wilk", None, "done"),
            ],
        ),
        (
            "1. Document the stampede in the runbook -- assignee: Lena Kraft -- deadline: 2025-02-21",
            [("Document the stampede in the runbook", "Lena Kraft", date(2025, 2, 21), "open")],
        ),
    ],
)
def test_restructuredtext_tasks_give_owner_due_and_status_written_between_double_hyphens(items, expected) -> None:
    assert _tasks(_RST.format(items=items)) == expected


def test_a_double_hyphen_inside_a_tasks_words_stays_in_its_text() -> None:
    [task] = _tasks(_RST.format(items="* Drop the --force flag -- from the deploy script"))
    assert task == ("Drop the --force flag -- from the deploy script", "", None, "open")


_ORG = """#+TITLE: Nightly export skipped
#+DATE: <2025-01-20 Mon>

* Summary
The nightly export job was skipped for three nights.

* Follow-ups
{tasks}

* Closing words
We now check the export every morning.
"""


@pytest.mark.parametrize(
    ("tasks", "expected"),
    [
        (
            "** TODO Fail the job when the export is empty\n"
            "   DEADLINE: <2025-01-31 Fri>\n"
            "   :PROPERTIES:\n"
            "   :OWNER:    Keiko Mori\n"
            "   :END:\n"
            "** TODO Page when no export lands by 06:00\n"
            "   :PROPERTIES:\n"
            "   :OWNER: Dmitri Volkov\n"
            "   :END:\n"
            "   DEADLINE: <2025-02-07 Fri>",
            [
                ("Fail the job when the export is empty", "Keiko Mori", date(2025, 1, 31), "open"),
                ("Page when no export lands by 06:00", "Dmitri Volkov", date(2025, 2, 7), "open"),
            ],
        ),
        (
            "** DONE Re-run the three missed exports\n"
            "   CLOSED: [2025-01-21 Tue 09:10]\n"
            "   :PROPERTIES:\n"
            "   :ASSIGNEE: Keiko Mori\n"
            "   :END:",
            [("Re-run the three missed exports (closed 2025-01-21 09:10)", "Keiko Mori", None, "done")],
        ),
    ],
)
def test_org_tasks_take_their_deadline_and_the_owner_in_their_property_drawer(tasks, expected) -> None:
    document = from_markdown(_ORG.format(tasks=tasks))
    assert [(t.text, t.owner, t.due, t.status.value) for t in document.measures.tasks] == expected
    # Nothing of the tasks is left under a second heading of the same name, cut off from them.
    assert document.extra_sections == []
    assert ":PROPERTIES:" not in to_markdown(document) and ":END:" not in to_markdown(document)


def test_an_org_drawer_property_the_task_has_no_field_for_is_kept() -> None:
    document = from_markdown(
        _ORG.format(tasks="** TODO Split the export\n   :PROPERTIES:\n   :EFFORT: 2d\n   :OWNER: Keiko Mori\n   :END:")
    )
    [task] = document.measures.tasks
    assert (task.text, task.owner) == ("Split the export", "Keiko Mori")
    assert "Effort: 2d" in to_markdown(document)


_TICKETS = """# Connection pool exhausted

**Date:** 12/02/2025

## Summary

The API ran out of database connections during the sale.

## Corrective actions

{lines}
"""


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "- OPS-311: Raise the pool limit. Owner: Mele Tupou. Done.\n"
            "- OPS-312: Alert when the pool is 90% used. Owner: Mele Tupou. Status: in progress.",
            [
                ("OPS-311: Raise the pool limit.", "Mele Tupou", None, "done"),
                ("OPS-312: Alert when the pool is 90% used.", "Mele Tupou", None, "in progress"),
            ],
        ),
        (
            "- DB-88: Release connections on timeout. Assignee: Rafael Costa. Due: 2025-03-10. Closed.",
            [("DB-88: Release connections on timeout.", "Rafael Costa", date(2025, 3, 10), "done")],
        ),
    ],
)
def test_a_ticket_line_gives_its_owner_and_a_status_written_as_a_sentence_of_its_own(lines, expected) -> None:
    assert _tasks(_TICKETS.format(lines=lines)) == expected


def test_a_last_sentence_saying_done_without_a_labelled_detail_stays_the_authors() -> None:
    [task] = _tasks(_TICKETS.format(lines="- We rolled the pool change back. Done."))
    assert task == ("We rolled the pool change back. Done.", "", None, "open")


_AFTER_IMPROVEMENTS = """# Login loop after certificate rotation

**Date:** 03/04/2025

## Summary

Users were sent round a redirect loop for 40 minutes.

## {improvements}

- Certificate rotations should reach every identity provider at once.
- Redirect loops should page someone.

## {tasks}

{body}
"""

_TABLE = """| Action | Owner | Due | Ticket |
|---|---|---|---|
| Script the rotation | Ayumi Kato | 04/18/2025 | SEC-90 |
| Alert on redirect loops | Jonas Berg | 04/25/2025 | SEC-91 |"""


@pytest.mark.parametrize(
    ("improvements", "tasks"),
    [
        ("Improvements", "Action Items"),
        ("Preventive measures", "Follow-up actions"),
        ("Improvements", "Corrective actions"),
    ],
)
def test_an_action_items_table_under_its_own_heading_after_the_improvements_gives_the_tasks(
    improvements, tasks
) -> None:
    document = from_markdown(_AFTER_IMPROVEMENTS.format(improvements=improvements, tasks=tasks, body=_TABLE))
    assert document.measures.improvements == [
        "Certificate rotations should reach every identity provider at once.",
        "Redirect loops should page someone.",
    ]
    assert [(t.text, t.owner, t.due, t.link) for t in document.measures.tasks] == [
        ("Script the rotation", "Ayumi Kato", date(2025, 4, 18), "SEC-90"),
        ("Alert on redirect loops", "Jonas Berg", date(2025, 4, 25), "SEC-91"),
    ]
    assert document.extra_sections == []


def test_an_action_items_list_after_the_improvements_gives_the_tasks() -> None:
    body = "- Script the rotation (owner: Ayumi Kato, due 2025-04-18)\n- Alert on redirect loops"
    document = from_markdown(_AFTER_IMPROVEMENTS.format(improvements="Improvements", tasks="Action items", body=body))
    assert len(document.measures.improvements) == 2
    assert [(t.text, t.owner) for t in document.measures.tasks] == [
        ("Script the rotation", "Ayumi Kato"),
        ("Alert on redirect loops", ""),
    ]
    assert document.extra_sections == []


@pytest.mark.parametrize(
    ("todo", "expected"),
    [
        ("todo: alert on the scanner's queue - Nils, by fri 7 mar", ("alert on the scanner's queue", "Nils")),
        ("TODO: alert on the scanner's queue - Nils, by 7 mar", ("alert on the scanner's queue", "Nils")),
        ("Action: alert on the scanner's queue (Nils, 2025-03-07)", ("alert on the scanner's queue", "Nils")),
    ],
)
def test_a_short_notes_closing_todo_line_is_a_task_with_its_owner_and_due_date(todo, expected) -> None:
    note = (
        "scanner down, mon 3 mar 2025\n\n"
        "Around ten the office scanner stopped sending mail. Nils noticed at half past ten. "
        "The mail relay had rejected its password since a rotation. Scanning was back by noon. "
        "About a dozen people could not scan for two hours.\n"
        f"{todo}\n"
    )
    document = from_markdown(note)
    [task] = document.measures.tasks
    assert (task.text, task.owner, task.due, task.status) == (*expected, date(2025, 3, 7), TaskStatus.OPEN)
    # The line is neither left in the story nor glued onto its last sentence.
    assert "alert on the scanner" not in document.introduction
    assert all("alert on the scanner" not in event.text for event in document.timeline)
    assert "dozen people" in document.summary.impact


def test_a_short_note_that_is_only_todo_lines_stays_as_written() -> None:
    document = from_markdown("printer notes\n\ntodo: buy toner\ntodo: call the vendor\n")
    assert document.measures.tasks == []
    assert "buy toner" in document.introduction


_ESSAY = """# The night the thumbnails went blank

*Written by the media team.*

## What happened

On 9 May 2025 the thumbnail service returned empty images for two hours. Marisol, on call, restarted the
workers at 21:40 and nothing changed. Kofi Mensah found the cause: a config flag flipped by the release.

## What we're changing

{paragraphs}
"""


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "We are adding a check that renders one thumbnail after each release. Kofi Mensah will own it and "
            "aims to have it done by June 6, 2025.",
            ("We are adding a check that renders one thumbnail after each release.", "Kofi Mensah", date(2025, 6, 6)),
        ),
        (
            "Marisol will also write the flag's story into the runbook by 2025-05-30.",
            ("Marisol will also write the flag's story into the runbook by 2025-05-30.", "Marisol", date(2025, 5, 30)),
        ),
        (
            "Release flags will get an owner each. Kofi Mensah will take this on.",
            ("Release flags will get an owner each.", "Kofi Mensah", None),
        ),
    ],
)
def test_a_changes_paragraph_naming_who_will_do_it_is_a_task_with_its_owner_and_due_date(paragraph, expected) -> None:
    body = f"{paragraph}\n\nWe also want flags reviewed with the release they ship in."
    document = from_markdown(_ESSAY.format(paragraphs=body))
    assert [(t.text, t.owner, t.due) for t in document.measures.tasks] == [expected]
    assert document.measures.improvements == ["We also want flags reviewed with the release they ship in."]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Thumbnails will be checked after each release.",  # nobody named
        "Postgres will get a dedicated replica for the renderer.",  # a product, not a person of the story
        "We will add a render check, and the team will review flags.",
    ],
)
def test_a_changes_paragraph_naming_nobody_stays_an_improvement(paragraph) -> None:
    document = from_markdown(_ESSAY.format(paragraphs=paragraph))
    assert document.measures.tasks == []
    assert document.measures.improvements == [paragraph]
