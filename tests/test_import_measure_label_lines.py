"""Two labelled lines under the measures, with no blank line between: "Improvements: …" then "Tasks: …".

A plain-text report writes its lists as one labelled line each. The second label opens its own list: its
text is the tasks, not more of the improvements.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize(
    ("improvements_label", "tasks_label"),
    [
        ("Improvements/Fixes", "Tasks to Address the Issue"),
        ("Improvements", "Action items"),
        ("**Preventive measures:**", "**Tasks:**"),
    ],
)
def test_the_tasks_line_under_the_improvements_line_is_the_tasks(improvements_label: str, tasks_label: str) -> None:
    improvements = improvements_label if improvements_label.endswith(":**") else f"{improvements_label}:"
    tasks = tasks_label if tasks_label.endswith(":**") else f"{tasks_label}:"
    text = (
        "# Cache outage\n\n## Timeline\n\n- 10:00 UTC 2 May 2025: Cache nodes evicted every key.\n\n"
        "## Corrective and Preventative Measures\n\n"
        f"{improvements} Weekly cache capacity reviews, better eviction alerts.\n"
        f"{tasks} Add an eviction-rate alert, resize the cache cluster.\n"
    )
    document = from_markdown(text)
    assert document.measures.improvements == ["Weekly cache capacity reviews, better eviction alerts."]
    assert [task.text for task in document.measures.tasks] == ["Add an eviction-rate alert, resize the cache cluster."]
