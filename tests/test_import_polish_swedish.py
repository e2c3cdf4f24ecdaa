"""Post-mortems written in Polish or Swedish are read as those in German, French or Italian are.

Their headings ("## Oś czasu", "## Przebieg zdarzeń", "## Tidslinje"), their labels ("Krytyczność",
"Autorzy", "Właściciel", "Allvarlighetsgrad", "Ansvarig"), their task and document statuses ("W toku",
"Zrobione", "Pågår", "Slutlig"), their months as each language inflects them ("3 marca 2026",
"14 oktober 2025"), the window in words ("od 09:12 do 10:47", "mellan 13:05 och 14:20"), the words that
give an entry its kind, and Polish typed without its letters' marks ("Wplyw", "Zakonczone") each land where
a reader of the language puts them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind, Severity, Status, TaskStatus

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

POLISH = """# Post-mortem: Niedostępność wyszukiwarki w sklepie Meblex

**Status dokumentu:** Zatwierdzony
**Krytyczność:** Wysoka
**Autorzy:** Michał Nowak, Agnieszka Lewandowska
**Data incydentu:** 3 marca 2026
**Usługa:** Wyszukiwarka produktów

Wszystkie godziny podano w czasie CET.

## Podsumowanie

We wtorek 3 marca, od 09:12 do 10:47, wyszukiwarka w sklepie zwracała puste wyniki dla każdego zapytania.

## Wpływ na klientów

Około 12 tys. wyszukiwań bez wyników i spadek sprzedaży o mniej więcej jedną trzecią.

## Przebieg zdarzeń

- 09:12 — Nocne zadanie publikuje nowy indeks bez żadnych dokumentów.
- 09:20 — Alert o spadku konwersji; dyżurna Agnieszka go potwierdza.
- 09:31 — Agnieszka podejrzewa awarię klastra, ale ponowne uruchomienie węzłów nic nie daje.
- 09:45 — Eskalujemy do zespołu Danych, dołącza Michał.
- 10:05 — Michał przełącza alias na poprzedni indeks.
- 10:47 — Wyszukiwarka działa ponownie, incydent zamknięty.
- Następnego dnia o 11:00 — Spotkanie podsumowujące z zespołem sklepu.

## Przyczyna źródłowa

Zadanie budujące indeks nie sprawdzało liczby dokumentów przed publikacją.

## Rozwiązanie

Przełączenie aliasu na poprzedni indeks, potem ponowne zbudowanie nowego.

## Działania naprawcze

| Działanie | Odpowiedzialny | Termin | Stan |
|---|---|---|---|
| Walidacja liczby dokumentów przed publikacją | Michał Nowak | 20.03.2026 | W trakcie |
| Alert na puste wyniki wyszukiwania | Agnieszka Lewandowska | 13.03.2026 | Gotowe |
| Instrukcja przełączania aliasu | Michał Nowak | 31 marca 2026 | Do zrobienia |

## Wnioski

Każda publikacja indeksu powinna mieć bramkę jakości.
"""


def test_a_polish_post_mortem_fills_the_editor_s_parts() -> None:
    document = from_markdown(POLISH)

    assert document.metadata.status is Status.FINAL
    assert document.metadata.severity is Severity.SEV2
    assert document.metadata.authors == ["Michał Nowak", "Agnieszka Lewandowska"]
    assert document.metadata.service == "Wyszukiwarka produktów"
    assert document.summary.start == datetime(2026, 3, 3, 9, 12, tzinfo=CET)
    assert document.summary.end == datetime(2026, 3, 3, 10, 47, tzinfo=CET)
    assert "12 tys. wyszukiwań" in document.summary.impact
    assert "liczby dokumentów" in document.root_cause.cause
    assert document.root_cause.resolution.startswith("Przełączenie aliasu")
    assert "bramkę jakości" in document.closing_notes
    assert not document.extra_sections


def test_a_polish_timeline_takes_the_stated_zone_its_kinds_and_the_next_day() -> None:
    document = from_markdown(POLISH)

    assert [(event.time, event.kind) for event in document.timeline] == [
        (datetime(2026, 3, 3, 9, 12, tzinfo=CET), EventKind.NOTE),
        (datetime(2026, 3, 3, 9, 20, tzinfo=CET), EventKind.DETECTION),
        (datetime(2026, 3, 3, 9, 31, tzinfo=CET), EventKind.MISLEADING),
        (datetime(2026, 3, 3, 9, 45, tzinfo=CET), EventKind.ESCALATION),
        (datetime(2026, 3, 3, 10, 5, tzinfo=CET), EventKind.ACTION),
        (datetime(2026, 3, 3, 10, 47, tzinfo=CET), EventKind.RESOLUTION),
        (datetime(2026, 3, 4, 11, 0, tzinfo=CET), EventKind.NOTE),
    ]
    assert document.timeline[-1].text == "Spotkanie podsumowujące z zespołem sklepu."


def test_a_polish_task_table_gives_owners_dues_in_both_forms_and_statuses() -> None:
    document = from_markdown(POLISH)

    assert [(task.owner, task.due, task.status) for task in document.measures.tasks] == [
        ("Michał Nowak", date(2026, 3, 20), TaskStatus.IN_PROGRESS),
        ("Agnieszka Lewandowska", date(2026, 3, 13), TaskStatus.DONE),
        ("Michał Nowak", date(2026, 3, 31), TaskStatus.OPEN),
    ]


# The same parts as typed on a keyboard without Polish letters, with a month in the genitive ("pazdziernika").
POLISH_PLAIN = """# Awaria kolejki zamowien

