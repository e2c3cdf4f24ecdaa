"""A task's owner after a dash with no date, its status after the owner's dash, and a due date said in words
in brackets ("Estimated completion: …", "Due by …"); and the look-alikes that stay as written."""

from __future__ import annotations

from datetime import date

import pytest

from app.formats.markdown_import import from_markdown
from app.model import TaskStatus


def _tasks(*items: str, header: str = "Author: Ngozi Eze, with Tariq Aziz"):
    lines = "\n".join(f"- {item}" for item in items)
    # Under "Action items": a plain list under "Corrective and Preventative Measures" is the improvements.
    document = from_markdown(f"# Outage\n\n{header}\n\n## Action items\n\n{lines}\n")
    return document.measures.tasks


@pytest.mark.parametrize(
    ("item", "text", "owner"),
    [
        ("Put the switch on a UPS — Ngozi", "Put the switch on a UPS", "Ngozi"),
        ("Add a disk alert to the backup host – Tariq", "Add a disk alert to the backup host", "Tariq"),
        ("Remove the old resolver from DHCP - Ngozi", "Remove the old resolver from DHCP", "Ngozi"),
    ],
)
def test_a_first_name_after_the_last_dash_is_the_owner_when_the_document_names_that_person(item, text, owner):
    [task] = _tasks(item)
    assert (task.text, task.owner) == (text, owner)


@pytest.mark.parametrize(
    "item",
    ["Upgrade the database — Postgres", "Move the cache — Redis", "Replace the proxy - Envoy"],
)
def test_a_single_word_after_a_dash_that_names_no_person_stays_in_the_text(item):
    [task] = _tasks(item)
    assert (task.text, task.owner) == (item, "")


@pytest.mark.parametrize(
    ("item", "status"),
    [
        ("Write a runbook page for the login 500s — Ngozi — done", TaskStatus.DONE),
        ("Document the failover steps – Tariq – in progress", TaskStatus.IN_PROGRESS),
    ],
)
def test_a_status_after_the_owners_dash_is_read_with_the_owner(item, status):
    [task] = _tasks(item)
    assert task.owner in ("Ngozi", "Tariq")
    assert task.status is status
    assert "—" not in task.text and "–" not in task.text


def test_names_between_dashes_in_one_list_are_people_when_one_of_them_is_named_elsewhere():
    first, second = _tasks(
        "Add a health check for the session store — Tariq — by 21 June 2024",
        "Drop the stale DNS record — Folasade — by 14 June 2024",
    )
    assert (first.owner, first.due) == ("Tariq", date(2024, 6, 21))
    assert (second.text, second.owner, second.due) == ("Drop the stale DNS record", "Folasade", date(2024, 6, 14))


@pytest.mark.parametrize(
    ("item", "due"),
    [
        ("Reject refresh changes above twice the current value. (Estimated completion: August 30, 2024)", "2024-08-30"),
        ("Shed load from the noisiest callers (Expected completion: 12 September 2024)", "2024-09-12"),
        ("Add a second approval to map changes (Due by 1 October 2024)", "2024-10-01"),
        ("Add a second approval to map changes (Target date: 3 October 2024)", "2024-10-03"),
        ("Add a second approval to map changes (ETA: 2024-10-07)", "2024-10-07"),
        ("Add a second approval to map changes (Owner: @tariq, Due by 8 October 2024)", "2024-10-08"),
    ],
)
def test_a_due_date_said_in_words_in_brackets_is_the_due_date(item, due):
    [task] = _tasks(item)
    assert task.due == date.fromisoformat(due)
    assert "(" not in task.text


@pytest.mark.parametrize(
    "item",
    [
        # A month alone is no day to be due on; a bracket with other words is the task's text.
        "Rework the throttling (Estimated completion: October 2024)",
        "Rework the throttling (due by the end of the quarter)",
    ],
)
def test_a_due_phrase_without_a_day_stays_in_the_text(item):
    [task] = _tasks(item)
    assert (task.text, task.due) == (item, None)


def test_an_owner_mention_in_brackets_at_the_end_is_the_owner():
    [task] = _tasks("Alert on the queue's age (Owner: @tariq)")
    assert (task.text, task.owner) == ("Alert on the queue's age", "tariq")
