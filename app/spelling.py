"""Spell checking for prose fields: which words to check, and whether they are spelt right.

Incident text is full of hostnames, ticket ids, code and units, so only plain words
are checked: a token with a digit, a dot, an underscore, a slash or an @ is left
alone, as are CamelCase and ALL-CAPS words and anything between backticks. A
hyphenated word is checked part by part.

The words come from a well-kept library: pyenchant with the system's Hunspell
dictionaries where they are installed, else pyspellchecker (pure Python, ships
its own word lists, so a fresh machine needs nothing else). The user's own words
live in a plain text file, one a line, in the user's data folder.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from app.user_data import data_folder

# A token: letters and digits joined by inner dots, hyphens, apostrophes, slashes, @, underscores, colons.
_TOKEN = re.compile(r"[^\W_]+(?:[.\-'’/@_:][^\W_]+)*|_\w*")
_BACKTICKS = re.compile(r"`[^`\n]*`?")
_URL = re.compile(r"\b(?:[a-zA-Z][a-zA-Z+.-]*://|www\.)\S+")
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
_SKIP_CHARS = re.compile(r"[\d._/@:]")

# pyspellchecker's dictionaries, by language code.
BUNDLED_LANGUAGES = ("en", "de", "es", "fr", "it", "nl", "pt", "ru", "ar", "eu", "fa", "lv")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    joined: str = ""  # the hyphenated word it is part of, hyphens dropped ("postmortem" for "mortem")


_LETTER = re.compile(r"[^\W\d_]")


def has_letters(text: str) -> bool:
    """Whether ``text`` may hold a word to check (a line of rules or figures never needs a dictionary)."""
    return _LETTER.search(text) is not None


def words_to_check(text: str) -> Iterator[Word]:
    """The plain words of ``text`` worth checking, with their positions."""
    masked = _mask(_mask(text, _BACKTICKS), _URL)
    for match in _TOKEN.finditer(masked):
        token = match.group()
        if _SKIP_CHARS.search(token) or _CAMEL.search(token):
            continue
        offset = match.start()
        hyphenated = "-" in token
        for part in re.finditer(r"[^\-]+", token):
            word = part.group().strip("'’")
            # A short part of a hyphenated word is mostly a prefix ("pre-", "co-", "re-"): not a word alone.
            if len(word) < (4 if hyphenated else 2) or word.isupper():
                continue
            start = offset + part.start() + part.group().index(word)
            yield Word(start, start + len(word), word, token.replace("-", "") if hyphenated else "")


def _mask(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with each match blanked out, so positions stay where they were."""
    return pattern.sub(lambda match: " " * len(match.group()), text)


class Backend(Protocol):
    def known(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class _PySpellChecker:
    """pyspellchecker's word list and suggestions, held compactly (``app.spelling_words``: 3 MB, not 29)."""

    def __init__(self, language: str) -> None:
        from app.spelling_words import CompactWords, packaged_lines

        self._words = CompactWords(packaged_lines(language))

    def known(self, word: str) -> bool:
        return word.lower() in self._words

    def suggest(self, word: str) -> list[str]:
        lower = word.lower()
        found = self._words.candidates(lower)
        if not found or found == {lower}:
            # Two edits away is slower: only asked for from the context menu, when one edit finds nothing.
            found = self._words.candidates(lower, distance=2)
        ranked = sorted((c for c in found if c != lower), key=lambda c: (-self._words.frequency(c), c))
        return [_match_case(candidate, word) for candidate in ranked]


class _Enchant:
    def __init__(self, language: str) -> None:
        import enchant  # type: ignore[import-not-found]

        self._dictionary = enchant.Dict(language)

    def known(self, word: str) -> bool:
        return bool(self._dictionary.check(word))

    def suggest(self, word: str) -> list[str]:
        return list(self._dictionary.suggest(word))


def _match_case(candidate: str, like: str) -> str:
    if like[:1].isupper() and like[1:].islower():
        return candidate[:1].upper() + candidate[1:]
    return candidate


def available_languages() -> list[str]:
    """Language codes a checker can be made for (system dictionaries first, then the bundled ones)."""
    languages: list[str] = []
    try:
        import enchant  # type: ignore[import-not-found]

        languages.extend(sorted(enchant.list_languages()))
    except Exception:  # no pyenchant, or no Enchant library on this machine
        pass
    try:
        import spellchecker  # noqa: F401

        languages.extend(code for code in BUNDLED_LANGUAGES if code not in languages)
    except ImportError:
        pass
    return languages


def language_for_locale(locale_name: str, languages: list[str]) -> str | None:
    """The best of ``languages`` for a locale such as ``en_GB``: the exact one, else its language."""
    if locale_name in languages:
        return locale_name
    base = locale_name.split("_", 1)[0].split("-", 1)[0]
    if base in languages:
        return base
    return next((code for code in languages if code.split("_", 1)[0] == base), None)


def make_backend(language: str) -> Backend:
    """Enchant's dictionary for ``language`` where the system has one, else pyspellchecker's."""
    try:
        return _Enchant(language)
    except Exception:  # no pyenchant, no Enchant library, or no such dictionary
        pass
    return _PySpellChecker(language.split("_", 1)[0])


def personal_dictionary_path() -> Path:
    return data_folder() / "dictionary.txt"


class SpellChecker:
    """One language's checker plus the user's own words; thread-safe, answers cached."""

    def __init__(self, backend: Backend, personal: Path | None = None) -> None:
        self._backend = backend
        self._personal_path = personal
        self._personal: set[str] = set()
        self._lock = threading.Lock()
        if personal is not None and personal.is_file():
            try:
                self._personal = {line.strip() for line in personal.read_text(encoding="utf-8").splitlines()}
            except (OSError, UnicodeError):
                self._personal = set()
        self._personal.discard("")
        self.is_correct = lru_cache(maxsize=50_000)(self._is_correct)

    def _is_correct(self, word: str) -> bool:
        plain = word.replace("’", "'")
        if plain in self._personal or plain.lower() in self._personal:
            return True
        with self._lock:
            return self._backend.known(plain) or (plain[:1].isupper() and self._backend.known(plain.lower()))

    def misspelt(self, text: str) -> list[Word]:
        """Words not in the dictionary; a part of a hyphenated word counts as right when the whole,
        written solid, is a word ("post-mortem": "postmortem")."""
        return [
            word
            for word in words_to_check(text)
            if not self.is_correct(word.text) and not (word.joined and self.is_correct(word.joined))
        ]

    def suggestions(self, word: str, limit: int = 7) -> list[str]:
        with self._lock:
            return self._backend.suggest(word.replace("’", "'"))[:limit]

    def add_to_dictionary(self, word: str) -> None:
        """Accept ``word`` from now on, and keep it in the personal word list."""
        self._personal.add(word)
        self.is_correct.cache_clear()
        if self._personal_path is None:
            return
        try:
            self._personal_path.parent.mkdir(parents=True, exist_ok=True)
            with self._personal_path.open("a", encoding="utf-8") as file:
                file.write(word + "\n")
        except OSError:
            pass  # The word still counts for this session; a read-only data folder is not worth a dialog.

    def personal_words(self) -> set[str]:
        return set(self._personal)
