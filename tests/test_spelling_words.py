"""The spelling word list held compactly: the same words and suggestions as pyspellchecker's, in megabytes."""

from __future__ import annotations

import gzip
import json
import pkgutil

from PySide6.QtWidgets import QPlainTextEdit

from app.spelling import has_letters
from app.spelling_words import CompactWords, packaged_text
from widgets.spelling import SpellHighlighter, SpellService


def test_the_english_list_takes_a_few_megabytes_and_knows_every_word_with_its_frequency():
    words = CompactWords(packaged_text("en"))
    packaged = json.loads(gzip.decompress(pkgutil.get_data("spellchecker", "resources/en.json.gz")).decode())
    assert len(words) == len(packaged) > 100_000
    assert all(word in words and words.frequency(word) == count for word, count in packaged.items())
    assert words.nbytes() < 4_000_000  # pyspellchecker's own dict of the same list: 29 MB resident
    assert "rewriten" not in words and "teh" not in words and "" not in words


def test_words_differing_only_in_case_are_one_word_and_escapes_are_read():
    words = CompactWords('{\n"Apple": 3,\n"apple": 4,\n"caf\\u00e9": 2,\n"ship\'s": 1\n}')
    assert len(words) == 3
    assert words.frequency("apple") == 7
    assert "café" in words and "ship's" in words
    assert words.candidates("aple") == {"apple"}
    assert words.candidates("cafe") == {"café"}
    assert words.candidates("xyz") == set() and words.candidates("apxle") == {"apple"}


class _CountingService(SpellService):
    asked = 0

    def checker(self):  # type: ignore[override]
        self.asked += 1
        return None


def test_lines_without_words_load_no_dictionary(qtbot):
    assert not has_letters("*** --- 12:30 ###") and has_letters("a rule") and has_letters("été")
    service = _CountingService()
    field = QPlainTextEdit()
    qtbot.addWidget(field)
    highlighter = SpellHighlighter(field.document(), service)
    field.setPlainText("***\n" * 100 + "--- 12:30\n")
    highlighter.rehighlight()
    assert service.asked == 0
    field.setPlainText("***\nwords here\n")
    highlighter.rehighlight()
    assert service.asked > 0
