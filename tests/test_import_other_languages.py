"""Post-mortems written in German, French or Spanish are read into the same parts as English ones.

Each test imports a small document written the way a team writing in its own
language would, and checks what a user then sees on the pages: the timeline,
the measures' tasks with their owners and due dates, the window, the closing
notes, and no additional section for a part the editor has.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown, read_markdown
from app.model import TaskStatus

CET = timezone(timedelta(hours=1))

GERMAN = """# Störung: Rechnungsversand blockiert

**Datum:** 05.02.2025
**Beginn:** 09:10 Uhr · **Ende:** 10:25 Uhr (MEZ)
**Verfasst von:** Lena Vogt

## Kurzfassung

Eine Stunde lang gingen keine Rechnungen an Kunden hinaus.

## Auswirkung

Etwa 3.200 Rechnungen kamen mit über einer Stunde Verspätung an.

## Grundursache

Die Warteschlange des Mail-Dienstes war voll, weil ein Zertifikat abgelaufen war.

## Chronologie

- 09:10 Uhr – Erste Rechnungen bleiben in der Warteschlange hängen.
- 09:40 Uhr – Lena erneuert das Zertifikat.
- 10:25 Uhr – Die Warteschlange ist leer, alles läuft wieder.

## Massnahmen

- [ ] Ablauf von Zertifikaten überwachen (Verantwortlich: Lena Vogt, bis 28.02.2025)
- [x] Zertifikat für zwei Jahre erneuert (Zuständig: Tim Brandt)

## Abschluss

Zertifikate gehören in den Kalender, nicht ins Gedächtnis.
"""


def _sections_kept(document) -> list[str]:
    return [section.heading for section in document.extra_sections]


def test_a_german_report_fills_the_editor_s_parts_and_keeps_no_section_aside():
    document = from_markdown(GERMAN)

    assert _sections_kept(document) == []
    assert document.introduction.startswith("Eine Stunde lang")
    assert "3.200 Rechnungen" in document.summary.impact
    assert "Zertifikat abgelaufen" in document.root_cause.cause
    assert [event.time for event in document.timeline] == [
        datetime(2025, 2, 5, 9, 10, tzinfo=CET),
        datetime(2025, 2, 5, 9, 40, tzinfo=CET),
        datetime(2025, 2, 5, 10, 25, tzinfo=CET),
    ]
    assert document.closing_notes.startswith("Zertifikate gehören")
    assert document.metadata.authors == ["Lena Vogt"]


def test_german_start_and_end_labels_on_one_line_give_the_window_on_the_stated_date():
    summary = from_markdown(GERMAN).summary

    assert (summary.start, summary.end) == (
        datetime(2025, 2, 5, 9, 10, tzinfo=CET),
        datetime(2025, 2, 5, 10, 25, tzinfo=CET),
    )


def test_a_german_task_s_owner_and_due_date_are_read_from_its_group():
    tasks = from_markdown(GERMAN).measures.tasks

    assert [(task.text, task.owner, task.due, task.status) for task in tasks] == [
        ("Ablauf von Zertifikaten überwachen", "Lena Vogt", date(2025, 2, 28), TaskStatus.OPEN),
        ("Zertifikat für zwei Jahre erneuert", "Tim Brandt", None, TaskStatus.DONE),
    ]


def test_the_german_report_reads_back_the_same_after_export():
    document = from_markdown(GERMAN)

    assert from_markdown(to_markdown(document)) == document


@pytest.mark.parametrize(
    ("heading", "part"),
    [
        ("Zusammenfassung", "introduction"),
        ("Einleitung", "introduction"),
        ("Auswirkungen", "impact"),
        ("Ursache", "cause"),
        ("Ursachenanalyse", "cause"),
        ("Zeitverlauf", "timeline"),
        ("Zeitleiste (MEZ)", "timeline"),
        ("Ablauf", "timeline"),
        ("Behebung", "resolution"),
        ("Lösung", "resolution"),
        ("Maßnahmen", "measures"),
        ("Folgemaßnahmen", "measures"),
        ("Folgemassnahmen", "measures"),
        ("Aufgaben", "measures"),
        ("Erkenntnisse", "closing_notes"),
        ("Fazit", "closing_notes"),
        ("📅 Zeitverlauf", "timeline"),
        ("3. Maßnahmen:", "measures"),
        ("Résumé", "introduction"),
        ("Resume", "introduction"),
        ("Chronologie des événements", "timeline"),
        ("Cause racine", "cause"),
        ("Mesures correctives", "measures"),
        ("Resumen", "introduction"),
        ("Impacto", "impact"),
        ("Causa raíz", "cause"),
        ("Cronologia", "timeline"),
        ("Acciones", "measures"),
        ("Lecciones aprendidas", "closing_notes"),
    ],
)
def test_section_names_in_other_languages_name_the_editor_s_parts(heading: str, part: str):
    from app.formats.markdown_read.names import section_key

    assert section_key(heading) == part


def test_a_heading_no_language_names_stays_an_additional_section():
    document = from_markdown("# Panne\n\n## Remerciements aux voisins\n\nMerci.\n\n## Aikajana\n\n- 10:00 Jotain.\n")

    assert _sections_kept(document) == ["Remerciements aux voisins", "Aikajana"]


FRENCH = """# Incident : paiements refusés

**Date :** 14/06/2024
**Début :** 16:20
**Fin :** 17:05

## Résumé

Les paiements par carte ont été refusés pendant 45 minutes.

## Impact

Environ 600 commandes perdues.

## Chronologie

- 16:20 – Les refus de paiement commencent.
- 17:05 – Les paiements passent de nouveau.

## Mesures

