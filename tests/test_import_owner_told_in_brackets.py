"""A follow-up whose owner is told in a clause in its brackets ("(Nadia owns the runbook, by June 12)") has
that owner and due date; what they own stays in the task's text."""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown

RETRO = """# The afternoon our uploads stalled

*Posted by Lee Morgan — June 3, 2026*

## What happened?

On Monday, June 1st, at about 2:10pm ET, uploads stopped finishing.

## What are we doing about it?

1. Alert on upload queue age (Tomas, by June 8)
2. Write a runbook for the storage failover (Nadia owns the runbook, by June 12)
"""


def test_the_owner_named_in_the_clause_and_the_due_date_are_read() -> None:
    task = from_markdown(RETRO).measures.tasks[1]

    assert (task.owner, task.due) == ("Nadia", date(2026, 6, 12))
    assert task.text.startswith("Write a runbook for the storage failover")
    assert "owns the runbook" in task.text
