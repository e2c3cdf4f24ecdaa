"""A task's owner, due date and status written other ways than labels: a table's "Responsible Person" or "DRI"
column, a wiki's bold labels and {{Done}} template, numbered paragraphs of a formal report ("4.2 … Owner: … Target
completion: …"), a handle beside a ticket number "(@handle, #123)", and a first name alone in brackets.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown


def _tasks(text: str) -> list[tuple[str, str, date | None, str]]:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document
    return [(task.text, task.owner, task.due, task.status.value) for task in document.measures.tasks]


_TABLE = """# Lab freezer alarm missed

The freezer alarm for room 4 paged nobody on 3 March 2025.

## Follow-up actions

| # | Action | {column} | Target Date | Status |
|---|--------|----------|-------------|--------|
| 1 | Route the alarm to the on-call phone | P. Haldane (Facilities) | 03/21/2025 | Completed |
| 2 | Test the alarm path every month | Sunita Rao | 04/30/2025 | Open |
"""


@pytest.mark.parametrize(
    "column",
    ["Responsible Person", "Responsible party", "DRI", "Lead", "Accountable", "Owner(s)", "Person responsible"],
)
def test_a_table_column_naming_who_is_responsible_gives_the_owner(column) -> None:
    assert _tasks(_TABLE.format(column=column)) == [
        ("Route the alarm to the on-call phone", "P. Haldane (Facilities)", date(2025, 3, 21), "done"),
        ("Test the alarm path every month", "Sunita Rao", date(2025, 4, 30), "open"),
    ]


def test_an_owner_column_is_preferred_to_a_team_column() -> None:
    text = """# Queue backlog

The billing queue backed up on 2 June 2025.

## Action items

| Team | Action | Owner | Due |
|------|--------|-------|-----|
| Payments | Alert on queue age | Ines Duarte | 2025-06-20 |
"""
    assert _tasks(text) == [("Alert on queue age (Team: Payments)", "Ines Duarte", date(2025, 6, 20), "open")]


_WIKI = """= Print server outage, 4 March 2025 =

== Summary ==
The print server stopped accepting jobs from 09:10 to 11:00 GMT.

== Timeline ==
* 09:10 Queue stops.
* 11:00 Spooler restarted.

== Follow-up ==
{items}

[[Category:Incidents]]
"""


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            "* Watch the spooler's disk — '''Owner:''' Tariq Aziz — '''Due:''' 2025-03-14 {{Done}}\n"
            "* Move the spool to its own volume — '''Owner:''' Lena Fischer — '''Due:''' 2025-04-01",
            [
                ("Watch the spooler's disk", "Tariq Aziz", date(2025, 3, 14), "done"),
                ("Move the spool to its own volume", "Lena Fischer", date(2025, 4, 1), "open"),
            ],
        ),
        (
            "* Rotate spool logs nightly – '''Owner''': Tariq Aziz – '''Target date:''' 2025-03-20 {{doing}}\n"
            "* Document the restart – '''Owner:''' Lena Fischer {{Not done}}",
            [
                ("Rotate spool logs nightly", "Tariq Aziz", date(2025, 3, 20), "in progress"),
                ("Document the restart", "Lena Fischer", None, "open"),
            ],
        ),
    ],
)
def test_a_wiki_tasks_bold_labels_and_status_template_give_owner_due_and_status(items, expected) -> None:
    assert _tasks(_WIKI.format(items=items)) == expected


def test_a_status_template_in_a_wiki_sentence_becomes_its_word() -> None:
    text = _WIKI.format(items="* Check the spooler").replace(
        "The print server", "With the fix {{done}}, the print server"
    )
    assert "With the fix done, the print server stopped" in to_markdown(from_markdown(text))


_NUMBERED = """# Operational Incident Report

## 1. Description

1.1 Between 13:00 and 15:30 UTC on 9 April 2025, card refunds were posted twice.

## 6. Remediation

{paragraphs}

## 7. Conclusion

