"""An introduction in prose, then a second overview of labelled lines ("## Sommario" under "## Introduzione"):
the labelled lines are the summary's fields (start, end, impact), not a section kept unread.
"## Note finali" are the closing notes.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

_CET = timezone(timedelta(hours=1))

_REPORT = """\
# Pagamenti con carta rifiutati

## Introduzione

Per un'ora i pagamenti con carta sono stati rifiutati. Orari in CET.

## Sommario

**Inizio:** 24/02/2026 ore 16:05
**Fine:** 24/02/2026 ore 17:10
**Impatto:** circa 2.300 pagamenti rifiutati.

## Cronologia

- ore 16:05 — Il gateway rifiuta le carte.
- ore 17:10 — Pagamenti ripristinati.

## Note finali

Il prossimo rinnovo del certificato è a marzo.
"""


def test_the_labelled_second_overview_gives_the_summary_fields() -> None:
    document = from_markdown(_REPORT)

    assert document.introduction.startswith("Per un'ora")
    assert document.summary.start == datetime(2026, 2, 24, 16, 5, tzinfo=_CET)
    assert document.summary.impact == "circa 2.300 pagamenti rifiutati."


def test_italian_final_notes_are_the_closing_notes() -> None:
    assert from_markdown(_REPORT).closing_notes == "Il prossimo rinnovo del certificato è a marzo."
