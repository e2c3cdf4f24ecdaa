"""A follow-up list that writes each owner in brackets before the date ("(Mirela, 2026-04-02)") names people
there: an owner named nowhere else in the report is still that task's owner when another bracket of the
list names someone the report does name; alone, such a bracket may name a product and stays as written."""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown

REPORT = """---
title: Checkout latency after the pricing release
authors: [Tariq Aziz]
---

# Checkout latency after the pricing release

## Summary

Checkout took up to eight seconds for an hour after the pricing release, until Tariq rolled it back.

## Follow-ups

- [ ] Load test the pricing service before each release (Tariq, 2026-04-01)
- [ ] Update the on-call runbook for pricing rollbacks (Mirela, 2026-04-02)
"""


def test_a_bracketed_owner_beside_a_known_one_is_the_tasks_owner() -> None:
    tasks = from_markdown(REPORT).measures.tasks

    assert [(task.owner, task.due) for task in tasks] == [
        ("Tariq", date(2026, 4, 1)),
        ("Mirela", date(2026, 4, 2)),
    ]
    assert tasks[1].text == "Update the on-call runbook for pricing rollbacks"


def test_a_bracket_naming_nobody_the_report_knows_stays_as_written() -> None:
    report = REPORT.replace("(Tariq, 2026-04-01)", "(Grafana, 2026-04-01)")
    assert all(not task.owner for task in from_markdown(report).measures.tasks)
