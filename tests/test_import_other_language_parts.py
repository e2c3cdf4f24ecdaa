"""Parts of a post-mortem written in a team's own language: a reader finds them as in an English one.

Each test imports a short report in the words such a team uses (a "## Zeitablauf" timeline, a "##
Zusammenfassung" of labelled lines beside an introduction, "### Ursache" and "### Behebung" under one
heading, German's "Autor:innen") and checks what a user then sees in the editor.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

CET = timezone(timedelta(hours=1))


def test_a_zeitablauf_heading_is_the_timeline_with_one_event_per_uhr_entry():
    document = from_markdown(
        """# Störung der Suche

**Datum:** 09.11.2026 (Zeiten in MEZ)

## Zeitablauf

- **09:12 Uhr** – Die Suche liefert leere Ergebnisse.
- **09:30 Uhr** – Mara startet den Indexdienst neu.
- **09:48 Uhr** – Ergebnisse wieder vollständig.
"""
    )

    assert [event.time for event in document.timeline] == [
        datetime(2026, 11, 9, 9, 12, tzinfo=CET),
        datetime(2026, 11, 9, 9, 30, tzinfo=CET),
        datetime(2026, 11, 9, 9, 48, tzinfo=CET),
    ]
    assert "Zeitablauf" not in [section.heading for section in document.extra_sections]


GERMAN_SUMMARY = """# Ausfall des Kundenportals

## Einleitung

Am Montag war das Kundenportal zwei Stunden lang nicht erreichbar. Hier steht, was passiert ist.

## Zusammenfassung

- **Beginn:** 09.11.2026, 07:40 Uhr
- **Ende:** 09.11.2026, 09:35 Uhr
- **Auswirkung:** etwa 1.800 Anmeldungen schlugen fehl
- **Ursache:** ein volles Dateisystem auf dem Sitzungsspeicher
"""


def test_a_zusammenfassung_of_labelled_lines_beside_an_einleitung_gives_the_window_impact_and_cause():
    document = from_markdown(GERMAN_SUMMARY)

    assert "1.800 Anmeldungen" in document.summary.impact
    assert "volles Dateisystem" in document.summary.root_cause
    assert document.introduction.startswith("Am Montag war das Kundenportal")


def test_ursache_and_behebung_sub_headings_fill_the_cause_and_the_resolution():
    document = from_markdown(
        """# Ausfall der Anmeldung

## Ursache und Behebung

### Ursache

Der Sitzungsspeicher lief voll, weil alte Sitzungen nie gelöscht wurden.

### Behebung

Wir haben die alten Sitzungen gelöscht und eine Aufräumregel eingerichtet.
"""
    )

    assert document.root_cause.cause.startswith("Der Sitzungsspeicher lief voll")
    assert "Ursache" not in document.root_cause.cause
    assert document.root_cause.resolution.startswith("Wir haben die alten Sitzungen gelöscht")


def test_authors_under_german_inclusive_plural_labels_are_the_authors():
    for label in ("Autor:innen", "Autor*innen", "Autor_innen"):
        document = from_markdown(
            f"""# Ausfall der Anmeldung

| | |
|---|---|
| **{label}** | Mara Stein, Uwe Brandt |
| **Schweregrad** | SEV3 |

Die Anmeldung war eine Stunde lang gestört.
"""
        )

        assert document.metadata.authors == ["Mara Stein", "Uwe Brandt"], label


def test_a_list_led_in_after_a_table_of_owned_tasks_is_the_improvements():
    document = from_markdown(
        """# Login outage

## Action items

| Action | Owner | Due |
|--------|-------|-----|
| Clean old sessions nightly | Mara Stein | 2026-11-20 |
| Alert on session store disk use | Uwe Brandt | 2026-11-27 |

Things we discussed but did not ticket:

