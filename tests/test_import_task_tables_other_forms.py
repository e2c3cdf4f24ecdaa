"""Tasks written in forms other than an English pipe table or bullets with labels: a task table in German, French
or Spanish, a plain-text table whose columns are lined up with spaces, a blog's "What we're doing" list with a
status label leading each item, and details after the text split off by dashes, semicolons or bars.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown


def _tasks(text: str) -> list[tuple[str, str | None, date | None, str]]:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document
    return [(task.text, task.owner, task.due, task.status.value) for task in document.measures.tasks]


_GERMAN = """# Störung im Bestellsystem am 03.02.2026

## Zusammenfassung

Das Bestellsystem war zwei Stunden lang nicht erreichbar.

## {heading}

| Maßnahme | Verantwortlich | Fällig | Stand |
|---|---|---|---|
| Zeitüberschreitung für Abfragen setzen | Petra Lang | 20.02.2026 | erledigt |
| Kapazitätsplanung überarbeiten | Team Plattform | 15.03.2026 | in Arbeit |
| Runbook für Neustarts schreiben | Ali Demir | 01.04.2026 | offen |
"""


@pytest.mark.parametrize("heading", ["Maßnahmen", "Folgemaßnahmen", "Massnahmen"])
def test_a_german_task_table_gives_the_tasks(heading) -> None:
    assert _tasks(_GERMAN.format(heading=heading)) == [
        ("Zeitüberschreitung für Abfragen setzen", "Petra Lang", date(2026, 2, 20), "done"),
        ("Kapazitätsplanung überarbeiten", "Team Plattform", date(2026, 3, 15), "in progress"),
        ("Runbook für Neustarts schreiben", "Ali Demir", date(2026, 4, 1), "open"),
    ]


def test_a_spanish_task_table_gives_the_tasks() -> None:
    text = """# Caída del servicio de pagos

El servicio de pagos no respondió durante 40 minutos el 2 de marzo de 2026.

## Acciones

| Acción | Responsable | Fecha límite | Estado |
|---|---|---|---|
| Añadir límites de conexión | Lucía Gómez | 2026-03-10 | hecho |
| Probar la conmutación por error | Equipo SRE | 2026-04-02 | en curso |
| Documentar el proceso de reinicio | Pablo Ruiz | 2026-04-30 | pendiente |
"""
    assert _tasks(text) == [
        ("Añadir límites de conexión", "Lucía Gómez", date(2026, 3, 10), "done"),
        ("Probar la conmutación por error", "Equipo SRE", date(2026, 4, 2), "in progress"),
        ("Documentar el proceso de reinicio", "Pablo Ruiz", date(2026, 4, 30), "open"),
    ]


def test_a_french_table_with_a_task_column_and_a_state_column_gives_the_tasks() -> None:
    text = """# Panne de la messagerie

La messagerie était indisponible pendant une heure.

## Mesures correctives

| Tâche | Porteur | Date limite | État |
|---|---|---|---|
| Ajouter une alerte sur la file | Claire Martin | 2026-03-20 | terminée |
| Écrire la procédure de bascule | Hugo Petit | 2026-05-01 | à faire |
"""
    assert _tasks(text) == [
        ("Ajouter une alerte sur la file", "Claire Martin", date(2026, 3, 20), "done"),
        ("Écrire la procédure de bascule", "Hugo Petit", date(2026, 5, 1), "open"),
    ]


_BLOG = """---
layout: post
title: "Why search was slow last Tuesday"
date: 2026-02-10
---

Last Tuesday our search results took up to a minute to load.

## What happened

A reindex job filled the cache with cold entries.

## {heading}

