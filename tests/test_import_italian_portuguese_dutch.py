"""Post-mortems written in Italian, Portuguese or Dutch are read as those in German, French and Spanish are.

Their headings ("## Cronologia", "## Linha do tempo", "## Tijdlijn"), their labels ("Gravità", "Autores",
"Eigenaar"), their task statuses ("In corso", "Concluído", "Afgerond"), the sentence stating the zone of the
times ("Tutti gli orari sono in ora italiana (CET)"), the window in words ("dalle 09:10 alle 10:25") and an
entry on the day after ("Il giorno dopo, 11:00") each land where a reader of the language puts them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind, Severity, Status, TaskStatus

CET = timezone(timedelta(hours=1))

ITALIAN = """# Post-mortem: ritardi nelle notifiche push

| | |
|---|---|
| **Data dell'incidente** | 12/02/2026 |
| **Gravità** | P3 |
| **Stato del documento** | Bozza |
| **Autori** | Paolo Benedetti, Chiara Lombardo |

> Tutti gli orari sono espressi in ora italiana (CET, UTC+1).

## Sommario

Giovedì 12 febbraio, dalle 09:10 alle 10:25, le notifiche push sono arrivate con ore di ritardo.

## Impatto

Circa 40.000 notifiche consegnate in ritardo.

## Cronologia

- **09:10** — La coda delle notifiche comincia a crescere.
- **09:18** — Scatta l'allarme sulla lunghezza della coda.
- **09:30** — Paolo ipotizza un guasto del fornitore push: falsa pista.
- **10:05** — Riavvio dei consumer della coda.
- **10:25** — Coda svuotata. Incidente chiuso.
- **Il giorno dopo, 11:00** — Riunione di analisi con il team mobile.

## Causa principale

Un consumer bloccato su un messaggio malformato teneva fermo l'intero gruppo.

## Risoluzione

Riavvio dei consumer e scarto del messaggio malformato.

## Azioni correttive

| Azione | Responsabile | Scadenza | Stato |
|---|---|---|---|
| Scartare i messaggi malformati dopo tre tentativi | Paolo Benedetti | 02/03/2026 | In corso |
| Allarme sull'età del messaggio più vecchio | Chiara Lombardo | 05/03/2026 | Aperta |
| Documentare il riavvio dei consumer | Chiara Lombardo | 20/02/2026 | Completata |
"""


def test_an_italian_post_mortem_fills_the_editor_s_parts() -> None:
    document = from_markdown(ITALIAN)

    assert document.metadata.severity is Severity.SEV3
    assert document.metadata.status is Status.DRAFT
    assert document.metadata.authors == ["Paolo Benedetti", "Chiara Lombardo"]
    assert document.summary.start == datetime(2026, 2, 12, 9, 10, tzinfo=CET)
    assert document.summary.end == datetime(2026, 2, 12, 10, 25, tzinfo=CET)
    assert "40.000 notifiche" in document.summary.impact
    assert "messaggio malformato" in document.root_cause.cause
    assert document.root_cause.resolution.startswith("Riavvio dei consumer")
    assert not document.extra_sections


def test_an_italian_timeline_takes_the_stated_zone_its_kinds_and_the_next_day() -> None:
    document = from_markdown(ITALIAN)

    assert [(event.time, event.kind) for event in document.timeline] == [
        (datetime(2026, 2, 12, 9, 10, tzinfo=CET), EventKind.NOTE),
        (datetime(2026, 2, 12, 9, 18, tzinfo=CET), EventKind.DETECTION),
        (datetime(2026, 2, 12, 9, 30, tzinfo=CET), EventKind.MISLEADING),
        (datetime(2026, 2, 12, 10, 5, tzinfo=CET), EventKind.ACTION),
        (datetime(2026, 2, 12, 10, 25, tzinfo=CET), EventKind.RESOLUTION),
        (datetime(2026, 2, 13, 11, 0, tzinfo=CET), EventKind.NOTE),
    ]
    assert document.timeline[-1].text == "Riunione di analisi con il team mobile."


def test_an_italian_task_table_gives_owners_day_first_dues_and_statuses() -> None:
    document = from_markdown(ITALIAN)

    assert [(task.owner, task.due, task.status) for task in document.measures.tasks] == [
        ("Paolo Benedetti", date(2026, 3, 2), TaskStatus.IN_PROGRESS),
        ("Chiara Lombardo", date(2026, 3, 5), TaskStatus.OPEN),
        ("Chiara Lombardo", date(2026, 2, 20), TaskStatus.DONE),
    ]


PORTUGUESE = """# Pós-incidente: falha no login do aplicativo