- Maybe move sessions to a managed store one day.
- Load-test the login path before every sale.
"""
    )

    assert [task.text for task in document.measures.tasks] == [
        "Clean old sessions nightly",
        "Alert on session store disk use",
    ]
    assert document.measures.improvements == [
        "Maybe move sessions to a managed store one day.",
        "Load-test the login path before every sale.",
    ]


def test_a_list_named_as_tasks_after_the_table_stays_tasks():
    document = from_markdown(
        """# Login outage

## Action items

| Action | Owner | Due |
|--------|-------|-----|
| Clean old sessions nightly | Mara Stein | 2026-11-20 |

Follow-up tasks:

- Load-test the login path before every sale.
"""
    )

    assert len(document.measures.tasks) == 2
    assert document.measures.improvements == []


def test_a_numbered_task_ending_in_a_bold_owner_and_an_echeance_has_that_owner_and_due_date():
    document = from_markdown(
        """# Panne de la connexion

## Actions correctives

1. Purger les sessions expirées chaque nuit — **Mara Stein**, échéance 20/11/2026
2. Alerter sur l'espace disque du stockage de sessions — **Uwe Brandt**, échéance 27/11/2026
"""
    )

    assert [(task.text, task.owner, task.due) for task in document.measures.tasks] == [
        ("Purger les sessions expirées chaque nuit", "Mara Stein", date(2026, 11, 20)),
        ("Alerter sur l'espace disque du stockage de sessions", "Uwe Brandt", date(2026, 11, 27)),
    ]


def test_italic_header_lines_give_the_authors_without_the_reviewer_and_the_service():
    document = from_markdown(
        """# Panne de la connexion

_Rédigé par : Mara Stein, Uwe Brandt — relu par Ines Garrido_
_Gravité : SEV3 · Service concerné : session-store_

La connexion a échoué pendant une heure.
"""
    )

    assert document.metadata.authors == ["Mara Stein", "Uwe Brandt"]
    assert document.metadata.service == "session-store"
    assert "relu par Ines Garrido" in document.introduction  # the review is still credited where it was


def test_an_english_byline_s_reviewer_is_not_an_author():
    document = from_markdown(
        "# Login outage\n\n**Written by:** Mara Stein (reviewed by Ines Garrido)\n\nLogins failed for an hour.\n"
    )

    assert document.metadata.authors == ["Mara Stein"]


DUTCH = """# Storing van de webwinkel

Auteurs: Mara Stein
Ernst: SEV3

## Inleiding

Op maandag 9 november 2026 was de webwinkel een deel van de ochtend onbereikbaar. Alle tijden in CET.

## Samenvatting

Begin: 9 november 2026, 07:40
Einde: 9 november 2026, 09:35

Impact: ongeveer 1.800 bestellingen liepen vertraging op.

## Tijdlijn

| Tijd | Wat er gebeurde |
|---|---|
| 07:55 | Eerste klacht via de klantenservice. |
| 09:35 | Alles werkt weer. |

## Oorzaak en oplossing

**Oorzaak.** Het certificaat van de betaalkoppeling was verlopen.

**Oplossing.** Nieuw certificaat geplaatst.

## Actiepunten

- [ ] Certificaten automatisch vernieuwen — eigenaar: Mara Stein, deadline 20-11-2026
- [ ] Alarm op verloopdatum — eigenaar: Uwe Brandt, deadline 27-11-2026
"""


def test_a_samenvatting_after_an_inleiding_gives_the_window_its_begin_and_einde_lines_state():
    document = from_markdown(DUTCH)

    assert document.summary.start == datetime(2026, 11, 9, 7, 40, tzinfo=CET)
    assert document.summary.end == datetime(2026, 11, 9, 9, 35, tzinfo=CET)
    assert "1.800 bestellingen" in document.summary.impact
    assert document.introduction.startswith("Op maandag 9 november 2026")


def test_an_english_summary_after_an_introduction_gives_the_window_too():
    document = from_markdown(
        """# Shop outage

## Introduction

