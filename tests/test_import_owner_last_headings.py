"""A blog post's "## Follow-up work" giving each action a numbered heading that ends with who did it ("#### 1)
Pool alerts added by `@dana`", "#### 2) Sizing sheet written `@dana`"): a task per heading, owned by the handle,
named by the rest; the explanations under them stay as written."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

TEXT = """\
# Queue outage

## Root Cause

The connection pool was smaller than the peak number of clients.

### Opportunities

We need better alerting on the pool.

## Follow-up work

#### 1) Pool alerts added by `@dana`

An alert now fires on pool errors.

#### 2) Sizing sheet written `@rui`

It will be shared once reviewed.
"""


def test_each_heading_ending_with_a_handle_is_a_task_it_owns() -> None:
    document = from_markdown(TEXT)
    assert [(task.text, task.owner) for task in document.measures.tasks] == [
        ("Pool alerts added", "dana"),
        ("Sizing sheet written", "rui"),
    ]
    assert document.measures.improvements == ["We need better alerting on the pool."]
    kept = "\n".join(section.body for section in document.extra_sections)
    assert "An alert now fires on pool errors." in kept
