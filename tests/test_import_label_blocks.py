"""Measures written as labelled paragraphs ("Name: sentence", or the name alone over its sentence)."""

from app.formats.markdown_import import from_markdown

_BEFORE_TASKS = """# Queue stall

## Root Cause
The worker pool ran out of memory.

# Corrective and Preventative Measures

We will put these in place:

Memory Budgets: Give every worker a memory budget and restart it when it goes over.

Queue Depth Alerts: Page the on-call engineer when the queue holds more than a thousand jobs.

## Tasks to Address the Issue

Set the memory budget in the worker settings.
"""

_NAME_ALONE = """# Queue stall

## Corrective and Preventative Measures
Improvements:

Better Dashboards:
Show the queue depth and the workers' memory side by side.

Load Drills:
Run a drill each quarter that fills the queue on purpose.

TODO:

- Add the queue depth panel.
"""

_ONE_NOTE = """# Queue stall

## Corrective and Preventative Measures

Note: the workers were upgraded last week.

- Add the queue depth panel.
"""


def test_labelled_paragraphs_before_the_tasks_are_improvements_with_their_names() -> None:
    measures = from_markdown(_BEFORE_TASKS).measures
    assert measures.improvements == [
        "Memory Budgets: Give every worker a memory budget and restart it when it goes over.",
        "Queue Depth Alerts: Page the on-call engineer when the queue holds more than a thousand jobs.",
    ]
    assert [task.text for task in measures.tasks] == ["Set the memory budget in the worker settings."]


def test_a_name_alone_over_its_sentence_stays_in_the_improvement() -> None:
    measures = from_markdown(_NAME_ALONE).measures
    assert measures.improvements == [
        "Better Dashboards: Show the queue depth and the workers' memory side by side.",
        "Load Drills: Run a drill each quarter that fills the queue on purpose.",
    ]
    assert [task.text for task in measures.tasks] == ["Add the queue depth panel."]


def test_one_labelled_note_is_not_a_measure() -> None:
    measures = from_markdown(_ONE_NOTE).measures
    # (The plain list alone under the measures' heading is the improvements; the note is in neither list.)
    assert measures.improvements == ["Add the queue depth panel."]
    assert measures.tasks == []


_HEADING_EACH = """# Queue stall

# Root Cause
The worker pool ran out of memory.

# Preventive Measures

Here is what changes:

# Memory Budgets:
Give every worker a memory budget.

# Queue Depth Alerts:
Page the on-call engineer when the queue backs up.
"""


def test_a_heading_per_measure_after_the_measures_heading_names_an_improvement() -> None:
    report = from_markdown(_HEADING_EACH)
    assert report.measures.improvements == [
        "Memory Budgets: Give every worker a memory budget.",
        "Queue Depth Alerts: Page the on-call engineer when the queue backs up.",
    ]
    assert [extra.heading for extra in report.extra_sections] == ["Preventive Measures"]
