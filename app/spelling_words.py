"""pyspellchecker's word lists held compactly: a few megabytes instead of thirty.

pyspellchecker loads its English list (160,000 words with their frequencies) into
a Python dict: 29 MB resident, more than the whole file limit of most documents,
and taken as soon as the first prose field is checked. Here the same list is an
open-addressing hash table of two flat arrays (the words' hashes and their
frequencies, 3 MB), filled by reading the packaged JSON line by line, so no dict
of the whole list exists even while loading. A word is looked up by its hash
(Python's string hash, 64 bits: a false "known" needs two of 160,000 words to
share all 64 bits), and suggestions are pyspellchecker's: every string one edit
away (two when one finds nothing) that is in the list, most frequent first.
"""

from __future__ import annotations

import gzip
import json
import pkgutil
import re
import sys
from array import array

# One entry of the packaged JSON: '"word": 123,' on a line of its own (a backslash escape is decoded).
_ENTRY = re.compile(r'"((?:[^"\\\n]|\\.)*)"\s*:\s*(\d+)')
_EMPTY = 0  # no word hashes to 0: such a hash is stored as 1 (one more false match in 2**64)


def packaged_text(language: str) -> str:
    """pyspellchecker's packaged JSON for ``language`` ('{"word": 123, ...}'), decompressed."""
    data = pkgutil.get_data("spellchecker", f"resources/{language.lower()}.json.gz")
    if not data:
        raise LookupError(f"no word list for {language!r}")
    return gzip.decompress(data).decode("utf-8")


def _key(word: str) -> int:
    return hash(word) or 1


class CompactWords:
    """A word list with frequencies: membership, frequency and one- or two-edit suggestions."""

    def __init__(self, packaged_json: str) -> None:
        """``packaged_json``: a word list as pyspellchecker packages it (see ``packaged_text``)."""
        expected = packaged_json.count("\n") + 1
        size = 1 << max(10, (expected * 4 // 3).bit_length())  # at most three quarters full
        mask = size - 1
        keys = array("q", [_EMPTY]) * size
        counts = array("I", [0]) * size
        used = longest = 0
        escaped: set[str] = set()  # characters written as escapes: not among the text's own
        # One loop, no call per word: 160,000 words in about a third of a second (a background thread).
        for match in _ENTRY.finditer(packaged_json):
            word = match.group(1)
            if "\\" in word:
                word = json.loads(f'"{word}"')
                escaped.update(word)
            word = word.lower()
            key = hash(word) or 1
            slot = key & mask
            found = keys[slot]
            while found != key and found != _EMPTY:
                slot = (slot + 1) & mask
                found = keys[slot]
            if found == _EMPTY:
                used += 1
                if used * 4 > size * 3:
                    raise ValueError("the word list has more entries than lines")
                keys[slot] = key
                longest = max(longest, len(word))
            counts[slot] = min(counts[slot] + int(match.group(2)), 0xFFFFFFFF)  # words differing in case add up
        self._mask, self._keys, self._counts, self._used = mask, keys, counts, used
        self.longest = longest
        # Not ``set(packaged_json.lower())``: lower-casing a non-ASCII string takes 12 bytes a character.
        characters = "".join(character.lower() for character in set(packaged_json) | escaped)
        self.letters: set[str] = set(characters) - set('{}":,\\ \t\r\n0123456789')
        """Every character of the words: what the edits try."""

    def _slot(self, key: int) -> int:
        """The slot holding ``key``, or the empty slot where it would go (linear probing)."""
        keys, mask = self._keys, self._mask
        slot = key & mask
        while True:
            found = keys[slot]
            if found in (key, _EMPTY):
                return slot
            slot = (slot + 1) & mask

    def __len__(self) -> int:
        return self._used

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._keys[self._slot(_key(word))] != _EMPTY

    def frequency(self, word: str) -> int:
        slot = self._slot(_key(word))
        return self._counts[slot] if self._keys[slot] != _EMPTY else 0

    def nbytes(self) -> int:
        """Memory held by the table (for tests and the bench)."""
        return sys.getsizeof(self._keys) + sys.getsizeof(self._counts)

    def edits(self, word: str) -> set[str]:
        """Every string one edit (delete, swap, replace, insert of a letter of the list) from ``word``."""
        letters = self.letters
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        found = {left + right[1:] for left, right in splits if right}
        found.update(left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1)
        found.update(left + c + right[1:] for left, right in splits if right for c in letters)
        found.update(left + c + right for left, right in splits for c in letters)
        return found

    def candidates(self, word: str, distance: int = 1) -> set[str]:
        """Known words ``distance`` edits or fewer away, the nearest found (as pyspellchecker's ``candidates``)."""
        lower = word.lower()
        if lower in self:
            return {lower}
        if len(lower) > self.longest + 3:
            return set()
        near = self.edits(lower)
        known = {w for w in near if w in self}
        if known or distance < 2:
            return known
        return {w2 for w1 in near if len(w1) <= self.longest + 3 for w2 in self.edits(w1) if w2 in self}
