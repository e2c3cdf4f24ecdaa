"""The words a status page heads its updates with, and the kind of entry each is.

A module of its own: the reader of other tools' exports looks them up for any
file with headings, and importing them from ``timeline.kinds`` loaded the whole
``timeline`` package (a fifth of the reader's memory) for documents without a timeline.
"""

from __future__ import annotations

import re

from app.model import EventKind

STATUS_KINDS = {
    "investigating": EventKind.DETECTION,
    "identified": EventKind.ACTION,
    "monitoring": EventKind.ACTION,
    "update": EventKind.NOTE,
    "resolved": EventKind.RESOLUTION,
    "completed": EventKind.RESOLUTION,
}

# A status page's update as the timeline reads it, its status word over the moment it was posted: "**Resolved** —
# Dec 1, 2026 17:05 UTC". Such a line dates its entry as a time-led line does.
STATUS_ENTRY = re.compile(
    rf"[ \t]*(?:\*\*|__)(?:{'|'.join(STATUS_KINDS)})(?:\*\*|__)[ \t]*[-–—:][ \t]*[^\n]{{0,60}}?\d{{1,2}}:\d{{2}}",
    re.IGNORECASE,
)

# The same statuses as pages in French, German, Spanish, Portuguese and Italian post them ("**Problème
# identifié**", "**Surveillance**", "**Résolu**"), by the English status each one is; written without their
# accents (``other_language_status`` folds the words it is given), as people type them either way ("Resolu").
OTHER_LANGUAGE_STATUSES: dict[str, str] = {
    **dict.fromkeys(
        (
            *("enquete en cours", "investigation en cours", "analyse en cours", "recherche en cours"),
            *("probleme detecte", "untersuchung", "wird untersucht", "investigando", "en investigacion"),
            *("investigacao", "em investigacao", "in analisi", "indagine in corso", "in corso di verifica"),
        ),
        "investigating",
    ),
    **dict.fromkeys(
        (
            *("probleme identifie", "cause identifiee", "identifie", "identifiee", "identifiziert"),
            *("problem identifiziert", "ursache identifiziert", "ursache gefunden", "identificado"),
            *("problema identificado", "causa identificada", "identificato", "problema identificato"),
        ),
        "identified",
    ),
    **dict.fromkeys(
        (
            *("surveillance", "sous surveillance", "en surveillance", "uberwachung", "beobachtung"),
            *("monitoreando", "monitorizando", "en observacion", "monitorando", "em monitoramento"),
            *("monitoraggio", "in monitoraggio", "sotto osservazione"),
        ),
        "monitoring",
    ),
    **dict.fromkeys(("mise a jour", "aktualisierung", "actualizacion", "atualizacao", "aggiornamento"), "update"),
    **dict.fromkeys(
        (
            *("resolu", "resolue", "probleme resolu", "incident resolu", "behoben", "gelost"),
            *("storung behoben", "problem behoben", "resuelto", "resuelta", "solucionado", "resolvido"),
            *("resolvida", "risolto", "risolta", "problema risolto"),
        ),
        "resolved",
    ),
}


def other_language_status(word: str) -> str | None:
    """The English status ("identified") a page's status word in another language names, or ``None``."""
    from app.formats.markdown_read.names_other_languages import fold

    return OTHER_LANGUAGE_STATUSES.get(" ".join(fold(word).strip(" \t*_:-–—").split()))
