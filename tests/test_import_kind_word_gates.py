"""Kind guessing tries a phrase only where its words are (``WordGate``), and must read every entry as before.

The long English patterns that give a timeline entry its kind are searched alternative by alternative, and only
when the entry holds the letters the alternative needs. These tests hold the gated search to the plain one: the
same yes or no for every line of the samples and of the kind tests, in any case, and for the few non-ASCII
letters that match an ASCII one when case is ignored.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from app.formats.markdown_read.timeline import kinds
from app.formats.markdown_read.timeline.kind_firsts import FIRSTS
from app.formats.markdown_read.timeline.kind_words import GUESSES
from app.formats.markdown_read.word_gate import (
    OUTSIDE_ASCII,
    Folded,
    WordGate,
    requirement,
    top_level_alternatives,
)
from app.model import EventKind

_TESTS = Path(__file__).parent
_GATES = [
    *(gate for _kind, gate in GUESSES + FIRSTS + kinds._other_language_guesses()),
    *(kinds._NO_BETTER_GATE, kinds._NOT_WORDS_GATE),
]
# The kind tests of other languages: their phrases are gated too
_OTHER_LANGUAGES = (
    *("test_import_russian_turkish.py", "test_import_other_languages.py", "test_import_polish_swedish.py"),
    "test_import_italian_portuguese_dutch.py",
)


@functools.cache
def _lines() -> tuple[str, ...]:
    files = sorted(_TESTS.glob("samples/*.md")) + sorted(_TESTS.glob("test_import*kind*.py"))
    files += [_TESTS / name for name in _OTHER_LANGUAGES]
    return tuple(line[:400] for path in files for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@pytest.mark.parametrize("gate", _GATES, ids=lambda gate: gate.pattern[:30])
def test_a_gated_pattern_answers_as_the_plain_one_for_every_sample_line(gate: WordGate) -> None:
    plain = re.compile(gate.pattern, gate.flags)
    differing = [
        line
        for text in _lines()
        for line in (text, text.upper())
        if (gate.search(line, Folded(line)) is None) != (plain.search(line) is None)
    ]
    assert differing == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("\u212aills the runaway query.", EventKind.ACTION),  # KELVIN SIGN, an ignore-case "k"
        ("Reſtarted the pods.", EventKind.ACTION),  # long s, an ignore-case "s"
        ("PRİNT QUEUE CLEARED.", EventKind.RESOLUTION),
        ("ROLLED BACK THE DEPLOY.", EventKind.ACTION),
        ("PAGED THE ON-CALL DBA.", EventKind.ESCALATION),
    ],
)
def test_letters_that_ignore_case_matches_still_give_the_kind(text: str, kind: EventKind) -> None:
    assert kinds.guess_kind(text) is kind


def test_alternatives_are_cut_outside_groups_and_classes_only() -> None:
    assert top_level_alternatives(r"a(?:b|c)|[|x]|\||d") == ["a(?:b|c)", "[|x]", r"\|", "d"]


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"\brestart(?:s|ed)?\b", {r"\brestart"}),
        (r"\b(?:paged|woke)\b", {r"\bpaged", r"\bwoke"}),
        (r"red herring", {"red herring"}),
        (r"\b(?:re)?rout(?:es|ed)\b", {"route"}),
        (r"(?:ab)?\d+", set()),  # nothing every match holds: always tried
        # Another language's phrase starts where a word does, as "\b" says it
        (r"(?<!\w)(?:neu gestartet|zurückgerollt)(?!\w)", {r"\bneu gestartet", r"\bzur"}),
        # A Russian phrase waits for a letter outside ASCII; "ı" is none (ignore-case matches it with "i")
        (r"(?<!\w)(?:сбой устранён|olay kapatıldı)(?!\w)", {OUTSIDE_ASCII, r"\bolay kapat"}),
    ],
)
def test_the_letters_an_alternative_needs(pattern: str, needed: set[str]) -> None:
    assert requirement(pattern) == needed


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Сбой устранён, сервис восстановлен.", EventKind.RESOLUTION),
        ("Olay kapatıldı.", EventKind.RESOLUTION),
        ("Der Dienst wurde neu gestartet.", EventKind.ACTION),
    ],
)
def test_phrases_of_other_languages_still_give_the_kind(text: str, kind: EventKind) -> None:
    assert kinds.guess_kind(text) is kind
