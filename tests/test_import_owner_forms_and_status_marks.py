"""Tasks whose status is a mark in a table's status column ("✅", "❌", "⏳", "🟡"), tasks whose owner is
written in brackets, between dashes or as a label inside brackets, and a byline saying what it was written for.

Each test opens a small post-mortem of the form and checks the authors and tasks a user then sees.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import PostMortem, TaskStatus

_HEAD = (
    "# Postmortem: the image resizer fell over\n\n*Written by Lucia Ferreira for the Holberton cloud track*\n\n"
    "## Summary\n\nFrom 13:00 to 14:30 UTC on 9 April 2024 thumbnails failed to load.\n\n"
    "## Root cause\n\nThe resizer ran out of memory on large uploads. My teammate Dmitri found it.\n\n"
)


def _tasks(document: PostMortem) -> list[tuple[str, str, TaskStatus]]:
    return [(task.text, task.owner, task.status) for task in document.measures.tasks]


def test_a_byline_saying_what_the_report_was_written_for_names_its_author() -> None:
    document = from_markdown(_HEAD + "## Action items\n\n- Cap the upload size\n")
    assert document.metadata.authors == ["Lucia Ferreira"]


def test_emoji_marks_in_a_status_column_are_the_tasks_statuses() -> None:
    document = from_markdown(
        _HEAD + "## Action items\n\n| Task | Owner | Status |\n|---|---|---|\n"
        "| Cap the upload size | Lucia | ✅ |\n| Stream large images | Dmitri | ❌ |\n"
        "| Add a memory alert | Lucia | ⏳ |\n| Load test the resizer | Dmitri | 🟡 |\n"
        "| Document the limits | Lucia | ✔️ |\n| Move to a bigger box | Dmitri | 🔴 |\n"
        "| Restart on OOM | Lucia | ☑️ Done |\n| Rewrite in Go | Dmitri | ✗ |\n"
    )
    assert _tasks(document) == [
        ("Cap the upload size", "Lucia", TaskStatus.DONE),
        ("Stream large images", "Dmitri", TaskStatus.OPEN),
        ("Add a memory alert", "Lucia", TaskStatus.IN_PROGRESS),
        ("Load test the resizer", "Dmitri", TaskStatus.IN_PROGRESS),
        ("Document the limits", "Lucia", TaskStatus.DONE),
        ("Move to a bigger box", "Dmitri", TaskStatus.OPEN),
        ("Restart on OOM", "Lucia", TaskStatus.DONE),
        ("Rewrite in Go", "Dmitri", TaskStatus.OPEN),
    ]


def test_a_mark_beside_other_words_keeps_those_words_in_the_task() -> None:
    document = from_markdown(
        _HEAD + "## Action items\n\n| Task | Owner | Status |\n|---|---|---|\n"
        "| Cap the upload size | Lucia | ✅ PR 12 |\n"
    )
    assert "PR 12" in document.measures.tasks[0].text


def test_a_status_line_with_a_mark_is_the_tasks_status() -> None:
    document = from_markdown(_HEAD + "## Action items\n\n- Cap the upload size\n  - Owner: Lucia\n  - Status: 🟢\n")
    assert _tasks(document) == [("Cap the upload size", "Lucia", TaskStatus.DONE)]


def test_todo_lines_with_only_first_names_in_brackets_are_owned_when_one_is_the_authors() -> None:
    document = from_markdown(
        _HEAD + "## Action items\n\n"
        "TODO: cap the upload size in nginx.conf (Lucia)\n"
        "TODO: stream large images through the resizer (Dmitri)\n"
        "TODO: write a runbook for the resizer\n"
    )
    assert _tasks(document) == [
        ("cap the upload size in nginx.conf", "Lucia", TaskStatus.OPEN),
        ("stream large images through the resizer", "Dmitri", TaskStatus.OPEN),
        ("write a runbook for the resizer", "", TaskStatus.OPEN),
    ]


def test_a_product_in_brackets_stays_in_the_tasks_text() -> None:
    document = from_markdown(
        _HEAD + "## Action items\n\nTODO: move the queue off the box (Redis)\nTODO: pin the image library (Pillow)\n"
    )
    assert [task.owner for task in document.measures.tasks] == ["", ""]
    assert document.measures.tasks[0].text == "move the queue off the box (Redis)"


def test_owners_between_dashes_in_leading_brackets_and_labelled_assigned_are_read() -> None:
    document = from_markdown(
        _HEAD + "## Action items\n\n"
        "TODO: cap the upload size — Lucia —\n"
        "TODO: [Dmitri] stream large images\n"
        "TODO: add a memory alert (assigned: Lucia)\n"
        "TODO: @dmitri load test the resizer\n"
        "TODO: add swap - Lucia Ferreira -\n"
    )
    assert [(text, owner) for text, owner, _ in _tasks(document)] == [
        ("cap the upload size", "Lucia"),
        ("stream large images", "Dmitri"),
        ("add a memory alert", "Lucia"),
        ("Load test the resizer", "dmitri"),
        ("add swap", "Lucia Ferreira"),
    ]


def test_a_bracketed_tag_before_a_task_is_not_its_owner() -> None:
    document = from_markdown(
        _HEAD + "## Action items\n\n- [WIP] stream large images\n- [Monitoring] add a memory alert\n"
    )
    assert [task.owner for task in document.measures.tasks] == ["", ""]
    assert document.measures.tasks[1].text == "[Monitoring] add a memory alert"
