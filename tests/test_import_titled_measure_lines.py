"""Measures of a plain-text report written as a title line ending in a colon over the line or two telling it.

- under "Tasks:", "Check the Config:" over "Run a syntax check …" is one task named by its title, not a lead
  followed by a task: each title with its lines is one task;
- a title over several lines each is a group of tasks, as before (its lines are the tasks);
- "And that is how …" right under the last task is the closing words, not more of that task.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_HEAD = """The Day the Proxy Forgot Its Upstream

Issue Summary:
On 3 May 2024 from 09:00 to 10:00 UTC the shop answered every page with an error.

Timeline:
09:00 UTC: The error alarm fired.
10:00 UTC: The old proxy settings were put back and pages loaded again.

Corrective and Preventative Measures
Improvements:
Settings should be checked before they ship.
Tasks:
"""

_TITLED = """Check the Config:
Run a syntax check on every proxy file before it ships.
Watch the Proxy:
Page the on-call engineer when the proxy answers with errors.
Add a dashboard panel for the proxy's upstream health.
Write It Down:
Describe the release steps in the team's runbook.
"""


def test_each_title_with_the_lines_under_it_is_one_task() -> None:
    document = from_markdown(_HEAD + _TITLED)
    assert [task.text for task in document.measures.tasks] == [
        "Check the Config: Run a syntax check on every proxy file before it ships.",
        "Watch the Proxy: Page the on-call engineer when the proxy answers with errors. "
        "Add a dashboard panel for the proxy's upstream health.",
        "Write It Down: Describe the release steps in the team's runbook.",
    ]
    assert document.measures.improvements == ["Settings should be checked before they ship."]


def test_titles_each_over_several_lines_still_name_groups_of_tasks() -> None:
    grouped = (
        "Alerting:\nPage on proxy errors.\nAlert on a missing upstream.\n"
        "Releases:\nRun a syntax check first.\nShip to one server before the rest.\n"
    )
    document = from_markdown(_HEAD + grouped)
    assert [task.text for task in document.measures.tasks] == [
        "Page on proxy errors.",
        "Alert on a missing upstream.",
        "Run a syntax check first.",
        "Ship to one server before the rest.",
    ]


def test_a_story_ending_under_the_last_task_is_the_closing_words() -> None:
    ending = "And that, my friends, is how a single missing line took the shop down for an hour.\n"
    document = from_markdown(_HEAD + _TITLED + ending)
    assert len(document.measures.tasks) == 3
    assert document.measures.tasks[-1].text.endswith("runbook.")
    assert "is how a single missing line" in document.closing_notes
