"""Action items written as a list of who does what, the person in bold first: "**Sarah**: Update the load
tests [Jan 15]". A reader takes the bold name as the owner, the bracketed day as the due date, and the rest
as the task; a role with the person in brackets ("**PM (Jordan)**") names that person. A bold kind of work
("**Monitoring**: add alerts") is not someone."""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown

ITEMS = """# Gateway memory leak

**Date:** January 8, 2025. Sarah Kim ran the incident with Mike Osei.

## Action Items
- **Sarah**: Update load testing requirements [Jan 15]
- **Mike**: Add memory leak checks to CI [Jan 18]
- **PM (Jordan)**: Customer communication playbook [Jan 20]
- **Monitoring**: add alerts on heap growth
"""


def test_a_bold_name_before_a_task_is_its_owner_and_a_bracketed_day_its_due_date() -> None:
    tasks = from_markdown(ITEMS).measures.tasks
    assert [(task.text, task.owner, task.due) for task in tasks[:3]] == [
        ("Update load testing requirements", "Sarah", date(2025, 1, 15)),
        ("Add memory leak checks to CI", "Mike", date(2025, 1, 18)),
        ("Customer communication playbook", "Jordan", date(2025, 1, 20)),
    ]


def test_a_bold_kind_of_work_is_no_owner() -> None:
    task = from_markdown(ITEMS).measures.tasks[3]
    assert task.owner == ""
    assert "add alerts on heap growth" in task.text


def test_a_tasks_own_bold_title_is_not_its_owner() -> None:
    tasks = from_markdown(
        "# Nginx down\n\n## Action Items\n\n"
        "1. **Review Configuration Changes:** Ensure every change is reviewed.\n"
        "2. **Enhance Monitoring**: Add alerts for upstream errors.\n"
    ).measures.tasks
    assert [task.owner for task in tasks] == ["", ""]
    assert "Ensure every change is reviewed." in tasks[0].text


def test_a_bold_kind_of_work_in_several_words_is_no_owner() -> None:
    task = from_markdown(
        "# Lag\n\nRuth Obi wrote this.\n\n## Action Items\n\n- **Change Management**: Review every update.\n"
    ).measures.tasks[0]
    assert task.owner == ""


def test_a_team_in_bold_beside_people_in_bold_owns_its_task() -> None:
    tasks = from_markdown(
        "# Queue stall\n\n**Date:** March 3, 2025. Priya Nair ran the incident.\n\n## Action Items\n"
        "- **Priya**: Add a queue depth alert [Mar 10]\n- **Platform team**: Automate the failover [Mar 20]\n"
        "- **Monitoring**: add a heap dashboard [Mar 12]\n"
    ).measures.tasks
    assert [(task.text, task.owner, task.due) for task in tasks[1:]] == [
        ("Automate the failover", "Platform team", date(2025, 3, 20)),
        ("**Monitoring**: add a heap dashboard [Mar 12]", "", None),
    ]