- [ ] Ajouter une alerte sur le taux de refus (Responsable : Chloé Martin, échéance : 01/07/2024)
"""

SPANISH = """# Incidente: caída del buscador

**Fecha:** 2024-10-03
**Inicio:** 11:00 · **Fin:** 11:50

## Resumen

El buscador no devolvía resultados.

## Causa

Un índice corrupto tras la actualización.

## Cronología

- 11:00 – El buscador deja de responder.
- 11:50 – Búsquedas restablecidas.

## Acciones

- [x] Reconstruir el índice (Responsable: Diego Ruiz, estado: completado)
"""


def test_a_french_report_gives_its_window_timeline_and_task():
    document = from_markdown(FRENCH)

    assert _sections_kept(document) == []
    assert (document.summary.start, document.summary.end) == (
        datetime(2024, 6, 14, 16, 20, tzinfo=UTC),
        datetime(2024, 6, 14, 17, 5, tzinfo=UTC),
    )
    assert len(document.timeline) == 2
    assert "600 commandes" in document.summary.impact
    (task,) = document.measures.tasks
    assert (task.text, task.owner, task.due) == (
        "Ajouter une alerte sur le taux de refus",
        "Chloé Martin",
        date(2024, 7, 1),
    )


def test_a_spanish_report_gives_its_window_cause_and_finished_task():
    document = from_markdown(SPANISH)

    assert _sections_kept(document) == []
    assert (document.summary.start, document.summary.end) == (
        datetime(2024, 10, 3, 11, 0, tzinfo=UTC),
        datetime(2024, 10, 3, 11, 50, tzinfo=UTC),
    )
    assert "índice corrupto" in document.root_cause.cause
    (task,) = document.measures.tasks
    assert (task.text, task.owner, task.status) == ("Reconstruir el índice", "Diego Ruiz", TaskStatus.DONE)


@pytest.mark.parametrize(
    ("line", "task"),
    [
        (
            "- Backups prüfen (Verantwortlich: Jonas Weber, bis 15.04.2024)",
            ("Backups prüfen", "Jonas Weber", date(2024, 4, 15)),
        ),
        (
            "- Alarm schärfer stellen (Zuständig: Aylin Demir; fällig: 3. Mai 2024)",
            ("Alarm schärfer stellen", "Aylin Demir", date(2024, 5, 3)),
        ),
        ("- Runbook ergänzen (Verantwortlich: Team Betrieb)", ("Runbook ergänzen", "Team Betrieb", None)),
        (
            "- Log-Rotation einrichten (Jonas Weber, bis 30.04.2024)",
            ("Log-Rotation einrichten", "Jonas Weber", date(2024, 4, 30)),
        ),
    ],
)
def test_german_owner_and_due_words_in_a_task_s_group(line: str, task: tuple[str, str, date | None]):
    document = from_markdown(f"# Ausfall\n\n**Datum:** 10.04.2024\n\n## Maßnahmen\n\n{line}\n")

    (found,) = document.measures.tasks
    assert (found.text, found.owner, found.due) == task


@pytest.mark.parametrize(("word", "status"), [("erledigt", TaskStatus.DONE), ("offen", TaskStatus.OPEN)])
def test_a_task_s_status_written_in_german_is_its_status(word: str, status: TaskStatus):
    document = from_markdown(f"# Ausfall\n\n## Aufgaben\n\n- Monitoring ergänzen (Status: {word})\n")

    (task,) = document.measures.tasks
    assert (task.text, task.status) == ("Monitoring ergänzen", status)


def test_the_zone_note_is_not_given_when_no_time_was_read():
    _, notes = read_markdown("# Storing\n\n## Tijdlijn\n\n- 14:05 CET – Wachtwoord verloopt.\n- 15:40 – Werkt weer.\n")

    assert not any("were read in" in note for note in notes)


def test_the_zone_note_is_given_when_times_were_read_in_that_zone():
    _, notes = read_markdown(GERMAN)

    assert "Times written without a zone were read in MEZ, the only zone the document names." in notes


def test_a_german_timeline_s_entries_get_their_kinds_from_their_words():
    document = from_markdown(
        "# Ausfall der Suche\n\n**Datum:** 02.09.2024\n\n## Zeitleiste\n\n"
        "- 08:00 Uhr – Das Monitoring meldet leere Suchergebnisse.\n"
        "- 08:10 Uhr – Petra leert den Cache, weil sie einen veralteten Index vermutet.\n"
        "- 08:30 Uhr – Petra zieht das Team Suche hinzu.\n"
        "- 08:45 Uhr – Das Team spielt den Index von gestern ein und fügt eine Prüfung hinzu.\n"
        "- 09:05 Uhr – Die Suche funktioniert wieder.\n"
    )

    assert [event.kind.value for event in document.timeline] == [
        "detection",
        "misleading",
        "escalation",
        "action",
        "resolution",
    ]


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ("Le support signale des erreurs de paiement.", "detection"),
        ("Marc redémarre les serveurs, pensant à une fuite mémoire.", "misleading"),
        ("Incident escaladé à l'équipe réseau.", "escalation"),
        ("Le service est rétabli pour tous les clients.", "resolution"),
        ("Se detecta un aumento de errores.", "detection"),
        ("Ana reinicia el balanceador, creyendo que está colgado.", "misleading"),
        ("Servicio restablecido.", "resolution"),
    ],
)
def test_french_and_spanish_entries_get_their_kinds_from_their_words(entry: str, kind: str):
    document = from_markdown(f"# Panne\n\n## Chronologie\n\n- 10:00 – Début.\n- 10:20 – {entry}\n")

    assert document.timeline[-1].kind.value == kind
