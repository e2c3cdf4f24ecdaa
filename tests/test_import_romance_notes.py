"""Incident notes in French, Spanish or German, written as people jot them down.

"**Impact métier** : …" in the header is the impact (French puts the kind of impact after the noun); a bullet
"Cause racine identifiée : …" among the findings is the root cause; "Nadia découvre …" is how the incident was
found; "12/12 boutiques OK" is every one of them working again; and "**1. Sondes externes** (gratuit)" titles,
each over its own steps, under "Actions prévention" are the improvements.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind

FRENCH_NOTES = """# Incident boutique - 3 mars 2025

**Durée** : ~2h (08:00-10:00 UTC)
**Impact métier** : une dizaine de commandes perdues (matinée calme)

## Ce qui s'est passé

### Diagnostic
- 40 min d'analyse avec l'hébergeur
- Cause racine identifiée : certificat TLS expiré sur le proxy
- Correctif préparé

## Actions prévention (recommandées)

**1. Sondes externes** (gratuit, 10 min)
- Créer le compte
- Ajouter les 12 boutiques

**2. Alerte sur l'expiration des certificats** (1h)
- Script hebdomadaire

## Chronologie

**08:00 UTC** : Mise en production du nouveau proxy
**08:20 UTC** : Nadia découvre que les boutiques affichent une erreur
**09:50 UTC** : Certificat renouvelé
**10:00 UTC** : Contrôle 12/12 boutiques OK
"""


def test_french_notes_fields_in_the_writers_own_words() -> None:
    document = from_markdown(FRENCH_NOTES)
    assert document.summary.impact.startswith("une dizaine de commandes perdues")
    assert "certificat TLS expiré" in document.summary.root_cause
    assert "Correctif" not in document.summary.root_cause  # the next finding is not the cause
    kinds = [event.kind for event in document.timeline]
    assert kinds[1] is EventKind.DETECTION
    assert kinds[3] is EventKind.RESOLUTION
    assert document.measures.improvements == [
        "Sondes externes (gratuit, 10 min)",
        "Alerte sur l'expiration des certificats (1h)",
    ]
    assert not any("Créer le compte" in task.text for task in document.measures.tasks)  # a step of a measure


def test_spanish_business_impact_label_and_counted_recovery() -> None:
    text = (
        "# Caída del portal\n\n**Impacto de negocio**: 30 reservas no confirmadas\n\n"
        "## Cronología\n\n- 10:00 UTC Juan descubre que el portal no responde\n"
        "- 11:00 UTC Verificación 3/3 servidores online\n"
    )
    document = from_markdown(text)
    assert document.summary.impact == "30 reservas no confirmadas"
    assert [event.kind for event in document.timeline] == [EventKind.DETECTION, EventKind.RESOLUTION]


def test_a_partial_count_is_no_recovery() -> None:
    document = from_markdown("# Outage\n\n## Timeline\n\n- 10:00 UTC Check: 2/5 nodes up\n")
    assert document.timeline[0].kind is not EventKind.RESOLUTION
