"""A window told in another language with "about" before its end: "de 9h10 à environ 10h25", "von 14:05 bis
etwa 15:40 Uhr", "desde las 08:00 hasta aproximadamente las 09:30". The end is the clock after the word, as
"to about 10:25" is in English; and a French form's "Durée d'exposition" (how long users were exposed) is
the window's label."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("**Durée d'exposition :** de 9h10 à environ 10h25", (9, 10), (10, 25)),
        ("**Dauer:** von 14:05 bis etwa 15:40 Uhr", (14, 5), (15, 40)),
        ("**Duración:** desde las 08:00 hasta aproximadamente las 09:30", (8, 0), (9, 30)),
    ],
)
def test_a_window_with_about_before_its_end_is_read_whole(line: str, start: tuple, end: tuple) -> None:
    doc = from_markdown(f"# Postmortem\n\n2026-03-03, UTC.\n\n{line}\n")
    assert (doc.summary.start, doc.summary.end) == (
        datetime(2026, 3, 3, *start, tzinfo=UTC),
        datetime(2026, 3, 3, *end, tzinfo=UTC),
    )
