"""Numbered measures, each a bold title whose own words end with a colon over bullets that lost their indent
(a document converted by pandoc or pasted from a word processor writes them at the margin).

A careful reader sees one task a title: the bullets under "We will alert on:" tell that task, they are no tasks of
their own. A bold title alone over bullets still names a group of tasks, and bullets under an item that leads into
nothing stay a list of their own.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_HEAD = "# Mail queue stalled\n\n## Summary\n\nOutgoing mail waited for three hours.\n\n## Action items\n\n"

_MARGIN_BULLETS = """1.  **Watch the queue more closely**
We will alert on:

-   The number of waiting messages
-   The age of the oldest message

2.  **Write a runbook for a stalled queue**
We will describe how to flush the queue by hand.

3. **Test a busy day**
    We will replay in staging:

-   A day of newsletters
-   A burst of password resets
"""


def test_margin_bullets_under_a_title_leading_into_them_tell_that_one_task() -> None:
    tasks = from_markdown(_HEAD + _MARGIN_BULLETS).measures.tasks
    assert len(tasks) == 3
    assert tasks[0].text.startswith("**Watch the queue more closely** We will alert on:")
    assert "oldest message" in tasks[0].text
    assert tasks[1].text.startswith("**Write a runbook for a stalled queue**")
    assert "password resets" in tasks[2].text


def test_a_bold_title_alone_over_margin_bullets_is_still_a_group_of_tasks() -> None:
    grouped = "1.  **Monitoring**\n\n-   Alert on waiting messages\n-   Graph the queue's age\n\n2.  **Runbooks**\n"
    texts = [task.text for task in from_markdown(_HEAD + grouped).measures.tasks]
    assert "Alert on waiting messages" in texts and "Graph the queue's age" in texts
