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
