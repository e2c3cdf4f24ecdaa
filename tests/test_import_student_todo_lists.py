"""Students' "Corrective and preventative measures" with their tasks written as TODO lines or checkboxes,
and the same post-mortem written in French.

Each test opens a small post-mortem of the form and checks the improvements and tasks a user then sees.
"""

from __future__ import annotations

from datetime import date

from app.formats.markdown_import import from_markdown
from app.model import PostMortem, TaskStatus

_HEAD = (
    "# Postmortem: the blog went down\n\nAuthor: Tomas Lindqvist, with Ines Carvalho\n\n"
    "## Issue Summary\n\nFrom 08:00 to 09:10 UTC on 7 May 2024 the blog answered 503.\n\n"
    "## Root cause and resolution\n\nA worker pool of two was too small. I raised it to eight.\n\n"
)


def _tasks(document: PostMortem) -> list[tuple[str, str, date | None, TaskStatus]]:
    return [(task.text, task.owner, task.due, task.status) for task in document.measures.tasks]


def test_todo_lines_one_under_the_other_are_one_task_each_with_their_owner_and_due_date() -> None:
    document = from_markdown(
        _HEAD + "## Corrective and preventative measures\n\nImprovements:\n- Size the worker pool from load tests\n"
        "- Alert on 5xx, not only on ping\n\n"
        "TODO: add a load test to the CI pipeline (Ines, by 21/05/2024)\n"
        "TODO: page the on-call by phone as well (Tomas)\n"
        "TODO: document the worker pool settings in the README\n"
    )
    assert document.measures.improvements == ["Size the worker pool from load tests", "Alert on 5xx, not only on ping"]
    assert _tasks(document) == [
        ("add a load test to the CI pipeline", "Ines", date(2024, 5, 21), TaskStatus.OPEN),
        ("page the on-call by phone as well", "Tomas", None, TaskStatus.OPEN),
        ("document the worker pool settings in the README", "", None, TaskStatus.OPEN),
    ]


def test_checkboxes_after_the_improvements_list_are_the_tasks_done_or_open() -> None:
    document = from_markdown(
        _HEAD + "## Corrective and preventative measures\n\nImprovements:\n\n- Test the pool size before a launch\n"
        "- Keep a spare worker warm\n\n- [x] Raise the pool to eight workers\n- [ ] Add a queue-length graph\n"
    )
    assert document.measures.improvements == ["Test the pool size before a launch", "Keep a spare worker warm"]
    assert _tasks(document) == [
        ("Raise the pool to eight workers", "", None, TaskStatus.DONE),
        ("Add a queue-length graph", "", None, TaskStatus.OPEN),
    ]


def test_a_lower_case_corrective_and_preventive_heading_holds_the_measures() -> None:
    document = from_markdown(
        _HEAD + "## corrective & preventive\n- watch the worker queue length\n\n"
        "TODO: raise the pool in the ansible role\nTODO: add a cron that mails me the queue length\n"
    )
    assert document.measures.improvements == ["watch the worker queue length"]
    assert [task.text for task in document.measures.tasks] == [
        "raise the pool in the ansible role",
        "add a cron that mails me the queue length",
    ]


_FRENCH = """# Post-mortem : la boutique en 504 après une migration

**Auteur :** Karim Benali

## Résumé du problème

- **Durée :** 50 minutes, le 5 mars 2024 de 10h00 à 10h50 (UTC).
- **Impact :** la page de paiement renvoyait « 504 Gateway Timeout » pour 120 clients.
- **Cause racine :** une migration a verrouillé la table des commandes.

## Chronologie

- **10h00** — La migration démarre. Début de la panne.
- **10h50** — Les paiements passent de nouveau. Fin de l'incident.

## Cause racine et résolution

**Cause :** la migration ajoutait un index sans `CONCURRENTLY` sur une table de 40 millions de lignes.

**Résolution :** annuler la migration et la relancer la nuit :

```bash
psql -c 'drop index idx_orders_day'
```

## Mesures correctives et préventives

Améliorations :
- Lancer les migrations lourdes hors des heures de pointe
- Créer les index avec CONCURRENTLY

À faire :
- [ ] Ajouter une vérification des migrations dans la CI (Karim, avant le 15/03/2024)
- [x] Prévenir le support avant chaque migration
"""


def test_a_french_post_mortem_has_its_impact_cause_resolution_improvements_and_tasks() -> None:
    document = from_markdown(_FRENCH)
    assert "120 clients" in document.summary.impact
    assert "verrouillé la table" in document.summary.root_cause
    assert "CONCURRENTLY" in document.root_cause.cause
    assert document.root_cause.resolution.startswith("annuler la migration")
    assert document.measures.improvements == [
        "Lancer les migrations lourdes hors des heures de pointe",
        "Créer les index avec CONCURRENTLY",
    ]
    assert _tasks(document) == [
        ("Ajouter une vérification des migrations dans la CI", "Karim", date(2024, 3, 15), TaskStatus.OPEN),
        ("Prévenir le support avant chaque migration", "", None, TaskStatus.DONE),
    ]
