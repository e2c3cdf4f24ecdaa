"""Italian timelines say the hour with "ore" ("ore 09:10 — …"), and close with "Fine incidente".

A reader takes "ore 14:20" as the entry's clock (as "14:20 Uhr" or "godz. 14:20"), in a timeline and in a
labelled line of the summary ("**Inizio:** 23/02/2026 ore 14:20"), and an entry that ends the incident in
Italian's words as the resolution.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind

_CET = timezone(timedelta(hours=1))

_REPORT = """\
# Rallentamento della fatturazione

Il 3 febbraio 2026 le fatture non sono partite. Tutti gli orari sono in ora italiana (CET).

## Cronologia

1. ore 14:20 — La coda delle fatture smette di svuotarsi.
2. ore 14:35 — Marta apre l'incidente.
3. alle ore 15:02 — Riavviato il worker; la coda riparte. Fine incidente.
"""


def test_each_italian_entry_is_at_the_hour_after_ore() -> None:
    events = from_markdown(_REPORT).timeline

    assert [event.time for event in events] == [
        datetime(2026, 2, 3, 14, 20, tzinfo=_CET),
        datetime(2026, 2, 3, 14, 35, tzinfo=_CET),
        datetime(2026, 2, 3, 15, 2, tzinfo=_CET),
    ]
    assert events[0].text.startswith("La coda")


def test_the_entry_saying_fine_incidente_resolves_it_and_ends_the_incident() -> None:
    document = from_markdown(_REPORT)

    assert document.timeline[-1].kind is EventKind.RESOLUTION
    assert document.summary.end == datetime(2026, 2, 3, 15, 2, tzinfo=_CET)


def test_a_summary_start_written_with_ore_is_read() -> None:
    text = "# Rallentamento\n\n**Inizio:** 23/02/2026 ore 14:20\n"

    start = from_markdown(text).summary.start

    assert start is not None and (start.month, start.day, start.hour, start.minute) == (2, 23, 14, 20)
