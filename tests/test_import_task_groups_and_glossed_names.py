"""Fields and tasks a careful reader finds where the author's layout names them in its own way.

Action items grouped under sub-headings (by kind of work, or by the part of the system they touch) stay tasks,
marked done where the author wrote "(DONE)"; a heading in another language glossed in English in brackets, or in
Czech, names its part; a Russian summary tells the impact; a story names its root cause mid-sentence.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import TaskStatus

GROUPED_BY_KIND = """# 2025-03-02 Queue stall

## Summary

The queue stalled for ten minutes after a deploy.

## Action items

### Process changes and improvements

1. Page the whole rota, not just the primary (DONE)

### Technical improvements

1. Move the workers off the shared node pool
"""

GROUPED_BY_COMPONENT = """# Incident report 2025-06-10

# Summary
The image cache filled its disk.

# Follow-up actions

## Registry
Cap the cache at 80% of the volume. (https://example.org/pr/12)

## Monitoring
Alert on free disk space below 15%
on every cache node.

## Background
The cache was added last year for the build farm. It keeps every layer ever pulled, and nobody owned its disk.
Nobody looked at it since then, and its dashboards were never finished.
The team that built it has since moved on to other work.
"""


def test_action_items_grouped_by_kind_of_work_are_tasks() -> None:
    tasks = from_markdown(GROUPED_BY_KIND).measures.tasks
    assert [task.text for task in tasks] == [
        "Page the whole rota, not just the primary",
        "Move the workers off the shared node pool",
    ]
    assert [task.status for task in tasks] == [TaskStatus.DONE, TaskStatus.OPEN]


def test_a_sentence_under_a_component_heading_is_that_components_task() -> None:
    texts = [task.text for task in from_markdown(GROUPED_BY_COMPONENT).measures.tasks]
    assert texts[0].startswith("Cap the cache at 80% of the volume.")
    assert texts[1] == "Alert on free disk space below 15% on every cache node."
    assert len(texts) == 2  # the background's prose is the author's, kept as written


GLOSSED = """---
title: "Сбой очереди заказов"
---

## Краткое описание
3 марта 2025 года с 10:00 по 10:40 MSK очередь заказов стояла. Это привело к задержке доставки уведомлений клиентам.

## Первичные причины (Root Causes)
Воркер не переподключался к брокеру после его перезапуска.
"""


def test_an_english_gloss_in_brackets_names_the_part_and_russian_tells_the_impact() -> None:
    document = from_markdown(GLOSSED)
    assert "не переподключался" in (document.root_cause.cause or "")
    assert "задержке доставки уведомлений" in (document.summary.impact or "")


CZECH = """# Výpadek přihlašování

## Problém 1: přihlášení selhává

### Příčina

Cache tokenů se nevyprázdnila po rotaci klíče.

### Navrhované řešení

1. Vyprázdnit cache při každé rotaci klíče
"""


def test_czech_section_names() -> None:
    document = from_markdown(CZECH)
    assert "nevyprázdnila po rotaci" in (document.root_cause.cause or document.summary.root_cause or "")
    assert any("rotaci klíče" in task.text for task in document.measures.tasks) or any(
        "rotaci klíče" in text for text in document.measures.improvements
    )


STORY = """# Why the wiki went dark

## The first sign

On March 3 the wiki stopped answering. I restarted it twice and it died again within the hour.

## Digging in

The logs were full of allocation failures from the search indexer.
So the real cause of the outage was the indexer's unbounded batch size, which ate every byte of the heap.

## What next

I capped the batch size at 500 documents.
"""

STORY_WITH_COLON = """# A weekend without email

## Saturday

The mail relay stopped sending on Saturday morning and nobody noticed until Sunday.

## Looking closer

After an hour of reading logs it was obvious. That brings us to the root cause of the whole mess: the relay's
certificate had expired on Friday night!
"""


def test_a_story_names_its_root_cause_mid_sentence() -> None:
    assert "unbounded batch size" in (from_markdown(STORY).summary.root_cause or "")
    cause = from_markdown(STORY_WITH_COLON).summary.root_cause or ""
    assert cause.startswith("The relay's certificate had expired")


def test_a_cause_ruled_out_in_a_story_names_none() -> None:
    text = STORY.replace(
        "So the real cause of the outage was the indexer's unbounded batch size, which ate every byte of the heap.",
        "The indexer's unbounded batch size was not the real cause of the outage, as it turned out.",
    )
    assert "unbounded batch size" not in (from_markdown(text).summary.root_cause or "")


MEASURES_AGAINST = """# Load balancer outage

# Root cause
The load balancer was not set up correctly.

# Measures against such problems in future
We move the load balancing to a managed service.
Keep an eye on the servers every day.
"""


def test_measures_against_a_repeat_name_the_measures() -> None:
    measures = from_markdown(MEASURES_AGAINST).measures
    written = [*measures.improvements, *(task.text for task in measures.tasks)]
    assert any("managed service" in text for text in written)


CHAIN = """# Outage 2025-04-02

## Summary
Users could not log in for forty minutes. The session store's disk had filled up, which took down the login
service. We cleared old snapshots to recover.

## Timeline
- 10:02 UTC: login errors start
- 10:42 UTC: snapshots cleared, logins work
"""


def test_a_summary_telling_what_set_it_off_and_what_it_did_gives_the_cause() -> None:
    cause = from_markdown(CHAIN).summary.root_cause or ""
    assert cause.startswith("The session store's disk had filled up")


def test_a_sentence_opening_with_its_effect_stays_the_impact() -> None:
    text = CHAIN.replace(
        "The session store's disk had filled up, which took down the login\nservice.",
        "This caused every sign-in to fail for 40% of users.",
    )
    document = from_markdown(text)
    assert "40% of users" in (document.summary.impact or "")
    assert "40% of users" not in (document.summary.root_cause or "")


REVIEW_NOTE = """---
title: "Postmortem on the billing delay of Tue 4th March"
author: Ines Moreau
---
On Tuesday 4th March, invoices went out three hours late. The underlying cause was the nightly export job not being
moved to the new scheduler before the old one was switched off.

What happened:

1.            Switch the old scheduler off.
Nobody noticed that the export was still registered there.
2.            Wait for the morning run
Customers started asking where their invoices were.

Agreed actions:

1.            Move every job to the new scheduler and delete the old one.
2.            Add an alert when the export has not run by 06:00.
"""


def test_agreed_actions_are_the_tasks_and_the_opening_names_the_cause() -> None:
    document = from_markdown(REVIEW_NOTE)
    texts = [task.text for task in document.measures.tasks]
    assert texts == [
        "Move every job to the new scheduler and delete the old one.",
        "Add an alert when the export has not run by 06:00.",
    ]
    assert "export job not being moved" in (document.summary.root_cause or "")
