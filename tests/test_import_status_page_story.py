"""A status page's incident file in any language: its updates are the timeline, and they tell the story.

cState writes each update as a paragraph closed by Hugo's {{< track "…" >}} shortcode; pages in French, German
or Spanish head their updates "**Problème identifié**", "**Überwachung**", "**Resuelto**". A careful reader takes
the updates as the timeline, and fills the summary as they tell it: the impact from the description (or the first
update), the cause from the "identified" update, the fix from the first update telling the service back.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown
from app.model import EventKind

SPANISH_TRACKED = """---
title: Pagos con tarjeta
date: 2022-05-04 09:10:00
resolved: true
resolved_on: 2022-05-04 11:00:00
section: issue
---

Los pagos con tarjeta no están disponibles para los clientes de la tienda. Estamos investigando.

**Problema identificado** El proveedor de pagos sufrió un fallo de su pasarela en Madrid.
{{< track "2022-05-04 09:40:00" >}}

**Monitoreando** El proveedor cambió a su pasarela de respaldo
y los pagos vuelven a pasar. {{< track "2022-05-04 10:20:00" >}}

**Resuelto** Todo funciona con normalidad desde hace una hora.
"""


def test_tracked_paragraphs_are_the_timeline_and_tell_cause_and_fix() -> None:
    document = from_markdown(SPANISH_TRACKED)
    assert [(event.time, event.kind) for event in document.timeline] == [
        (datetime(2022, 5, 4, 9, 40, tzinfo=UTC), EventKind.ACTION),
        (datetime(2022, 5, 4, 10, 20, tzinfo=UTC), EventKind.ACTION),
        (None, EventKind.RESOLUTION),
    ]
    assert "fallo de su pasarela" in document.timeline[0].text
    assert "{{<" not in document.timeline[1].text
    assert document.summary.impact == "Los pagos con tarjeta no están disponibles para los clientes de la tienda."
    assert "fallo de su pasarela" in document.summary.root_cause
    assert document.root_cause.resolution.startswith("El proveedor cambió a su pasarela de respaldo")
    assert "Estamos investigando" in document.introduction  # the description stays where it was


ENGLISH_TRACKED = """---
title: Mail delayed
date: 2023-02-01 08:00:00
resolved: true
resolvedWhen: 2023-02-01 09:30:00
---

*Resolved* - Mail flows normally again. {{< track "2023-02-01 09:30:00" >}}

*Identified* - A full disk on the relay held the queue. {{< track "2023-02-01 08:20:00" >}}

*Investigating* - Customers cannot send mail. {{< track "2023-02-01 08:00:00" >}}
"""


def test_english_tracked_updates_newest_first_read_oldest_first_and_name_the_cause() -> None:
    document = from_markdown(ENGLISH_TRACKED)
    assert [(event.time.hour, event.time.minute) for event in document.timeline] == [(8, 0), (8, 20), (9, 30)]
    assert document.timeline[-1].kind is EventKind.RESOLUTION
    assert document.summary.root_cause == "A full disk on the relay held the queue."
    assert document.root_cause.resolution == "Mail flows normally again."
    assert document.summary.impact == "Customers cannot send mail."


GERMAN_HEADINGS = """---
title: "Mailserver: Störung"
date: 2024-03-05T07:00:00
resolved: true
resolvedWhen: 2024-03-05T12:00:00
---

## 2024-03-05T12:00:00

* Keine weiteren Fehler, wir betrachten die Störung als gelöst.

## 2024-03-05T10:30:00 - Mailserver wieder erreichbar

* Defektes Netzteil getauscht. Wir prüfen weiter mit Monitoring.

## 2024-03-05T07:00:00

* Der Mailserver ist derzeit nicht erreichbar. Wir arbeiten daran.
"""


def test_german_updates_tell_the_impact_and_the_fix_and_the_closing_one_is_a_resolution() -> None:
    document = from_markdown(GERMAN_HEADINGS)
    kinds = {event.time.hour: event.kind for event in document.timeline}
    assert kinds[12] is EventKind.RESOLUTION  # "als gelöst"
    assert kinds[10] is EventKind.RESOLUTION  # the heading says it is reachable again, whatever "Monitoring" says
    assert document.summary.impact == "Der Mailserver ist derzeit nicht erreichbar."
    assert "Netzteil getauscht" in document.root_cause.resolution


def test_a_paragraph_dated_by_a_shortcode_under_it_is_one_update() -> None:
    text = (
        "---\ntitle: Builds down\ndate: 2024-01-02 10:00:00\nresolved: true\n---\n\n"
        'All builds were restarted.\n\n{{< track "2024-01-02 11:00:00" >}}\n'
    )
    document = from_markdown(text)
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 1, 2, 11, 0, tzinfo=UTC), "All builds were restarted.")
    ]
