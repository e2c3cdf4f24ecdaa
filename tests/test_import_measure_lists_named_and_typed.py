"""Measures lists as people name and type them.

"Possible improvements" heads the improvements (its sub-headings, "What we could do to prevent a repeat", parts
of it), and the "Actions" after it the tasks; a task typed as "task : Name Initial next step"
is owned by that person; a list whose only item is "N/A" lists nothing.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """# Search outage

## Review

### Possible improvements:

#### What we could do to prevent a repeat

* Load tests before each index change
* A second search node

### Actions

* Write the index change checklist : Ravi S open ticket
* Add a second node : Shared
* Review the alerts : Existing ticket in the backlog

### Recommendations:

* N/A
"""


def test_possible_improvements_are_improvements_and_the_actions_tasks() -> None:
    document = from_markdown(REPORT)
    assert document.measures.improvements == ["Load tests before each index change", "A second search node"]
    assert len(document.measures.tasks) == 3  # the recommendations' "N/A" is none


def test_a_name_after_a_spaced_colon_owns_the_task() -> None:
    tasks = from_markdown(REPORT).measures.tasks
    assert tasks[0].owner == "Ravi S"
    assert tasks[0].text.startswith("Write the index change checklist")
    assert "open ticket" in tasks[0].text  # what the owner does next stays with the task


def test_words_after_a_spaced_colon_that_name_no_one_stay_in_the_task() -> None:
    tasks = from_markdown(REPORT).measures.tasks
    assert [task.owner for task in tasks[1:]] == ["", ""]
    assert tasks[2].text == "Review the alerts : Existing ticket in the backlog"


def test_a_task_the_editor_saved_as_n_a_comes_back_from_its_own_markdown() -> None:
    """The "nothing listed" reading is for other people's layouts: in the editor's own, every item is a task."""
    from app.formats.markdown_export import to_markdown
    from app.model import Measures, PostMortem, Task

    document = PostMortem(measures=Measures(tasks=[Task(text="N/A"), Task(text="None")]))

    assert [task.text for task in from_markdown(to_markdown(document)).measures.tasks] == ["N/A", "None"]
