"""The spelling word list held compactly: the same words and suggestions as pyspellchecker's, in megabytes."""

from __future__ import annotations

import gzip
import json
import pkgutil

from PySide6.QtWidgets import QPlainTextEdit

from app.spelling import has_letters
from app.spelling_words import CompactWords, packaged_lines
from widgets.spelling import SpellHighlighter, SpellService


def test_the_english_list_takes_under_two_megabytes_and_knows_every_word_and_which_are_frequent():
    words = CompactWords(packaged_lines("en"))
    packaged = json.loads(gzip.decompress(pkgutil.get_data("spellchecker", "resources/en.json.gz")).decode())
    assert len(packaged) - 10 <= len(words) <= len(packaged)  # words sharing all 32 bits count once
    assert len(words) > 100_000
    assert all(word in words for word in packaged)
    sample = list(packaged.items())[::97]
    # Each frequency to 0.2%, but for the few words whose 32 bits another word shares (their counts add up).
    assert sum(abs(words.frequency(word) - count) > count / 500 + 1 for word, count in sample) <= 2
    assert words.frequency("the") > words.frequency("house") > words.frequency("aardvark") > 0
    assert words.nbytes() < 2_000_000  # pyspellchecker's own dict of the same list: 29 MB resident
    misspelt = ["rewriten", "teh", "recieve", "definately", "occured", "seperate", "untill", "wich"]
    assert not any(word in words for word in misspelt) and "" not in words


def test_words_differing_only_in_case_are_one_word_and_escapes_are_read():
    words = CompactWords('{\n"Apple": 3,\n"apple": 4,\n"caf\\u00e9": 2,\n"ship\'s": 1\n}'.splitlines())
    assert len(words) == 3
    assert round(words.frequency("apple")) == 7
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


def test_a_words_key_is_the_same_in_every_run():
    # Python salts str hashes per process: keyed by hash(), the rare misspelling that passes for
    # a known word (sharing its 32 bits) changed from one start of the editor to the next.
    import os
    import subprocess
    import sys

    from app.spelling_words import _key

    code = "from app.spelling_words import _key; print(_key('templat'), _key('template'))"
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout.split()[0]
        for seed in ("1", "2")
    }
    assert runs == {str(_key("templat"))}
