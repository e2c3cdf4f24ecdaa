"""Two lists in the measures, each under a sentence ending with a colon: the one the sentence names as the tasks
is the tasks, the list above it the improvements ("We will change these things:" over broad aims, then "The
tasks that follow from them are:" over concrete work)."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

TWO_LEADS = """# Postmortem: slow search

## Issue Summary

Search answered in ten seconds instead of one on 9 May 2024, from 13:00 to 14:30 UTC.

## Corrective and Preventative Measures

We want to get better at these things:

- **Capacity Planning**: size the search cluster for the busiest hour, not the average one.
- **Query Hygiene**: keep unbounded queries out of the product.

The tasks that follow from them are:

- Add two search nodes before the June sale.
- Put a row limit on the export query.
- Alert when search latency passes two seconds.
"""


def test_list_under_a_sentence_naming_the_tasks_is_the_tasks_and_the_one_above_the_improvements() -> None:
    incident = from_markdown(TWO_LEADS)
    assert [task.text for task in incident.measures.tasks] == [
        "Add two search nodes before the June sale.",
        "Put a row limit on the export query.",
        "Alert when search latency passes two seconds.",
    ]
    assert len(incident.measures.improvements) == 2
    assert "size the search cluster" in incident.measures.improvements[0]


ONE_TITLED_LIST = """# Postmortem: the course API went quiet

## Issue Summary

The class project could not reach the forum API on 3 April 2024.

## Corrective and Preventative Measures
To keep this from happening again, the following measures were agreed:
1. **Vendor Review**: Check every outside API the course uses for new access rules.
2. **Guidance for Students**: Explain how to call outside APIs politely.
3. **Backup for Projects**: Prepare a project that needs no outside API.
"""


def test_bold_titles_of_one_list_are_not_owners_and_the_list_stays_whole() -> None:
    incident = from_markdown(ONE_TITLED_LIST)
    measures = incident.measures
    # One undivided list: all improvements or all tasks, never split by a title read as a person's name.
    assert not (measures.improvements and measures.tasks)
    items = list(measures.improvements) + [task.text for task in measures.tasks]
    assert len(items) == 3
    assert items[0].startswith("**Vendor Review**")
    assert all(task.owner == "" for task in measures.tasks)


LEAD_ITEM_OVER_NESTED_LIST = """# Postmortem: broken theme

## Summary
The blog showed a blank page for a week in August 2024.

## Corrective and preventative measures
- We should keep a checklist for this kind of failure, written like this:-
    -   check that every file name has the right ending
    -   rename the file when it does not
"""


def test_item_leading_into_a_nested_list_gives_the_nested_items() -> None:
    incident = from_markdown(LEAD_ITEM_OVER_NESTED_LIST)
    items = list(incident.measures.improvements) + [task.text for task in incident.measures.tasks]
    assert items == ["check that every file name has the right ending", "rename the file when it does not"]
    # The sentence leading into them is kept where the reader finds it.
    assert any("keep a checklist" in section.body for section in incident.extra_sections)
