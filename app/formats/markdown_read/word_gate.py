"""A long alternation of English phrases, tried only where its words are: the same answer, found sooner.

Python's ``re`` tries every alternative of a pattern at every position of the text, so a pattern of a hundred
phrases costs a hundred tries per character even when none of its words is there. ``WordGate`` splits the
pattern into its alternatives and finds, for each, the plain letters every match of it must hold ("restart"
in ``\\brestart(?:s|ed)?\\b``, one of "paged" or "woke" in ``(?:paged|woke)``). An alternative is tried only
when the text holds them, which a substring test answers in a fraction of the time; an alternative with no such
letters is always tried. Whether the pattern matches is unchanged: only the search is skipped where it could
not match.

A string that starts a word (``\\b`` or ``(?<!\\w)`` before it) is looked up by its first three letters among the
text's word starts, any other by its first three among the text's runs of three characters (made once per text,
cheaper than looking for a few hundred strings one by one); a phrase with no ASCII letter (a Russian one) waits
for a text that holds a letter outside ASCII. An alternative that opens is searched only if the text also holds
a string of each of its other groups ("that|this|which|it" and "detection|alert|…"): a few substring tests cost
less than the search they spare, and each kind guess meets some thirty of these patterns.
"""

from __future__ import annotations

import functools
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

    __slots__ = ("_grams", "ascii", "text", "word_starts")

    def __init__(self, text: str) -> None:
        self.text = folded = text.translate(_TO_ASCII).lower()
        self.word_starts = frozenset(_WORD_STARTS.findall(folded))
        # An ASCII text holds no match of an alternative that needs a letter outside ASCII (a Russian phrase)
        self.ascii = text.isascii()
        self._grams: frozenset[str] | None = None

    @property
    def grams(self) -> frozenset[str]:
        """Every three characters in a row of the text: a string found anywhere starts with one of them. Made
        when first asked for, once for all the gates a text meets."""
        if self._grams is None:
            folded = self.text
            self._grams = frozenset(map("".join, zip(folded, folded[1:], folded[2:], strict=False)))
        return self._grams


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
        # For each alternative, the other strings its matches hold, checked once its own letters opened it:
        # "(?:that|this|which|it) (?:was|is) (?:our|the) …(?:detection|alert…)" needs one of each group, and a
        # few substring tests cost less than the search they spare
        self._also: list[tuple[tuple[bool, tuple[str, ...]], ...]] = []
        for index, alternative in enumerate(self._alternatives):
            candidates = requirements(alternative, flags)
            needed = _best(candidates)
            if not needed:
                always.append(index)
            for word in needed:
                behind.setdefault(word, []).append(index)
            self._also.append(_also_needed(candidates, needed))
        self._always = frozenset(always)
        self._outside_ascii = frozenset(behind.pop(OUTSIDE_ASCII, ()))
        # A string that starts a word, under its first three letters; any other of three letters or more under
        # its first three (most texts hold none of them); a shorter one looked for in the whole text
        self._by_start: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        self._by_gram: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        short: list[tuple[str, tuple[int, ...]]] = []
        for word, alternatives in behind.items():
            letters = word.removeprefix(WORD_START)
            if letters != word and len(letters) >= 3:
                self._by_start.setdefault(letters[:3], []).append((letters, tuple(alternatives)))
            elif len(letters) >= 3:
                self._by_gram.setdefault(letters[:3], []).append((letters, tuple(alternatives)))
            else:
                short.append((letters, tuple(alternatives)))
        self._short = tuple(short)
        self._starts = frozenset(self._by_start)
        self._grams = frozenset(self._by_gram)

    def search(self, text: str, folded: Folded | None = None) -> re.Match[str] | None:
        """A match of an alternative whose letters ``text`` holds; ``folded``: ``Folded(text)``, when known."""
        if folded is None:
            folded = Folded(text)
        folded_text = folded.text
        opened = set(self._always)
        if self._outside_ascii and not folded.ascii:
            opened.update(self._outside_ascii)
        for start in self._starts.intersection(folded.word_starts):
            for letters, alternatives in self._by_start[start]:
                if letters in folded_text:
                    opened.update(alternatives)
        if self._grams:
            for gram in self._grams.intersection(folded.grams):
                for letters, alternatives in self._by_gram[gram]:
                    if letters in folded_text:
                        opened.update(alternatives)
        for letters, alternatives in self._short:
            if letters in folded_text:
                opened.update(alternatives)
        if not opened:
            return None
        for index in sorted(opened):
            also = self._also[index]
            if also and not all(
                (outside and not folded.ascii) or any(letters in folded.text for letters in words)
                for outside, words in also
            ):
                continue
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
    return _best(requirements(pattern, flags))


