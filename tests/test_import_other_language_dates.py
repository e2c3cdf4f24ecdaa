"""Dates and windows written in French, Spanish or German are read as a reader of that language reads them.

"le 3 février 2026 à 14 h 05", "3 févr. 2026", "3 de marzo de 2026", "6 dic. 2026",
"3. März 2026", "3 Mrz 2026": the month's name whole or cut short with its dot, "à",
"a las" or "um" before the clock, a clock written "14 h 05". The day they name is the
day of the timeline's times and of the incident's window.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize(
    ("written", "moment"),
    [
        ("le 3 février 2026 à 14 h 05", datetime(2026, 2, 3, 14, 5, tzinfo=UTC)),
        ("3 févr. 2026 14:05", datetime(2026, 2, 3, 14, 5, tzinfo=UTC)),
        ("3 fevr 2026, 14h05", datetime(2026, 2, 3, 14, 5, tzinfo=UTC)),
        ("12 janv. 2026 à 09:30", datetime(2026, 1, 12, 9, 30, tzinfo=UTC)),
        ("4 avr. 2026 09:30", datetime(2026, 4, 4, 9, 30, tzinfo=UTC)),
        ("14 juil. 2026 09:30", datetime(2026, 7, 14, 9, 30, tzinfo=UTC)),
        ("5 août 2026 à 10 h", datetime(2026, 8, 5, 10, 0, tzinfo=UTC)),
        ("6 déc. 2026 à 10:00", datetime(2026, 12, 6, 10, 0, tzinfo=UTC)),
        ("3 de marzo de 2026 a las 14:05", datetime(2026, 3, 3, 14, 5, tzinfo=UTC)),
        ("7 ene. 2026 14:05", datetime(2026, 1, 7, 14, 5, tzinfo=UTC)),
        ("9 abr. 2026, 14:05", datetime(2026, 4, 9, 14, 5, tzinfo=UTC)),
        ("15 ago. 2026 14:05", datetime(2026, 8, 15, 14, 5, tzinfo=UTC)),
        ("6 dic. 2026 10:00", datetime(2026, 12, 6, 10, 0, tzinfo=UTC)),
        ("3. März 2026 um 14:05 Uhr", datetime(2026, 3, 3, 14, 5, tzinfo=UTC)),
        ("3. Mrz. 2026 14:05", datetime(2026, 3, 3, 14, 5, tzinfo=UTC)),
    ],
)
def test_a_timeline_entry_dated_in_another_language_gets_its_moment(written: str, moment: datetime) -> None:
    document = from_markdown(f"# Panne\n\n## Chronologie\n\n- {written} – Les refus commencent.\n")

    [event] = document.timeline
    assert event.time == moment
    assert event.text == "Les refus commencent."


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Le 3 février 2026, les paiements par carte ont été refusés.", date(2026, 2, 3)),
        ("Le 3 févr. 2026, les paiements par carte ont été refusés.", date(2026, 2, 3)),
        ("Le 14 déc. 2026, les paiements par carte ont été refusés.", date(2026, 12, 14)),
        ("El 3 de marzo de 2026 los pagos con tarjeta fallaron.", date(2026, 3, 3)),
        ("El 9 dic. 2026 los pagos con tarjeta fallaron.", date(2026, 12, 9)),
        ("Am 3. März 2026 schlugen Kartenzahlungen fehl.", date(2026, 3, 3)),
        ("Am 3. Mrz 2026 schlugen Kartenzahlungen fehl.", date(2026, 3, 3)),
    ],
)
def test_a_day_named_in_another_language_in_the_summary_is_the_day_of_the_timeline(opening: str, day: date) -> None:
    document = from_markdown(f"# Panne\n\n## Résumé\n\n{opening}\n\n## Chronologie\n\n- 14:05 – A.\n- 14:40 – B.\n")

    assert [event.time for event in document.timeline] == [
        datetime.combine(day, datetime.min.time().replace(hour=14, minute=5), tzinfo=UTC),
        datetime.combine(day, datetime.min.time().replace(hour=14, minute=40), tzinfo=UTC),
    ]


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Resumen", "El 3 de marzo de 2026, de 14:09 a 15:10, los pagos con tarjeta fallaron."),
        ("Impacto", "Los pagos con tarjeta fallaron el 3 de marzo de 2026 de 14:09 a 15:10."),
        ("Impacto", "El 3 de marzo de 2026 desde las 14:09 hasta las 15:10 los pagos fallaron."),
        ("Résumé", "Le 3 mars 2026, de 14 h 09 à 15 h 10, les paiements par carte ont été refusés."),
        ("Impact", "Le 3 mars 2026 de 14h09 à 15h10, les paiements par carte ont été refusés."),
        ("Impact", "Le 3 mars 2026, entre 14:09 et 15:10, les paiements par carte ont été refusés."),
        ("Zusammenfassung", "Am 3. März 2026 von 14:09 bis 15:10 Uhr schlugen Kartenzahlungen fehl."),
        ("Auswirkungen", "Am 3. März 2026 zwischen 14:09 und 15:10 Uhr schlugen Kartenzahlungen fehl."),
    ],
)
def test_a_range_of_times_in_another_language_is_the_incident_s_window(heading: str, sentence: str) -> None:
    document = from_markdown(f"# Panne\n\n## {heading}\n\n{sentence}\n\n## Chronologie\n\n- 14:20 – A.\n- 14:50 – B.\n")

    assert (document.summary.start, document.summary.end) == (
        datetime(2026, 3, 3, 14, 9, tzinfo=UTC),
        datetime(2026, 3, 3, 15, 10, tzinfo=UTC),
    )


def test_a_spanish_range_without_a_timeline_is_the_window_on_the_day_it_names() -> None:
    document = from_markdown("# Caída\n\n## Impacto\n\nEl 9 dic. 2026 de 09:30 a 10:05 nadie pudo pagar.\n")

    assert (document.summary.start, document.summary.end) == (
        datetime(2026, 12, 9, 9, 30, tzinfo=UTC),
        datetime(2026, 12, 9, 10, 5, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The fix went from review a 14:09 build to production.",
        "Le déploiement de 14 machines a été annulé.",
        "Von 3 Servern fielen 2 aus.",
    ],
)
def test_words_that_only_look_like_a_foreign_range_give_no_window(sentence: str) -> None:
    document = from_markdown(f"# Outage\n\n## Impact\n\n{sentence}\n")

    assert (document.summary.start, document.summary.end) == (None, None)


@pytest.mark.parametrize(
    ("labels", "start", "end"),
    [
        (
            "**Début :** 3 févr. 2026 à 14 h 05\n**Fin :** 3 févr. 2026 à 15 h 10",
            datetime(2026, 2, 3, 14, 5, tzinfo=UTC),
            datetime(2026, 2, 3, 15, 10, tzinfo=UTC),
        ),
        (
            "**Inicio:** 6 dic. 2026, 10:00\n**Fin:** 6 dic. 2026 a las 11:30",
            datetime(2026, 12, 6, 10, 0, tzinfo=UTC),
            datetime(2026, 12, 6, 11, 30, tzinfo=UTC),
        ),
        (
            "**Beginn:** 3. März 2026, 14:05 Uhr\n**Ende:** 3. Mrz 2026 um 15:10 Uhr",
            datetime(2026, 3, 3, 14, 5, tzinfo=UTC),
            datetime(2026, 3, 3, 15, 10, tzinfo=UTC),
        ),
    ],
)
def test_start_and_end_labels_dated_in_another_language_give_the_window(
    labels: str, start: datetime, end: datetime
) -> None:
    document = from_markdown(f"# Panne\n\n{labels}\n\n## Chronologie\n\n- 14:20 – A.\n")

    assert (document.summary.start, document.summary.end) == (start, end)