1. **Done:** cap the reindex job's cache use (owner: Priya).
2. **In progress:** move reindexing to a separate cluster (owner: Tomás, due 2026-03-20).
3. Done — add a cache hit-rate alert (owner: Priya, due 2026-02-20).
4. [in progress] write up the reindex runbook (owner: Wen, due 2026-03-01)
5. (done) remove the old cache flag (owner: Wen)
6. Add load tests for reindexing (owner: Tomás, due 2026-04-01).
"""


@pytest.mark.parametrize(
    "heading", ["What we're doing", "What we are doing next", "What we’re doing about this", "Next steps"]
)
def test_a_blogs_plans_are_the_tasks_with_the_status_leading_each_item(heading) -> None:
    assert _tasks(_BLOG.format(heading=heading)) == [
        ("cap the reindex job's cache use", "Priya", None, "done"),
        ("move reindexing to a separate cluster", "Tomás", date(2026, 3, 20), "in progress"),
        ("add a cache hit-rate alert", "Priya", date(2026, 2, 20), "done"),
        ("write up the reindex runbook", "Wen", date(2026, 3, 1), "in progress"),
        ("remove the old cache flag", "Wen", None, "done"),
        ("Add load tests for reindexing", "Tomás", date(2026, 4, 1), "open"),
    ]


def test_a_leading_label_that_is_no_status_stays_in_the_tasks_text() -> None:
    text = """# Cache stampede

## Action items

- **Preventive:** add jitter to cache expiry (owner: Priya)
- Alerting — page on a cold cache (owner: Wen)
- Fix the bug - then close the ticket
"""
    assert _tasks(text) == [
        ("add jitter to cache expiry (Preventive)", "Priya", None, "open"),
        ("Alerting — page on a cold cache", "Wen", None, "open"),
        ("Fix the bug - then close the ticket", "", None, "open"),
    ]


def test_details_after_a_parenthesis_split_off_by_dashes_bars_or_semicolons_are_the_tasks_fields() -> None:
    text = """# Signing service outage

The signing service refused requests on 4 March 2026.

## Action items

- Rotate the signing keys (the old ones expire soon) — Security team — 2026-05-02 — in progress
- Add alerting on disk pressure (INFRA-812) — owner: Dana Ruiz — due 2026-04-01
- Add a retry budget to the client (see RFC 12); owner: Lee Park; due: 2026-04-10
- Document the failover steps (runbook v2) | owner: Sam Ortiz | due 2026-04-20 | done
- Shrink the worker image (6 GB) – Build team – 2026-08-15 – open
- Move the queue to the new hosts — Kofi Mensah — due 2026-06-01
"""
    assert _tasks(text) == [
        ("Rotate the signing keys (the old ones expire soon)", "Security team", date(2026, 5, 2), "in progress"),
        ("Add alerting on disk pressure (INFRA-812)", "Dana Ruiz", date(2026, 4, 1), "open"),
        ("Add a retry budget to the client (see RFC 12)", "Lee Park", date(2026, 4, 10), "open"),
        ("Document the failover steps (runbook v2)", "Sam Ortiz", date(2026, 4, 20), "done"),
        ("Shrink the worker image (6 GB)", "Build team", date(2026, 8, 15), "open"),
        ("Move the queue to the new hosts", "Kofi Mensah", date(2026, 6, 1), "open"),
    ]


def test_words_between_dashes_that_name_no_one_stay_in_the_tasks_text() -> None:
    text = """# Signing service outage

## Action items

- Raise the limit — the old one was too low — 2026-05-02
- Check the hosts | then the queue | done
"""
    assert _tasks(text) == [
        ("Raise the limit — the old one was too low — 2026-05-02", "", None, "open"),
        ("Check the hosts | then the queue | done", "", None, "open"),
    ]


_PLAIN_REPORT = """WAREHOUSE SCANNER OUTAGE
========================

Date: 12/02/2026

1. SUMMARY
----------

Handheld scanners could not reach the stock service for 50 minutes.

2. FOLLOW-UP ACTIONS
--------------------

{table}

3. LESSONS
----------