The incident is closed.
"""


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            "6.1 Refund job changed to check for an existing posting. Owner: Head of Card Operations. Completed\n"
            "14 April 2025.\n"
            "6.2 Duplicate-posting report added to the daily controls. Owner: Head of Finance Controls. Target\n"
            "completion: 30 May 2025.",
            [
                (
                    "Refund job changed to check for an existing posting. Completed 14 April 2025.",
                    "Head of Card Operations",
                    None,
                    "done",
                ),
                (
                    "Duplicate-posting report added to the daily controls.",
                    "Head of Finance Controls",
                    date(2025, 5, 30),
                    "open",
                ),
            ],
        ),
        (
            "6.1. Load test the refund path before each release. Responsible: Chief Technology Officer. Due: 15 June\n"
            "2025.\n\n"
            "6.2. Review the refund runbook. Owner: Operational Risk. Deadline: 1 July 2025.",
            [
                (
                    "Load test the refund path before each release.",
                    "Chief Technology Officer",
                    date(2025, 6, 15),
                    "open",
                ),
                ("Review the refund runbook.", "Operational Risk", date(2025, 7, 1), "open"),
            ],
        ),
    ],
)
def test_numbered_paragraphs_naming_an_owner_are_tasks_with_owner_due_and_status(paragraphs, expected) -> None:
    assert _tasks(_NUMBERED.format(paragraphs=paragraphs)) == expected


def test_numbered_paragraphs_naming_nobody_stay_as_written() -> None:
    paragraphs = "6.1 The refund job was corrected on 14 April 2025.\n6.2 Customers were refunded the same day."
    document = from_markdown(_NUMBERED.format(paragraphs=paragraphs))
    assert document.measures.tasks == []
    assert "6.2 Customers were refunded the same day." in to_markdown(document)


_CHECKLIST = """# Broken release of 4.1.0

Wheels for 4.1.0 were missing a module. Marta from the packaging team rebuilt them and Lukas checked the uploads.

## Follow-ups

{items}
"""


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            "- [ ] Smoke-test each wheel in a clean environment (@marta-p, #1204)\n"
            "- [x] Pin the build backend (@lukas_b, GH-77)",
            [
                ("Smoke-test each wheel in a clean environment", "marta-p", None, "open"),
                ("Pin the build backend", "lukas_b", None, "done"),
            ],
        ),
        (
            "- [x] Rebuild and re-upload the wheels (Marta) — done 12 Mar\n"
            "- [ ] Add an import check to CI — Lukas, due 2025-03-28",
            [
                ("Rebuild and re-upload the wheels (done 12 Mar)", "Marta", None, "done"),
                ("Add an import check to CI", "Lukas", date(2025, 3, 28), "open"),
            ],
        ),
        (
            "- [ ] Sign the release artifacts (Lukas)\n- [ ] Write the packaging guide — Marta Pohl, 2025-04-04",
            [
                ("Sign the release artifacts", "Lukas", None, "open"),
                ("Write the packaging guide", "Marta Pohl", date(2025, 4, 4), "open"),
            ],
        ),
    ],
)
def test_an_owner_in_brackets_beside_a_ticket_or_before_a_status_is_read(items, expected) -> None:
    assert _tasks(_CHECKLIST.format(items=items)) == expected


def test_the_ticket_beside_the_owner_becomes_the_tasks_link() -> None:
    document = from_markdown(_CHECKLIST.format(items="- [ ] Smoke-test each wheel (@marta-p, #1204)"))
    assert [task.link for task in document.measures.tasks] == ["#1204"]


@pytest.mark.parametrize(
    "items",
    [
        # No other task of the list names its owner: "(Kafka)" says what the task is about.
        "- [ ] Move the event bus to a managed cluster (Kafka)\n- [ ] Write the migration plan",
        # Named nowhere else in the document.
        "- [x] Rotate the signing key (Oskar) — done 12 Mar\n- [ ] Add an import check to CI — Lukas, due 2025-03-28",
    ],
)
def test_a_first_name_alone_in_brackets_stays_in_the_text_unless_the_document_names_that_person(items) -> None:
    text = _CHECKLIST.format(items=items).replace("The Kafka", "Kafka")
    text = text.replace("checked the uploads.", "checked the uploads. Kafka lag was not involved.")
    first = from_markdown(text).measures.tasks[0]
    assert first.owner == ""
    assert "(Kafka)" in first.text or "(Oskar) — done 12 Mar" in first.text