**Krytycznosc:** SEV3
**Autor:** Piotr Wojcik
**Data incydentu:** 7 pazdziernika 2025

## Streszczenie

Zamowienia czekaly w kolejce przez 40 minut.

## Wplyw

Okolo 900 opoznionych zamowien.

## Os czasu

- 07:05 UTC — Kolejka zaczyna rosnac.
- 07:45 UTC — Konsumenci znowu dzialaja poprawnie, incydent zakonczony.

## Przyczyna zrodlowa

Zakleszczenie w bazie danych.

## Dzialania naprawcze

| Zadanie | Wlasciciel | Termin | Status |
|---|---|---|---|
| Limit czasu na transakcje | Piotr Wojcik | 2025-10-20 | Zakonczone |
| Alert na dlugosc kolejki | Piotr Wojcik | 2025-10-31 | W toku |
"""


def test_polish_typed_without_its_letters_marks_is_read_the_same() -> None:
    document = from_markdown(POLISH_PLAIN)

    assert document.metadata.severity is Severity.SEV3
    assert document.metadata.authors == ["Piotr Wojcik"]
    assert "900 opoznionych" in document.summary.impact
    assert "Zakleszczenie" in document.root_cause.cause
    assert [event.time.date() for event in document.timeline] == [date(2025, 10, 7)] * 2
    assert document.timeline[-1].kind is EventKind.RESOLUTION
    assert [(task.owner, task.status) for task in document.measures.tasks] == [
        ("Piotr Wojcik", TaskStatus.DONE),
        ("Piotr Wojcik", TaskStatus.IN_PROGRESS),
    ]
    assert not document.extra_sections


SWEDISH = """# Incidentrapport: Kortbetalningar i kassan misslyckades

| | |
|---|---|
| **Datum** | 14 oktober 2025 |
| **Allvarlighetsgrad** | Hög |
| **Status** | Slutlig |
| **Författare** | Erik Johansson, Sara Lindberg |

Alla tider anges i CEST.

## Sammanfattning

Tisdagen den 14 oktober, mellan 13:05 och 14:20, misslyckades ungefär var tredje kortbetalning i kassan.

## Påverkan

Cirka 3 400 misslyckade köp och många samtal till kundtjänst.

## Tidslinje

- 13:05 — En ny version av betaltjänsten driftsätts.
- 13:12 — Larmet för misslyckade betalningar går; Sara kvitterar.
- 13:25 — Sara misstänker nätverket hos kortinlösaren, men det var fel spår.
- 13:40 — Vi eskalerar till plattformsteamet och Erik ansluter.
- 13:55 — Erik rullar tillbaka till föregående version.
- 14:20 — Betalningarna fungerar igen.
- Nästa dag kl. 10:00 — Genomgång med kundtjänst.

## Grundorsak

Den nya versionen skickade fel valutakod för betalningar i euro.

## Lösning

Återgång till föregående version av betaltjänsten.

## Åtgärder

| Åtgärd | Ansvarig | Klart senast | Status |
|---|---|---|---|
| Test av valutakoder i byggkedjan | Erik Johansson | 2025-10-31 | Pågår |
| Larm per valuta | Sara Lindberg | 2025-10-24 | Klar |
| Rutin för snabb återgång | Erik Johansson | 15 november 2025 | Ej påbörjad |

## Lärdomar