On Monday 9 November 2026 the shop was down for part of the morning. All times UTC.

## Summary

Start: 9 November 2026, 07:40
End: 9 November 2026, 09:35

Impact: about 1,800 orders were delayed.
"""
    )

    assert document.summary.start == datetime(2026, 11, 9, 7, 40, tzinfo=UTC)
    assert document.summary.end == datetime(2026, 11, 9, 9, 35, tzinfo=UTC)


def test_oorzaak_en_oplossing_is_the_root_cause_section():
    document = from_markdown(DUTCH)

    assert "certificaat van de betaalkoppeling" in document.root_cause.cause
    assert "Nieuw certificaat geplaatst" in document.root_cause.resolution
    assert "Oorzaak en oplossing" not in [section.heading for section in document.extra_sections]


def test_a_task_s_owner_after_a_dutch_eigenaar_label_is_its_owner():
    document = from_markdown(DUTCH)

    assert [(task.text, task.owner, task.due) for task in document.measures.tasks] == [
        ("Certificaten automatisch vernieuwen", "Mara Stein", date(2026, 11, 20)),
        ("Alarm op verloopdatum", "Uwe Brandt", date(2026, 11, 27)),
    ]


def test_a_german_guess_that_led_to_a_rollback_is_a_wrong_lead_not_a_plain_step():
    document = from_markdown(
        """# Störung der Suche

## Zeitablauf

- **09:12 Uhr** – Die Suche liefert leere Ergebnisse.
- **09:20 Uhr** – Mara vermutet das Release von gestern und startet einen Rollback.
- **09:48 Uhr** – Ergebnisse wieder vollständig.
"""
    )

    assert document.timeline[1].kind.value == "misleading"


def test_a_french_entry_where_someone_supposes_a_cause_is_a_wrong_lead():
    document = from_markdown(
        """# Panne de la recherche

## Chronologie

**09h12** – Les résultats de recherche sont vides.

**09h20** – Mara suppose une panne du fournisseur et ouvre un ticket chez lui.

**09h48** – Résultats de nouveau complets.
"""
    )

    assert document.timeline[1].kind.value == "misleading"


def test_a_spanish_entry_led_by_a_las_3_de_la_tarde_is_at_three_in_the_afternoon():
    document = from_markdown(
        """# Buscador sin resultados

Fecha del incidente: 09/11/2026. Horas de Madrid (CET).

## Cronología

- 14:40 — Salta la alerta de resultados vacíos.
- A las 3 de la tarde, Mara escala al equipo de datos.
- 15:30 — Índice reconstruido, todo normal.
"""
    )

    assert document.timeline[1].time == datetime(2026, 11, 9, 15, 0, tzinfo=CET)
    assert document.timeline[1].text.startswith("A las 3 de la tarde")


def test_a_german_entry_led_by_gegen_3_uhr_after_an_afternoon_entry_is_at_fifteen():
    document = from_markdown(
        """# Störung der Suche

**Datum:** 09.11.2026 (Zeiten in MEZ)

## Zeitablauf

- 14:40 Uhr – Alarm wegen leerer Suchergebnisse.
- Gegen 3 Uhr zieht Mara das Datenteam hinzu.
- 15:30 Uhr – Index neu aufgebaut.
"""
    )

    assert document.timeline[1].time == datetime(2026, 11, 9, 15, 0, tzinfo=CET)


def test_an_english_entry_opening_with_as_and_a_count_has_no_said_time():
    document = from_markdown(
        "# Search outage\n\nDate: 2026-11-09\n\n## Timeline\n\n- 14:40 UTC alert fires\n"
        "- As 3 engineers joined, the call grew.\n"
    )

    assert document.timeline[-1].time is None


def test_a_servicio_label_names_the_service():
    document = from_markdown("# Buscador sin resultados\n\nServicio: search-api\nSeveridad: SEV3\n\nTexto.\n")

    assert document.metadata.service == "search-api"
