"""A measures section's own list, then a section of its own naming the tasks ("## Tasks to Address the
Issue"): the author set the tasks apart, so the first list is the improvements, as when "**Tasks:**" labels
the second list inside the section."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

TWO_PARTS = """# Postmortem: Database replication lag

## Corrective and Preventative Measures

To prevent a recurrence, we have identified areas for improvement:

- **Change Management**: Review every software update for its effect on configuration.
- **Monitoring**: Add replication metrics to our monitoring.

## Tasks to Address the Issue

- Update our configuration scripts for the new defaults.
- Add replication lag to the database dashboard.
"""


def test_the_measures_own_list_beside_a_tasks_section_is_the_improvements() -> None:
    measures = from_markdown(TWO_PARTS).measures
    assert [text.split(":", 1)[0] for text in measures.improvements] == ["**Change Management**", "**Monitoring**"]
    assert [task.text for task in measures.tasks] == [
        "Update our configuration scripts for the new defaults.",
        "Add replication lag to the database dashboard.",
    ]


def test_a_list_that_says_who_stays_tasks() -> None:
    measures = from_markdown(TWO_PARTS.replace("our monitoring.", "our monitoring (owner: Dana).")).measures
    assert measures.improvements == []
    assert len(measures.tasks) == 4
