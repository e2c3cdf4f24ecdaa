"""Measures written one "Name: what we will do" a line, with no list marker, over a separate task list.

A careful reader takes each labelled line as one improvement, a line wrapped onto the next included, and the
"Task list:" below them as the tasks.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """Postmortem: Slow checkout

Timeline:
10:00 AM UTC: Alert on checkout latency.
10:40 AM UTC: Cache restarted, checkout fast again.

Corrective and Preventative Measures

Cache sizing: Review the cache size for every service that keeps sessions in memory and
adjust it before the next sale.
Latency alerts: Page the on-call engineer when checkout is slower than two seconds.
Load tests: Run a load test before each sale.

Task List:

Raise the checkout cache size.
Add a latency alert for checkout.
"""


def test_labelled_lines_over_a_task_list_are_the_improvements() -> None:
    document = from_markdown(REPORT)
    assert [task.text for task in document.measures.tasks] == [
        "Raise the checkout cache size.",
        "Add a latency alert for checkout.",
    ]
    assert len(document.measures.improvements) == 3
    assert document.measures.improvements[0].endswith("before the next sale.")