**Gravidade:** SEV2
**Autores:** Rafael Moreira

## Resumo

Das 14:05 às 14:50 UTC de 3 de março de 2026 os usuários não conseguiram entrar no aplicativo.

## Linha do tempo

- 14:05 — Erros de autenticação começam a subir.
- 14:50 — Login restabelecido para todos os usuários.

## Causa raiz

Um certificado expirado no provedor de identidade.

## Ações corretivas

| Ação | Responsável | Prazo | Situação |
|---|---|---|---|
| Alertar trinta dias antes da expiração | Rafael Moreira | 2026-03-20 | Em andamento |
| Renovar o certificado | Rafael Moreira | 2026-03-03 | Concluído |
"""


def test_a_portuguese_post_mortem_fills_the_editor_s_parts() -> None:
    document = from_markdown(PORTUGUESE)

    assert document.metadata.severity is Severity.SEV2
    assert document.metadata.authors == ["Rafael Moreira"]
    assert "certificado expirado" in document.root_cause.cause
    assert [event.kind for event in document.timeline] == [EventKind.NOTE, EventKind.RESOLUTION]
    assert [(task.owner, task.status) for task in document.measures.tasks] == [
        ("Rafael Moreira", TaskStatus.IN_PROGRESS),
        ("Rafael Moreira", TaskStatus.DONE),
    ]
    assert not document.extra_sections


DUTCH = """# Postmortem: storing in de betaalpagina

**Ernst:** SEV3
**Auteurs:** Sanne de Vries

## Samenvatting

Op 9 maart 2026 tussen 08:15 en 09:05 UTC mislukten betalingen met iDEAL.

## Tijdlijn

- 08:15 — Eerste foutmeldingen in de betaalpagina.
- 09:05 — Betalingen werken weer.

## Oorzaak

Een verkeerde configuratie van de betaalprovider.

## Acties

| Actie | Eigenaar | Deadline | Status |
|---|---|---|---|
| Configuratie controleren bij elke uitrol | Sanne de Vries | 2026-03-30 | Gepland |
| Terugdraaien documenteren | Sanne de Vries | 2026-03-12 | Afgerond |
"""


def test_a_dutch_post_mortem_fills_the_editor_s_parts() -> None:
    document = from_markdown(DUTCH)

    assert document.metadata.severity is Severity.SEV3
    assert "verkeerde configuratie" in document.root_cause.cause
    assert [event.time for event in document.timeline] == [
        datetime(2026, 3, 9, 8, 15, tzinfo=UTC),
        datetime(2026, 3, 9, 9, 5, tzinfo=UTC),
    ]
    assert document.timeline[-1].kind is EventKind.RESOLUTION
    assert [task.status for task in document.measures.tasks] == [TaskStatus.OPEN, TaskStatus.DONE]
    assert not document.extra_sections


def test_an_english_entry_on_the_next_day_keeps_only_its_words() -> None:
    document = from_markdown(
        "# Outage\n\n## Timeline\n\n- **2026-05-04 10:00** — Disk fills.\n"
        "- **The next day, 09:30** — Review meeting held.\n"
    )

    assert document.timeline[-1].time == datetime(2026, 5, 5, 9, 30, tzinfo=UTC)
    assert document.timeline[-1].text == "Review meeting held."
