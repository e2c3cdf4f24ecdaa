"""Who owns a task and when it is due, written on the task's own line or in a column under another name.

Each test opens a small action-items section and checks the Tasks list a
user then sees: the owner and due date in their fields, the text without them.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import TaskStatus


def _tasks(body: str) -> list[tuple[str, str, date | None]]:
    document = from_markdown(f"# Replica lag\n\n## Summary\n\nLag grew.\n\n## Action items\n\n{body}\n")
    assert from_markdown(to_markdown(document)) == document
    return [(task.text, task.owner, task.due) for task in document.measures.tasks]


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("- [ ] Alert on lock age #48813 @cheng", ("Alert on lock age #48813", "cheng", None)),
        ("- [ ] Move the key to Vault @Marco Bianchi", ("Move the key to Vault", "Marco Bianchi", None)),
        (
            "- [ ] Write a key-rotation runbook @Sofia Lind April 20, 2024",
            ("Write a key-rotation runbook", "Sofia Lind", date(2024, 4, 20)),
        ),
        (
            "- [ ] Add a lock timeout to the repack job #48812 (@bkowal, due 2024-09-06)",
            ("Add a lock timeout to the repack job #48812", "bkowal", date(2024, 9, 6)),
        ),
        (
            "- Ask the PSP to add the new intermediate. Owner: Rohit Menon, by 30 Aug 2024.",
            ("Ask the PSP to add the new intermediate.", "Rohit Menon", date(2024, 8, 30)),
        ),
        (
            "- Bug 1893402: alert when the cache and the database disagree (:bhughes)",
            ("Bug 1893402: alert when the cache and the database disagree", "bhughes", None),
        ),
        (
            "- [ ] Create an analytics replica (Owner: DBA team, Due: June 20, 2024)",
            ("Create an analytics replica", "DBA team", date(2024, 6, 20)),
        ),
        (
            "1. Restore the election test (owner: @mreyes, due 2024-04-19)",
            ("Restore the election test", "mreyes", date(2024, 4, 19)),
        ),
        # The name and the date each after a dash of their own.
        (
            "- [ ] Use the shallow /healthz for load balancer checks — Omar Haddad — 2024-03-19",
            ("Use the shallow /healthz for load balancer checks", "Omar Haddad", date(2024, 3, 19)),
        ),
        (
            "- Load test each queue the day before sales open – Callum Hughes – 7 June 2024",
            ("Load test each queue the day before sales open", "Callum Hughes", date(2024, 6, 7)),
        ),
    ],
)
def test_an_owner_and_due_date_written_on_the_tasks_line(line, task):
    assert _tasks(line) == [task]


@pytest.mark.parametrize(
    ("line", "task"),
    [
        (
            "- Write a checklist for transfers (Ananya, 2025-02-14)",
            ("Write a checklist for transfers", "Ananya", date(2025, 2, 14)),
        ),
        ("- Rotate the keys (Jean-Luc, 3 March 2025)", ("Rotate the keys", "Jean-Luc", date(2025, 3, 3))),
        # A weekday, a month or a plan beside a date is when, not who: the group stays as written.
        ("- Rotate the keys (Friday, 2025-02-14)", ("Rotate the keys (Friday, 2025-02-14)", "", None)),
        ("- Rotate the keys (TBD, 2025-02-14)", ("Rotate the keys (TBD, 2025-02-14)", "", None)),
        (
            "- Add a purge job to the module – Yusuf – by March 10, 2025",
            ("Add a purge job to the module", "Yusuf", date(2025, 3, 10)),
        ),
        # Minutes' way: who, then what, then when.
        (
            "- Jakob: add a multi-tenant test for the refresh job, by 14 June 2024",
            ("Add a multi-tenant test for the refresh job", "Jakob", date(2024, 6, 14)),
        ),
        # A kind of work is no owner; the date labelled at the line's end is still the task's due date.
        (
            "- Monitoring: add an alert on certificate changes, by 14 June 2024",
            ("Monitoring: add an alert on certificate changes", "", date(2024, 6, 14)),
        ),
        ("- Support: add the error to the triggers", ("Support: add the error to the triggers", "", None)),
        # A first name with no date may be any capitalised word: not an owner.
        ("- Rotate the keys (Redis)", ("Rotate the keys (Redis)", "", None)),
    ],
)
def test_a_first_name_beside_a_due_date_is_the_owner_when_the_document_names_that_person(line, task):
    document = from_markdown(
        "# Replica lag\n\n## Timeline\n\n- 2024-05-01 10:00 UTC - Ananya, Jean-Luc, Yusuf and Jakob join the call.\n\n"
        f"## Action items\n\n{line}\n"
    )
    assert [(task.text, task.owner, task.due) for task in document.measures.tasks] == [task]


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("- Build the dashboard (Grafana, 2025-04-01)", ("Build the dashboard (Grafana, 2025-04-01)", "", None)),
        # The name stays in the text; a date labelled "by" closing the line is the task's, whoever does it.
        (
            "- Upgrade the cluster – Postgres – by June 1, 2025",
            ("Upgrade the cluster – Postgres", "", date(2025, 6, 1)),
        ),
        ("- Kafka: raise the retention, by 14 June 2024", ("Kafka: raise the retention", "", date(2024, 6, 14))),
    ],
)
def test_a_first_name_the_document_writes_nowhere_else_is_likelier_a_product_and_stays_in_the_text(line, task):
    assert _tasks(line) == [task]


def test_a_full_name_alone_in_brackets_is_the_owner_when_the_document_names_that_person():
    document = from_markdown(
        "# Feed down\n\nAuthor: Camille Tremblay\n\n## Summary\n\nThe feed stopped.\n\n## Action items\n\n"
        "- Subscribe the team to the authority's change notices (Camille Tremblay)\n"
    )
    assert [(task.text, task.owner) for task in document.measures.tasks] == [
        ("Subscribe the team to the authority's change notices", "Camille Tremblay")
    ]


def test_a_dash_and_a_date_after_words_that_are_no_name_stay_in_the_text():
    line = "- Re-run the export — after the freeze — 2024-03-19"
    assert _tasks(line) == [("Re-run the export — after the freeze — 2024-03-19", "", None)]


def test_a_mention_the_sentence_needs_is_not_the_owner():
    assert _tasks("- Follow up with @alice") == [("Follow up with @alice", "", None)]


def _dated_tasks(body: str, day: str) -> list[tuple[str, str, date | None]]:
    document = from_markdown(f"# Replica lag\n\n**Date:** {day}\n\n## Action items\n\n{body}\n")
    assert from_markdown(to_markdown(document)) == document
    return [(task.text, task.owner, task.due) for task in document.measures.tasks]


@pytest.mark.parametrize(
    ("body", "day", "task"),
    [
        (
            "1. Add a smoke test against staging (owner: Amaka, by May 21).",
            "May 14, 2024",
            ("Add a smoke test against staging", "Amaka", date(2024, 5, 21)),
        ),
        (
            "| Action | Owner | When |\n|---|---|---|\n| Alert on WAL archive failures | Kwame | Nov 15 |",
            "2023-11-08",
            ("Alert on WAL archive failures", "Kwame", date(2023, 11, 15)),
        ),
        # A day before the incident's, in a report written in December: January of the next year.
        ("- Rotate the keys @lina due Jan 5", "2023-12-20", ("Rotate the keys", "lina", date(2024, 1, 5))),
    ],
)
def test_a_due_date_written_without_its_year_is_the_next_such_day_from_the_incidents(body, day, task):
    assert _dated_tasks(body, day) == [task]


@pytest.mark.parametrize("column", ["Target date", "Target", "Due by", "ETA"])
def test_a_target_date_column_is_the_due_date(column):
    table = f"| No. | Action | Owner | {column} |\n|---|---|---|---|\n| 1 | Add monitoring | Ops Manager | 31/12/2023 |"
    assert _tasks(table) == [("Add monitoring", "Ops Manager", date(2023, 12, 31))]


def test_a_column_numbering_the_rows_is_not_added_to_the_tasks_text():
    table = "| # | Action | Owner | Status |\n|---|---|---|---|\n| 1 | Split the run | @Harriet Cole | DONE |"
    document = from_markdown(f"# Billing\n\n## Action items\n\n{table}\n")
    [task] = document.measures.tasks
    assert (task.text, task.owner, task.status) == ("Split the run", "Harriet Cole", TaskStatus.DONE)


def test_a_column_of_ids_that_are_not_row_numbers_stays_in_the_text():
    table = "| # | Action |\n|---|---|\n| ENG-1 | Split the run |"
    assert _tasks(table) == [("Split the run (#: ENG-1)", "", None)]


def test_a_status_word_in_parentheses_closing_the_line_is_the_tasks_status():
    document = from_markdown(
        "# Front Door\n\n## How are we making incidents like this less likely or less impactful?\n\n"
        "- We have added a validation rule. (Completed)\n"
        "- We are changing deployment so that a stage pauses. (Estimated completion: December 2024)\n"
    )
    first, second = document.measures.tasks
    assert (first.text, first.status) == (
        "We have added a validation rule.",
        TaskStatus.DONE,
    )
    assert second.text.endswith("(Estimated completion: December 2024)")
    assert second.status is TaskStatus.OPEN


def test_a_leading_kind_label_follows_the_task_text_and_its_owner_is_still_read() -> None:
    document = from_markdown(
        "# T\n\n## Action items\n\n"
        "- **Corrective:** Ask the PSP to add the new intermediate. Owner: Rohit Menon, by 30 Aug 2024.\n"
        "- **Note:** this bold lead is not a kind of measure\n"
    )
    first, second = document.measures.tasks
    assert (first.text, first.owner) == ("Ask the PSP to add the new intermediate. (Corrective)", "Rohit Menon")
    assert second.text == "**Note:** this bold lead is not a kind of measure"


def test_sub_headings_in_a_well_known_templates_words_sort_the_lists_under_them():
    document = from_markdown(
        "# T\n\n## Corrective and Preventative Measures\n\n### Improvements/Fixes:\n\n"
        "1. Manage configuration with Puppet.\n2. Monitor port 80.\n\n"
        "### Tasks to Address the Issue:\n\n- [ ] Patch every server.\n- [x] Add a port check.\n"
    )
    assert document.measures.improvements == ["Manage configuration with Puppet.", "Monitor port 80."]
    assert [(task.text, task.status) for task in document.measures.tasks] == [
        ("Patch every server.", TaskStatus.OPEN),
        ("Add a port check.", TaskStatus.DONE),
    ]
    assert document.extra_sections == []


def test_a_sub_heading_in_the_authors_own_words_sorts_its_list_and_stays_as_written():
    document = from_markdown(
        "# T\n\n## Corrective and Preventative Measures\n\n### How we will prevent it\n\n- Review config changes.\n"
    )
    assert document.measures.improvements == ["Review config changes."]
    assert [extra.body for extra in document.extra_sections] == ["### How we will prevent it"]


def test_a_task_labelled_on_its_own_item_is_that_task_with_its_details():
    document = from_markdown(
        "# T\n\n## Corrective and Preventative Measures\n\n- Monitor slow queries.\n"
        "- Task: Write an alert for p95 latency above 2s.\n  - Owner: Sam\n- Task: Review all HAProxy timeouts.\n"
    )
    assert [(task.text, task.owner) for task in document.measures.tasks] == [
        ("Monitor slow queries.", ""),
        ("Write an alert for p95 latency above 2s.", "Sam"),
        ("Review all HAProxy timeouts.", ""),
    ]
    assert document.extra_sections == []


def test_words_after_a_tasks_label_above_its_list_are_kept_and_the_list_is_the_tasks():
    document = from_markdown(
        "# T\n\n## Corrective and Preventative Measures\n\n"
        "**Tasks:** the team agreed on these.\n\n- Write an alert\n- Review the timeouts\n"
    )
    assert [task.text for task in document.measures.tasks] == ["Write an alert", "Review the timeouts"]
    assert [extra.body for extra in document.extra_sections] == ["the team agreed on these."]


def test_an_owner_after_a_dash_with_or_without_its_label() -> None:
    document = from_markdown(
        "# T\n\n## Action items\n\n"
        "- Protect DKIM records from cleanup — owner Kwame Mensah, due 2024-07-12\n"
        "- Add writers to the runbook's inventory — Aisha Noor, 2024-10-18\n"
        "- Alert when a dashboard is empty — Tomás Ferreira\n"
        "- Review the dashboards — owner of the data platform to decide\n"
        "- Retry only on errors - see the runbook\n"
    )
    tasks = [(task.text, task.owner, str(task.due)) for task in document.measures.tasks]
    assert tasks == [
        ("Protect DKIM records from cleanup", "Kwame Mensah", "2024-07-12"),
        ("Add writers to the runbook's inventory", "Aisha Noor", "2024-10-18"),
        ("Alert when a dashboard is empty", "Tomás Ferreira", "None"),
        ("Review the dashboards — owner of the data platform to decide", "", "None"),
        ("Retry only on errors - see the runbook", "", "None"),
    ]


def test_an_action_table_with_owners_under_lessons_learned_gives_tasks() -> None:
    document = from_markdown(
        "# T\n\n## Lessons learned\n\nSlow batches hurt.\n\n"
        "| Lesson | Action | Owner | Priority |\n|---|---|---|---|\n"
        "| Batches must not trigger rebalances | Raise the session timeout | Ji-woo Park | P1 |\n\n"
        "## Notes\n\n| Item | Owner |\n|---|---|\n| Printer | Facilities |\n"
    )
    assert [(task.text, task.owner) for task in document.measures.tasks] == [
        ("Raise the session timeout (Lesson: Batches must not trigger rebalances; Priority: P1)", "Ji-woo Park"),
    ]
    assert "Slow batches hurt." in document.closing_notes
    assert "| Printer | Facilities |" in to_markdown(document)


def _measures(body: str) -> tuple[list[str], list[tuple[str, str]]]:
    document = from_markdown(
        f"# Disk full\n\n## Summary\n\nThe disk filled.\n\n## Corrective and Preventative Measures\n\n{body}\n"
    )
    assert from_markdown(to_markdown(document)) == document
    return document.measures.improvements, [(task.text, task.owner) for task in document.measures.tasks]


def test_a_list_under_no_name_above_a_list_named_as_the_tasks_is_the_improvements():
    for label in ("TODO:", "**Tasks:**", "Action items:"):
        improvements, tasks = _measures(
            f"- Alert on disk usage.\n- Move the data.\n\n{label}\n\n"
            "- [ ] Add a purge job – Yusuf – by March 10, 2025\n\nYusuf owns the database."
        )
        assert improvements == ["Alert on disk usage.", "Move the data."], label
        assert tasks == [("Add a purge job", "Yusuf")], label


def test_a_list_under_no_name_alone_is_the_improvements_and_one_saying_who_stays_the_tasks():
    # Alone under "Corrective and Preventative Measures", a plain list is the measures' improvements.
    assert _measures("- Alert on disk usage.\n- Move the data.\n") == (["Alert on disk usage.", "Move the data."], [])
    improvements, tasks = _measures("- Alert on disk usage (owner: Ana)\n\nTODO:\n\n- Add a purge job\n")
    assert improvements == [] and tasks == [("Alert on disk usage", "Ana"), ("Add a purge job", "")]


def test_a_handle_leading_a_checkbox_task_is_its_owner_though_the_task_opens_with_a_capital() -> None:
    document = from_markdown(
        "# Push outage\n\n## Action items\n\n"
        "- [x] @nvale Rotate the signing key under a team account — done 2025-09-02\n"
        "- [ ] @osei Page on provider token errors — by EOW\n"
        "- [ ] @kim.h Add a canary device — due 2025-10-01 — https://tracker.example/issues/77\n"
        "- [ ] @here Please review the list\n"
    )
    assert [(task.owner, task.status.value) for task in document.measures.tasks] == [
        ("nvale", "done"),
        ("osei", "open"),
        ("kim.h", "open"),
        ("", "open"),
    ]
    canary = document.measures.tasks[2]
    assert (canary.text, canary.due.isoformat(), canary.link) == (
        "Add a canary device",
        "2025-10-01",
        "https://tracker.example/issues/77",
    )