Små releaser hade gjort felet lättare att hitta.
"""


def test_a_swedish_post_mortem_fills_the_editor_s_parts() -> None:
    document = from_markdown(SWEDISH)

    assert document.metadata.status is Status.FINAL
    assert document.metadata.severity is Severity.SEV2
    assert document.metadata.authors == ["Erik Johansson", "Sara Lindberg"]
    assert document.summary.start == datetime(2025, 10, 14, 13, 5, tzinfo=CEST)
    assert document.summary.end == datetime(2025, 10, 14, 14, 20, tzinfo=CEST)
    assert "3 400 misslyckade köp" in document.summary.impact
    assert "valutakod" in document.root_cause.cause
    assert document.root_cause.resolution.startswith("Återgång")
    assert "Små releaser" in document.closing_notes
    assert not document.extra_sections


def test_a_swedish_timeline_gets_its_kinds_and_the_next_day() -> None:
    document = from_markdown(SWEDISH)

    assert [(event.time, event.kind) for event in document.timeline] == [
        (datetime(2025, 10, 14, 13, 5, tzinfo=CEST), EventKind.ACTION),
        (datetime(2025, 10, 14, 13, 12, tzinfo=CEST), EventKind.DETECTION),
        (datetime(2025, 10, 14, 13, 25, tzinfo=CEST), EventKind.MISLEADING),
        (datetime(2025, 10, 14, 13, 40, tzinfo=CEST), EventKind.ESCALATION),
        (datetime(2025, 10, 14, 13, 55, tzinfo=CEST), EventKind.ACTION),
        (datetime(2025, 10, 14, 14, 20, tzinfo=CEST), EventKind.RESOLUTION),
        (datetime(2025, 10, 15, 10, 0, tzinfo=CEST), EventKind.NOTE),
    ]


def test_a_swedish_task_table_gives_owners_dues_and_statuses() -> None:
    document = from_markdown(SWEDISH)

    assert [(task.owner, task.due, task.status) for task in document.measures.tasks] == [
        ("Erik Johansson", date(2025, 10, 31), TaskStatus.IN_PROGRESS),
        ("Sara Lindberg", date(2025, 10, 24), TaskStatus.DONE),
        ("Erik Johansson", date(2025, 11, 15), TaskStatus.OPEN),
    ]


def test_an_english_line_with_a_polish_looking_word_stays_english() -> None:
    document = from_markdown(
        "# Outage\n\n**Start:** 2026-05-04 10:00 UTC\n\n## Timeline\n\n"
        "- 10:00 — Batch job runs; we do 3 retries.\n- 10:20 — Maja 12 minutes later confirms the fix.\n"
    )

    assert document.summary.start == datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
    assert [event.time.date() for event in document.timeline] == [date(2026, 5, 4)] * 2


def test_a_clock_after_godz_or_kl_and_a_due_date_after_do_or_senast_are_read() -> None:
    polish = from_markdown(
        "# Awaria bazy zamówień\n\nKrytyczność: krytyczna\n\n## Chronologia\n\n### 9 kwietnia 2026\n\n"
        "- godz. 21:40 – Baza przestaje przyjmować zapisy.\n- o godz. 22:15 – Baza danych przywrócona.\n\n"
        "## Zalecenia\n\n- [x] Alert na zajętość dysku — Ewa Mazur, do 17 kwietnia 2026\n"
        "- [ ] Plan pojemności (właściciel: Ewa Mazur, termin: 30.04.2026)\n"
    )
    swedish = from_markdown(
        "# Händelserapport: DNS-fel\n\n## Händelseförlopp\n\nAlla tidpunkter anges i svensk tid.\n\n"
        "- 2026-01-20 kl. 07:50 Kunder rapporterar att webbplatsen inte svarar.\n"
        "- klockan 08:35 DNS-posten är rättad och allt fungerar igen.\n\n## Uppföljning\n\n"
        "- Övervaka DNS-poster (ansvarig: Lina Holm, klart senast 6 februari 2026)\n"
    )

    assert polish.metadata.severity is Severity.SEV1
    assert [(event.time, event.kind) for event in polish.timeline] == [
        (datetime(2026, 4, 9, 21, 40, tzinfo=UTC), EventKind.NOTE),
        (datetime(2026, 4, 9, 22, 15, tzinfo=UTC), EventKind.RESOLUTION),
    ]
    assert polish.timeline[0].text == "Baza przestaje przyjmować zapisy."
    assert [(task.text, task.owner, task.due) for task in polish.measures.tasks] == [
        ("Alert na zajętość dysku", "Ewa Mazur", date(2026, 4, 17)),
        ("Plan pojemności", "Ewa Mazur", date(2026, 4, 30)),
    ]
    assert [event.time for event in swedish.timeline] == [
        datetime(2026, 1, 20, 7, 50, tzinfo=CET),
        datetime(2026, 1, 20, 8, 35, tzinfo=CET),
    ]
    assert swedish.timeline[0].text == "Kunder rapporterar att webbplatsen inte svarar."
    assert [(task.owner, task.due) for task in swedish.measures.tasks] == [("Lina Holm", date(2026, 2, 6))]


def test_a_zone_stated_in_german_words_without_brackets_is_the_timeline_s() -> None:
    document = from_markdown(
        "# Störung im Bestellsystem\n\n## Zeitverlauf\n\nAlle Zeiten in MEZ.\n\n"
        "- **12.01.2026 10:05** – Erste Fehlermeldungen.\n"
    )

    assert document.timeline[0].time == datetime(2026, 1, 12, 10, 5, tzinfo=CET)
