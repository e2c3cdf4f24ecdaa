"""A French timeline table: clocks written "14h05" (and "≈ 14h05" when estimated), a row on "la veille" (the day
before), the zone stated as "Heures de <city>", and the window told "de 09h10 à environ 10h25"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from app.formats.markdown_import import from_markdown

BRUSSELS = ZoneInfo("Europe/Brussels")

REPORT = """\
# Postmortem — l'export comptable vide

| Champ | Valeur |
| --- | --- |
| Date | Mardi 3 mars 2026 |
| Durée d'exposition | De 09h10 à environ 10h25 |

## Chronologie

Heures de Bruxelles. Les heures avec « ≈ » sont estimées.

| Heure | Événement |
| --- | --- |
| Veille, 18h30 | Le nouveau format d'export est fusionné. |
| 09h10 | Premier export vide envoyé aux clients. |
| ≈ 09h55 | Le support remonte le problème. |
| 10h25 | Ancien format rétabli, exports corrects. |
"""


def _at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=BRUSSELS)


def test_each_row_is_read_at_its_french_clock_in_the_city_s_zone_the_first_on_the_day_before() -> None:
    events = from_markdown(REPORT).timeline
    assert [event.time for event in events] == [_at(2, 18, 30), _at(3, 9, 10), _at(3, 9, 55), _at(3, 10, 25)]
    assert all(event.time is not None and event.time.utcoffset() == _at(3, 9, 10).utcoffset() for event in events)
    assert events[2].text.startswith("≈ 09h55")  # the estimate says so, as written


def test_the_window_is_the_exposure_told_from_one_french_clock_to_about_another() -> None:
    summary = from_markdown(REPORT).summary
    assert (summary.start, summary.end) == (_at(3, 9, 10), _at(3, 10, 25))