def requirements(pattern: str, flags: int = re.IGNORECASE) -> list[Requirement]:
    """Every requirement ``pattern`` makes, each met by every match (see ``requirement``), none repeated."""
    parsed = sre_parse.parse(pattern, flags)
    found = dict.fromkeys(_needs_of_sequence(list(parsed), starts_word=False))
    # Where "\w" means ASCII letters only, a word may start after "é": the text's words would not tell it
    if flags & re.ASCII or "(?a" in pattern:
        found = dict.fromkeys(frozenset(word.removeprefix(WORD_START) for word in needed) for needed in found)
    return list(found)


def _also_needed(candidates: list[Requirement], needed: Requirement) -> tuple[tuple[bool, tuple[str, ...]], ...]:
    """The requirements besides ``needed`` worth a test, most telling first: whether a letter outside ASCII meets
    it, and its strings (found anywhere: a string that starts a word is in the text wherever it is)."""
    also = []
    for other in sorted(candidates, key=_telling, reverse=True):
        words = tuple(word.removeprefix(WORD_START) for word in other if word != OUTSIDE_ASCII)
        # A letter or two is in most texts: not worth the test
        if other != needed and words and min(map(len, words)) >= 3:
            also.append((OUTSIDE_ASCII in other, words))
    return tuple(also)


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
# Stands for a character outside ASCII in the requirement of a phrase with no ASCII letters ("сбой устранён"):
# a text of ASCII alone holds no match of it.
OUTSIDE_ASCII = "\x80"
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
        if op is sre.ASSERT_NOT and _looks_behind_for_a_word_character(argument):
            # "(?<!\w)", as the phrases of other languages start: a word's letter after it starts a word
            at_word_start = True
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        yield from _flush(run, run_starts_word)
        if _outside_ascii(op, argument):
            yield frozenset((OUTSIDE_ASCII,))
        elif op is sre.SUBPATTERN:
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


def _looks_behind_for_a_word_character(argument: object) -> bool:
    r"""Whether an ``ASSERT_NOT``'s argument looks behind for a word's character: ``(?<!\w)``, ``(?<![\w-])``."""
    direction, items = argument  # type: ignore[misc]
    if direction != -1 or len(items) != 1:
        return False
    op, members = items[0]
    return op is sre.IN and (sre.CATEGORY, sre.CATEGORY_WORD) in members and (sre.NEGATE, None) not in members


@functools.cache
def _only_outside_ascii(code: int) -> bool:
    """Whether the literal character ``code`` matches no ASCII character, even with case ignored (so whatever the
    flags): "д" does, "ı" does not (ignore-case matches it with "i")."""
    if code < 128:
        return False
    literal = re.compile(re.escape(chr(code)), re.IGNORECASE)
    return not any(literal.fullmatch(chr(ascii_code)) for ascii_code in range(128))


def _outside_ascii(op: object, argument: object) -> bool:
    """Whether a parsed item matches only characters outside ASCII: such a letter, or a class of them."""
    if op is sre.LITERAL:
        return _only_outside_ascii(argument)  # type: ignore[arg-type]
    return (
        op is sre.IN
        and bool(argument)
        and all(
            member_op is sre.LITERAL and _only_outside_ascii(member)  # type: ignore[arg-type]
            for member_op, member in argument  # type: ignore[attr-defined]
        )
    )
