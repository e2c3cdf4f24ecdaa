"""Who owns a follow-up and when it is due, in the other forms people write them: a date without its year
("by 4/12", "by Friday"), a chat handle between dashes, "done" with the day it was done, minutes' "Sam to …",
details in square brackets, "assigned to", a labelled date closing the line.

Each test opens a small document dated by a "Date:" line and checks the task list a user then sees.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import TaskStatus

_PEOPLE = "Present: Tomás Ruiz, Hana Sato, Omar Haddad, Ines, Marek, Bruno and Wen Li."


def _tasks(body: str, day: str = "2024-04-03") -> list[tuple[str, str, date | None]]:
    document = from_markdown(
        f"# Queue stalled\n\n**Date:** {day}\n\n{_PEOPLE}\n\n## Summary\n\nThe queue stalled.\n\n"
        f"## Action items\n\n{body}\n"
    )
    assert from_markdown(to_markdown(document)) == document
    return [(task.text, task.owner, task.due) for task in document.measures.tasks]


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("- Alert on queue age (Tomás Ruiz, by 4/12)", ("Alert on queue age", "Tomás Ruiz", date(2024, 4, 12))),
        (
            "a. Page on stalled consumers (Hana Sato, 4/30)",
            ("Page on stalled consumers", "Hana Sato", date(2024, 4, 30)),
        ),
        ("- Shorten the lease (owner: Wen Li, due 5/2)", ("Shorten the lease", "Wen Li", date(2024, 5, 2))),
        ("- Add a runbook entry — Omar Haddad — by 4/19", ("Add a runbook entry", "Omar Haddad", date(2024, 4, 19))),
        # The first number over twelve: the day comes first.
        ("- Alert on queue age (Tomás Ruiz, by 25/04)", ("Alert on queue age", "Tomás Ruiz", date(2024, 4, 25))),
    ],
)
def test_a_slashed_due_date_without_its_year_falls_after_the_incidents_day(line, task):
    assert _tasks(line) == [task]


def test_a_slashed_due_date_before_the_incidents_day_is_next_years():
    assert _tasks("- Renew the certificate (Hana Sato, by 1/8)", day="2023-12-20") == [
        ("Renew the certificate", "Hana Sato", date(2024, 1, 8))
    ]


def test_a_slashed_due_date_reads_day_first_in_a_document_that_writes_its_dates_so():
    assert _tasks("- Renew the certificate (Hana Sato, by 05/04)", day="28/03/2024") == [
        ("Renew the certificate", "Hana Sato", date(2024, 4, 5))
    ]


@pytest.mark.parametrize(
    ("line", "day", "due"),
    [
        # 2024-04-03 is a Wednesday: the Friday after it.
        ("- Add the alert (Hana Sato, by Friday)", "2024-04-03", date(2024, 4, 5)),
        ("- Add the alert — due Fri", "2024-04-03", date(2024, 4, 5)),
        # An incident on a Friday: "by Friday" is the next week's.
        ("- Add the alert (Hana Sato, by Friday)", "2024-04-05", date(2024, 4, 12)),
        ("- Add the alert (owner: Hana Sato; due Monday)", "2024-04-03", date(2024, 4, 8)),
    ],
)
def test_a_weekday_alone_as_the_due_date_is_the_first_one_after_the_incidents_day(line, day, due):
    [(_text, _owner, read)] = _tasks(line, day=day)
    assert read == due


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("- [ ] Add a 3 s timeout — r.okafor — by 2024-04-20", ("Add a 3 s timeout", "r.okafor", date(2024, 4, 20))),
        ("- Alert on pool use – dmitri_v – 2024-04-26", ("Alert on pool use", "dmitri_v", date(2024, 4, 26))),
        ("- Drop the slot - wen.li-ops - due 4/9", ("Drop the slot", "wen.li-ops", date(2024, 4, 9))),
    ],
)
def test_a_chat_handle_between_dashes_before_a_due_date_is_the_owner(line, task):
    assert _tasks(line) == [task]


@pytest.mark.parametrize(
    ("line", "task"),
    [
        # A file's name, and a word, between dashes: no owner.
        ("- Update the steps — runbook.md — by 2024-04-20", ("Update the steps — runbook.md", "", date(2024, 4, 20))),
        ("- Re-run the export — follow-up — 2024-04-19", ("Re-run the export — follow-up — 2024-04-19", "", None)),
    ],
)
def test_a_file_name_or_a_word_between_dashes_is_not_an_owner(line, task):
    assert _tasks(line) == [task]


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("- [x] Roll back the consumer (@bruno, done 4/03)", ("Roll back the consumer (done 4/03)", "bruno")),
        (
            "- Pause the importer (@wen.li, completed 2024-04-03)",
            ("Pause the importer (completed 2024-04-03)", "wen.li"),
        ),
        (
            "- Restore the lease (Omar Haddad, closed on 3 April)",
            ("Restore the lease (closed on 3 April)", "Omar Haddad"),
        ),
    ],
)
def test_done_with_a_date_is_the_status_and_the_date_stays_in_the_text_not_the_due_date(line, task):
    document = from_markdown(f"# Queue stalled\n\n**Date:** 2024-04-03\n\n## Action items\n\n{line}\n")
    [read] = document.measures.tasks
    assert (read.text, read.owner, read.due, read.status) == (*task, None, TaskStatus.DONE)


def test_names_leading_tasks_as_minutes_write_them_are_owners_when_one_is_named_elsewhere():
    # Marek is named in the document's list of people; Katya only here, written the same way beside him.
    body = (
        "- Marek: ask the broker's vendor to warn us before any upgrade, by 12 April\n"
        "- Katya: add 'check the consumer lag' to the on-call troubleshooting sheet for the box office, by 19/04/2024\n"
    )
    assert _tasks(body) == [
        ("Ask the broker's vendor to warn us before any upgrade", "Marek", date(2024, 4, 12)),
        (
            "Add 'check the consumer lag' to the on-call troubleshooting sheet for the box office",
            "Katya",
            date(2024, 4, 19),
        ),
    ]


def test_a_lone_name_leading_a_task_that_the_document_names_nowhere_else_stays_in_the_text():
    assert _tasks("- Katya: add the lag to the sheet, by 19/04/2024") == [
        ("Katya: add the lag to the sheet", "", date(2024, 4, 19))
    ]


_LONG = (
    "add a step to the on-call runbook that checks the consumer group's lag on every partition, compares it "
    "with the lag an hour earlier, and pages the platform team when it has grown for three readings in a row, "
    "with a link to the dashboard and to the broker vendor's status page, so that a stall is caught before the "
    "box office opens"
)


@pytest.mark.parametrize(
    "line",
    [
        f"- Ines: {_LONG}, by 21/04/2024",
        f"- {_LONG[:1].upper()}{_LONG[1:]} (Ines, 21/04/2024)",
        f"- {_LONG[:1].upper()}{_LONG[1:]} — Ines — by 21/04/2024",
        f"- Ines to {_LONG} by 21/04/2024",
    ],
)
def test_a_long_tasks_line_keeps_its_owner_and_due_date(line):
    assert len(line) > 300
    [(text, owner, due)] = _tasks(line)
    assert (text, owner, due) == (_LONG[:1].upper() + _LONG[1:], "Ines", date(2024, 4, 21))


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("- Bruno to add a lag alert by Friday", ("Add a lag alert", "Bruno", date(2024, 4, 5))),
        (
            "- Wen Li to write the failover runbook by 2024-04-30",
            ("Write the failover runbook", "Wen Li", date(2024, 4, 30)),
        ),
        (
            '- Ines will add "drop the stale slot" to the retirement checklist by 1 May.',
            ('Add "drop the stale slot" to the retirement checklist', "Ines", date(2024, 5, 1)),
        ),
    ],
)
def test_a_name_then_to_or_will_then_the_deed_by_a_date_gives_owner_and_due(line, task):
    assert _tasks(line) == [task]


@pytest.mark.parametrize(
    "line",
    [
        "- Move to the new pool by 1 May",
        "- Switch to use the replica by 1 May",
        "- Postgres will be upgraded by 1 May",
        "- Bruno to add a lag alert",  # no date: a name before "to" is not enough
    ],
)
def test_a_verb_or_a_thing_before_to_or_will_is_not_an_owner(line):
    [(_text, owner, _due)] = _tasks(line)
    assert owner == ""


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("- Add a lag alert [Owner: Wen Li] [Due: 2024-04-30]", ("Add a lag alert", "Wen Li", date(2024, 4, 30))),
        ("- Add a lag alert [owner: @bruno] [due 4/30]", ("Add a lag alert", "bruno", date(2024, 4, 30))),
        ("- Add a lag alert. Owner: Wen Li · Due: 2024-04-30", ("Add a lag alert.", "Wen Li", date(2024, 4, 30))),
        ("- Add a lag alert (owner: Wen Li; due 30 April)", ("Add a lag alert", "Wen Li", date(2024, 4, 30))),
        ("- Add a lag alert, assigned to Wen Li", ("Add a lag alert", "Wen Li", None)),
        ("- Add a lag alert — assigned to @bruno, due 4/30", ("Add a lag alert", "bruno", date(2024, 4, 30))),
        ("- Add a lag alert (assigned to Wen Li, by 4/30)", ("Add a lag alert", "Wen Li", date(2024, 4, 30))),
    ],
)
def test_owner_and_due_labelled_in_brackets_or_run_in(line, task):
    assert _tasks(line) == [task]


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("- Add a lag alert. ETA 2024-04-30", ("Add a lag alert.", "", date(2024, 4, 30))),
        ("- Add a lag alert — deadline: 30 April", ("Add a lag alert", "", date(2024, 4, 30))),
        ("- Add a lag alert, due 4/30", ("Add a lag alert", "", date(2024, 4, 30))),
        # Not a date: the words stay as written.
        ("- Add a lag alert. Target: Q3", ("Add a lag alert. Target: Q3", "", None)),
        ("- Cut the p99 latency, by 40%", ("Cut the p99 latency, by 40%", "", None)),
        ("- Add a lag alert [WIP]", ("Add a lag alert [WIP]", "", None)),
        ("- Make sure the ticket is assigned to Wen Li", ("Make sure the ticket is assigned to Wen Li", "", None)),
    ],
)
def test_a_due_date_labelled_at_the_lines_end_without_an_owner(line, task):
    assert _tasks(line) == [task]


# A letter to customers tells who does each change in a sentence of the change's own item.
TOLD_IN_A_SENTENCE = """# Why search was slow on Friday

Search answered slowly for an hour on 6 February 2026. Noor Haddad and Tomás were on call.

## What we're changing

- We're adding an alert on index size growing faster than usual. Noor owns this; target is February 20.
- The runbook for slow queries will tell the on-call to check the replicas first. Tomás is updating it.
- We'll review every scheduled job's queries once a quarter.
"""


def test_an_owner_told_in_a_sentence_of_the_task_s_item_owns_it() -> None:
    document = from_markdown(TOLD_IN_A_SENTENCE)

    assert [(task.owner, task.due) for task in document.measures.tasks] == [
        ("Noor", date(2026, 2, 20)),
        ("Tomás", None),
        ("", None),
    ]
    assert document.measures.tasks[0].text.startswith("We're adding an alert on index size")


def test_a_sentence_about_someone_is_no_owner_when_the_document_names_them_nowhere_else() -> None:
    document = from_markdown(
        "# Outage\n\n## Action items\n\n- Move the cache to its own host. Redis is caching it for now.\n"
    )

    [task] = document.measures.tasks
    assert not task.owner
    assert task.text == "Move the cache to its own host. Redis is caching it for now."
