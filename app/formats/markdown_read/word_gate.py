"""A long alternation of English phrases, tried only where its words are: the same answer, found sooner.

Python's ``re`` tries every alternative of a pattern at every position of the text, so a pattern of a hundred
phrases costs a hundred tries per character even when none of its words is there. ``WordGate`` splits the
pattern into its alternatives and finds, for each, the plain letters every match of it must hold ("restart"
in ``\\brestart(?:s|ed)?\\b``, one of "paged" or "woke" in ``(?:paged|woke)``). An alternative is tried only
when the text holds them, which a substring test answers in a fraction of the time; an alternative with no such
letters is always tried. Whether the pattern matches is unchanged: only the search is skipped where it could
not match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# The letters outside ASCII that match an ASCII letter when case is ignored (found by trying every character
# against ``[\x00-\x7f]`` with ``re.IGNORECASE``): written as that letter before the substring tests.
_TO_ASCII = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})

# A requirement: the text must hold one of these (lower-case, ASCII) strings.
Requirement = frozenset[str]


class Folded:
    """A text as the gates compare it: lower case, with the few letters that ignore-case makes ASCII, and the
    first three characters from each place a word starts (a gate looks up a string that starts a word by them)."""

    __slots__ = ("text", "word_starts")

    def __init__(self, text: str) -> None:
        self.text = folded = text.translate(_TO_ASCII).lower()
        self.word_starts = frozenset(_WORD_STARTS.findall(folded))


# The first three characters from each place a word starts ("\b" before a word's character)
_WORD_STARTS = re.compile(r"\b(?=(\w.{0,2}))", re.DOTALL)


class WordGate:
    """A pattern's alternatives, each behind the letters it needs; ``search`` tells whether the pattern would
    match (a match of its first alternative that does, not of the whole pattern)."""

    def __init__(self, pattern: str, flags: int = re.IGNORECASE) -> None:
        self.pattern = pattern
        self.flags = flags
        # Each compiled the first time a text holds its letters: most never are, in one document
        self._alternatives = top_level_alternatives(pattern)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self._alternatives)
        always: list[int] = []
        behind: dict[str, list[int]] = {}
        for index, alternative in enumerate(self._alternatives):
            needed = requirement(alternative, flags)
            if not needed:
                always.append(index)
            for word in needed:
                behind.setdefault(word, []).append(index)
        self._always = frozenset(always)
        # A string that starts a word, under its first three letters; any other looked for in the whole text
        self._by_start: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        anywhere: list[tuple[str, tuple[int, ...]]] = []
        for word, alternatives in behind.items():
            letters = word.removeprefix(WORD_START)
            if letters != word and len(letters) >= 3:
                self._by_start.setdefault(letters[:3], []).append((letters, tuple(alternatives)))
            else:
                anywhere.append((letters, tuple(alternatives)))
        self._anywhere = tuple(anywhere)
        self._starts = frozenset(self._by_start)

    def search(self, text: str, folded: Folded | None = None) -> re.Match[str] | None:
        """A match of an alternative whose letters ``text`` holds; ``folded``: ``Folded(text)``, when known."""
        if folded is None:
            folded = Folded(text)
        opened = set(self._always)
        for start in self._starts & folded.word_starts:
            for letters, alternatives in self._by_start[start]:
                if letters in folded.text:
                    opened.update(alternatives)
        for letters, alternatives in self._anywhere:
            if letters in folded.text:
                opened.update(alternatives)
        for index in sorted(opened):
            compiled = self._compiled[index]
            if compiled is None:
                compiled = self._compiled[index] = re.compile(self._alternatives[index], self.flags)
            found = compiled.search(text)
            if found is not None:
                return found
        return None


def top_level_alternatives(pattern: str) -> list[str]:
    """The pattern cut at each ``|`` outside groups and character classes."""
    alternatives: list[str] = []
    depth = 0
    start = 0
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            # "[]…]" and "[^]…]": a "]" first is a member, not the end
            if pattern.startswith("]", index + 1):
                index += 1
            elif pattern.startswith("^]", index + 1):
                index += 2
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(pattern[start:index])
            start = index + 1
        index += 1
    alternatives.append(pattern[start:])
    return alternatives


def requirement(pattern: str, flags: int = re.IGNORECASE) -> Requirement:
    """Strings one of which every match of ``pattern`` holds (lower case); empty when none is sure. A string
    marked with a leading ``\b`` stands at the start of a word wherever it matches ("\brestart" is not in
    "unrestarted")."""
    parsed = sre_parse.parse(pattern, flags)
    # Where "\w" means ASCII letters only, a word may start after "é": the text's words would not tell it
    if flags & re.ASCII or "(?a" in pattern:
        return frozenset(
            word.removeprefix(WORD_START) for word in _best(_needs_of_sequence(list(parsed), starts_word=False))
        )
    return _best(_needs_of_sequence(list(parsed), starts_word=False))


def _best(candidates: Iterable[Requirement]) -> Requirement:
    """The most telling requirement: the one whose shortest string is longest (the rarest to be found)."""
    return max(candidates, key=_telling, default=frozenset())


def _telling(needed: Requirement) -> tuple[bool, int, int]:
    """How well a requirement sorts texts out, and cheaply: strings that start words are looked up by their first
    three letters, others searched for one by one; a longer string is found in fewer texts."""
    shortest = min(len(word.removeprefix(WORD_START)) for word in needed)
    return all(word.startswith(WORD_START) for word in needed) and shortest >= 3, shortest, -len(needed)


# Marks a string that starts a word in the text.
WORD_START = "\\b"
_WORD_CHAR = re.compile(r"\w")


def _needs_of_sequence(items: list[tuple[object, object]], *, starts_word: bool) -> Iterator[Requirement]:
    """Every requirement a sequence of parsed items makes: its runs of plain letters, and those of its parts
    that must match. ``starts_word``: the sequence starts where a word does (after ``\b``)."""
    run: list[str] = []
    run_starts_word = starts_word
    at_word_start = starts_word
    for op, argument in items:
        if op is sre.LITERAL and argument < 128:  # type: ignore[operator]
            if not run:
                run_starts_word = at_word_start and _WORD_CHAR.match(chr(argument)) is not None  # type: ignore[arg-type]
            run.append(chr(argument).lower())  # type: ignore[arg-type]
            # after a space or a dash, a word's letter starts a word
            at_word_start = _WORD_CHAR.match(chr(argument)) is None  # type: ignore[arg-type]
            continue
        if op is sre.AT:
            # takes no letters: the letters either side of it stand together in the text
            at_word_start = at_word_start or argument in (sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        yield from _flush(run, run_starts_word)
        if op is sre.SUBPATTERN:
            # (group, add flags, delete flags, sequence)
            yield from _needs_of_sequence(list(argument[3]), starts_word=at_word_start)  # type: ignore[index]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, inner = argument  # type: ignore[misc]
            if low >= 1:
                yield from _needs_of_sequence(list(inner), starts_word=at_word_start)
        elif op is sre.BRANCH:
            choices = [
                _best(_needs_of_sequence(list(branch), starts_word=at_word_start))
                for branch in argument[1]  # type: ignore[index]
            ]
            if all(choices):
                yield frozenset().union(*choices)
        at_word_start = False
    yield from _flush(run, run_starts_word)


def _flush(run: list[str], starts_word: bool) -> Iterator[Requirement]:
    if run:
        yield frozenset(((WORD_START if starts_word else "") + "".join(run),))
        run.clear()
