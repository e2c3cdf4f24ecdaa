"""Measures whose first list has no name: plain lines under the measures' heading, then a line naming the
tasks ("Tasks to address the issue:", "Action items:") over the task lines. A careful reader takes the lines
before that name as the improvements and the lines after it as the tasks, whether the name has a blank line
before it or after it. Prose before the name ("We met and agreed …") stays the author's words."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

PLAIN = """Queue backlog on the mail sender

Summary
Outgoing mail was delayed by two hours because the send queue stalled.

Corrective and Preventative Measures
Alert when the send queue grows for ten minutes.
Review how the queue workers are restarted.
Tasks to address the issue:

Add a health check to every queue worker.
Document the manual drain of the queue.
"""

IMPROVEMENTS = ["Alert when the send queue grows for ten minutes.", "Review how the queue workers are restarted."]
TASKS = ["Add a health check to every queue worker.", "Document the manual drain of the queue."]


def _lists(text: str) -> tuple[list[str], list[str]]:
    measures = from_markdown(text).measures
    return measures.improvements, [task.text for task in measures.tasks]


def test_lines_before_the_tasks_name_are_the_improvements_with_a_blank_line_after_it() -> None:
    assert _lists(PLAIN) == (IMPROVEMENTS, TASKS)


def test_lines_before_the_tasks_name_are_the_improvements_with_a_blank_line_before_it() -> None:
    text = PLAIN.replace("restarted.\nTasks to address the issue:\n\n", "restarted.\n\nTasks to address the issue:\n")
    assert _lists(text) == (IMPROVEMENTS, TASKS)


@pytest.mark.parametrize("name", ["Tasks:", "Action items:", "**Action items:**"])
def test_other_names_of_the_tasks_over_a_markdown_list(name: str) -> None:
    text = PLAIN.replace("Tasks to address the issue:\n\n", f"\n{name}\n")
    text = text.replace("Add a health", "- Add a health").replace("Document the", "- Document the")
    text = "# " + text.replace("\nSummary\n", "\n## Summary\n").replace("\nCorrective and", "\n## Corrective and")
    assert _lists(text) == (IMPROVEMENTS, TASKS)


def test_prose_before_the_tasks_name_stays_the_authors_words() -> None:
    text = PLAIN.replace(
        "Alert when the send queue grows for ten minutes.\nReview how the queue workers are restarted.\n",
        "We went through the incident together.\nThe team agreed on the work below.\n",
    )
    improvements, tasks = _lists(text)
    assert improvements == []
    assert tasks == TASKS
    assert "We went through the incident together." in from_markdown(text).extra_sections[0].body
