"""A Polish header's "**Poziom:** SEV3" is the severity, and an entry telling a guess in Polish around an English
loanword ("podejrzewa deploy … Bez zmian") is a wrong path, not a deed.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind

_REPORT = """\
# Awaria wyszukiwarki

**Poziom:** SEV3
**Usługa:** search-api

## Przebieg zdarzeń

- 10:05 – Alert o błędach wyszukiwarki.
- 10:12 – Ola podejrzewa wczorajszy deploy indeksera i cofa konfigurację. Bez zmian.
- 10:40 – Wyszukiwarka działa ponownie.
"""


def test_poziom_in_the_header_is_the_severity() -> None:
    assert from_markdown(_REPORT).metadata.severity == "SEV3"


def test_a_polish_guess_around_an_english_deploy_is_misleading() -> None:
    events = from_markdown(_REPORT).timeline

    assert events[1].kind is EventKind.MISLEADING
