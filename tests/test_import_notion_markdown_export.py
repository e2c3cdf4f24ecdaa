"""A page exported from Notion as Markdown: toggles written as bullets over indented content, property lines
under the title, a database table of action items ticked in a "Done" column."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_PAGE = (
    "# Queue backlog after broker resize\n\n"
    "Contributors: Ana Lima, Bo Chen\n"
    "Incident date: April 28, 2026\n"
    "Status: Draft\n\n"
    "# What happened\n\n"
    "- Impact\n    \n    Orders waited up to forty minutes before shipping labels printed.\n    \n"
    "- Timeline (all times UTC)\n    \n"
    "    **08:10** — Broker resized to a smaller instance.\n    \n"
    "    **08:52** — Ana Lima notices the label queue growing.\n    \n"
    "- Root cause\n    \n    The smaller instance had half the network bandwidth.\n    \n"
    "# Action items\n\n"
    "| Name | Assignee | Due | Done |\n| --- | --- | --- | --- |\n"
    "| Alert on label queue age | Bo Chen | 2026-05-02 | Yes |\n"
    "| Size brokers by bandwidth | Ana Lima | 2026-05-09 | No |\n"
)


def test_toggles_named_as_sections_are_those_sections() -> None:
    document = from_markdown(_PAGE)
    assert document.summary.impact == "Orders waited up to forty minutes before shipping labels printed."
    assert document.root_cause.cause == "The smaller instance had half the network bandwidth."
    assert [(event.time.strftime("%H:%M") if event.time else None, event.text) for event in document.timeline] == [
        ("08:10", "Broker resized to a smaller instance."),
        ("08:52", "Ana Lima notices the label queue growing."),
    ]


def test_contributors_are_the_authors() -> None:
    assert from_markdown(_PAGE).metadata.authors == ["Ana Lima", "Bo Chen"]


def test_a_done_column_ticked_yes_or_no_is_each_tasks_status() -> None:
    tasks = from_markdown(_PAGE).measures.tasks
    assert [(task.text, task.owner, str(task.due), task.status.value) for task in tasks] == [
        ("Alert on label queue age", "Bo Chen", "2026-05-02", "done"),
        ("Size brokers by bandwidth", "Ana Lima", "2026-05-09", "open"),
    ]


def test_a_list_item_with_indented_text_under_it_that_names_no_section_stays_a_list_item() -> None:
    document = from_markdown(
        "# Disk full\n\n## Follow-ups\n\n- Rotate the logs daily\n    \n    so the disk never fills again\n\n"
        "- Add a disk alert\n"
    )
    texts = [task.text for task in document.measures.tasks]
    assert texts[0].startswith("Rotate the logs daily")
    assert "so the disk never fills again" in texts[0]
    assert texts[-1] == "Add a disk alert"


def _clocks_and_heads(document: object) -> list[tuple[str | None, str]]:
    return [
        (event.time.strftime("%H:%M") if event.time else None, event.text.splitlines()[0])
        for event in document.timeline  # type: ignore[attr-defined]
    ]


def test_a_timed_entry_titled_like_a_section_with_its_text_indented_below_stays_an_entry() -> None:
    # "- **09:40 UTC:** **Root cause found**" over an indented line names what happened then, not a toggle
    # heading a "Root cause" section: the entries after it stay in the timeline.
    document = from_markdown(
        "# Cache outage\n\n**Date:** March 3, 2025\n\n## Timeline\n\n"
        "- **09:10 UTC:** 🔔 **Alert fired**  \n  Error rate over 5%.\n\n"
        "- **09:40 UTC:** 🧩 **Root cause found**  \n  The cache nodes ran out of memory.\n\n"
        "- **10:05 UTC:** 🔁 **Nodes resized**  \n  Doubled the memory of each node.\n\n"
        "- **10:20 UTC:** ✅ **Resolved**  \n  Hit rate back to normal.\n\n"
        "## Root Cause\n\nThe cache was sized for last year's traffic.\n"
    )
    assert [time for time, _ in _clocks_and_heads(document)] == ["09:10", "09:40", "10:05", "10:20"]
    assert "Doubled the memory" in document.timeline[2].text
    assert document.root_cause.cause == "The cache was sized for last year's traffic."


def test_a_dated_entry_naming_the_root_cause_work_over_its_details_stays_an_entry() -> None:
    document = from_markdown(
        "# Payments delay\n\n## Timeline\n\n"
        "- 2025-06-02 14:00 Root cause analysis started\n    \n    Two engineers read the broker logs.\n\n"
        "- 2025-06-02 14:30 Queue drained\n    \n    Payments flowed again.\n"
    )
    assert _clocks_and_heads(document) == [("14:00", "Root cause analysis started"), ("14:30", "Queue drained")]
    assert document.root_cause.cause == ""