We did not know the firmware could update itself.
"""
_LINED_UP = [
    # A numbered table, indented, with a rule of dashes under each column.
    """  No.  Action                                         Owner        Due          Status
  ---  ---------------------------------------------  -----------  -----------  -----------
  1    Pin the scanner firmware to a tested version   R. Osei      20/02/2026   Done
  2    Add a health check for the stock service       L. Brandt    06/03/2026   In progress
  3    Write down the manual fallback for pickers     R. Osei      27/03/2026   Open""",
    # "#" heading the number column (a heading's mark to Markdown), no rule.
    """  #  Action                                        Owner       Due         Status
  1  Pin the scanner firmware to a tested version  R. Osei     20/02/2026  Done
  2  Add a health check for the stock service      L. Brandt   06/03/2026  In progress
  3  Write down the manual fallback for pickers    R. Osei     27/03/2026  Open""",
    # One dashed line under the header (a heading's underline to Markdown), a row wrapped onto a second line.
    """Action                                   Owner       Due          Status
-----------------------------------------------------------------------
Pin the scanner firmware to a tested     R. Osei     20/02/2026   Done
version
Add a health check for the stock         L. Brandt   06/03/2026   In progress
service
Write down the manual fallback for       R. Osei     27/03/2026   Open
pickers""",
]


@pytest.mark.parametrize("table", _LINED_UP, ids=["numbered-with-rules", "hash-column", "underlined-and-wrapped"])
def test_a_plain_text_table_lined_up_with_spaces_gives_the_tasks(table) -> None:
    assert _tasks(_PLAIN_REPORT.format(table=table)) == [
        ("Pin the scanner firmware to a tested version", "R. Osei", date(2026, 2, 20), "done"),
        ("Add a health check for the stock service", "L. Brandt", date(2026, 3, 6), "in progress"),
        ("Write down the manual fallback for pickers", "R. Osei", date(2026, 3, 27), "open"),
    ]


def test_lines_lined_up_with_spaces_that_name_no_tasks_columns_stay_as_written() -> None:
    glossary = (
        "\n\n4. GLOSSARY\n-----------\n\nTerm      Meaning            Used by\nSKU       Stock unit         Pickers\n"
    )
    document = from_markdown(_PLAIN_REPORT.format(table="- Pin the scanner firmware") + glossary)
    assert [task.text for task in document.measures.tasks] == ["Pin the scanner firmware"]
    assert (
        document.extra_sections[-1].body == "Term      Meaning            Used by\nSKU       Stock unit         Pickers"
    )


def test_a_tasks_details_at_the_end_of_its_wrapped_line_are_read() -> None:
    text = """# Checkout slowdown

The checkout page slowed down on 3 February 2026.

## Action items

1. **In progress:** run migrations on large tables through the online schema tool instead of
   plain `ALTER TABLE` (owner: Kofi, due 2026-03-15).
2. Set a lock timeout on all migration sessions so a blocked migration fails fast
   (owner: Dana, due 2026-03-01).
3. Add a dashboard panel
   - Owner: Marcus
   - Due: 2026-03-06
"""
    assert _tasks(text) == [
        (
            "run migrations on large tables through the online schema tool instead of plain `ALTER TABLE`",
            "Kofi",
            date(2026, 3, 15),
            "in progress",
        ),
        (
            "Set a lock timeout on all migration sessions so a blocked migration fails fast",
            "Dana",
            date(2026, 3, 1),
            "open",
        ),
        ("Add a dashboard panel", "Marcus", date(2026, 3, 6), "open"),
    ]


def test_an_owner_then_a_status_after_a_comma_closing_the_line_are_read() -> None:
    text = """# Card payments failed

Marek found the stuck job on 1 March 2026.

## Action items

- Add a second reviewer for config changes - Marek, done.
- Tell affected customers by e-mail - Customer Care (Hannah Price), in progress.
- Alert on consumer lag - Platform team, due 27 March 2026, open.
- Upgrade the cluster - Postgres 16, done.
"""
    assert _tasks(text) == [
        ("Add a second reviewer for config changes", "Marek", None, "done"),
        ("Tell affected customers by e-mail", "Customer Care (Hannah Price)", None, "in progress"),
        ("Alert on consumer lag", "Platform team", date(2026, 3, 27), "open"),
        ("Upgrade the cluster - Postgres 16, done.", "", None, "open"),
    ]
