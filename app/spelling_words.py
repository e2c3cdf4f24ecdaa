"""pyspellchecker's word lists held compactly: under 2 MB instead of thirty.

pyspellchecker loads its English list (160,000 words with their frequencies) into
a Python dict: 29 MB resident, more than the whole file limit of most documents,
and taken as soon as the first field with a word is checked. Here the same list
is an open-addressing hash table of two flat arrays (32 bits of each word's hash
and 16 bits of its frequency's logarithm, 1.5 MB for English), filled from the
packaged JSON as it is decompressed, a line at a time, so neither a dict of the
list nor its whole text exists even while loading. A word is looked up by its
CRC-32: a misspelt word passes for known about once in 25,000 (two of the
160,000 words would have to share 32 bits), and suggestions are pyspellchecker's:
every string one edit away (two when one finds nothing) that is in the list,
most frequent first.
"""

from __future__ import annotations

import gzip
import io
import json
import math
import re
import sys
import zlib
from array import array
from collections.abc import Iterable, Iterator
from importlib import resources

from app.text_pieces import between_pieces

# One entry of the packaged JSON: '"word": 123,' on a line of its own (a backslash escape is decoded).
_ENTRY = re.compile(r'"((?:[^"\\\n]|\\.)*)"\s*:\s*(\d+)')
_EMPTY = 0  # no word's key is 0: such a hash is stored as 1 (one more false match in 2**32)
_LOG_SCALE = 2000  # frequencies kept as 2000 x log2(count + 1): 16 bits up to counts of 2**32
GIVE_WAY_CHARS = 4_000  # about 200 entries, well under a millisecond of loading


def packaged_lines(language: str) -> Iterator[str]:
    """The lines of pyspellchecker's packaged JSON for ``language`` ('"word": 123,'), decompressed as read.

    Every ``GIVE_WAY_CHARS`` characters the loading thread may give way (``app.text_pieces.giving_way``):
    the window's thread waits for Python's lock at each of its calls while the list loads.
    """
    resource = resources.files("spellchecker") / "resources" / f"{language.lower()}.json.gz"
    if not resource.is_file():
        raise LookupError(f"no word list for {language!r}")
    with resource.open("rb") as packed, io.TextIOWrapper(gzip.GzipFile(fileobj=packed), encoding="utf-8") as text:
        while lines := text.readlines(GIVE_WAY_CHARS):
            yield from lines
            between_pieces()


def _key(word: str) -> int:
    # CRC-32, not hash(): Python salts str hashes per process, so the rare misspelling that shares a
    # word's 32 bits (and passes for known) would change from one start to the next, as would a test.
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) or 1


def _encode(count: float) -> int:
    return min(0xFFFF, round(math.log2(count + 1) * _LOG_SCALE))


def _decode(stored: int) -> float:
    return 2 ** (stored / _LOG_SCALE) - 1


def _grown(keys: array[int], counts: array[int]) -> tuple[array[int], array[int]]:
    """The table twice as large, every key moved to its slot there."""
    size = len(keys) * 2
    mask = size - 1
    new_keys = array("I", [_EMPTY]) * size
    new_counts = array("H", [0]) * size
    for key, count in zip(keys, counts, strict=True):
        if key != _EMPTY:
            slot = key & mask
            while new_keys[slot] != _EMPTY:
                slot = (slot + 1) & mask
            new_keys[slot] = key
            new_counts[slot] = count
    return new_keys, new_counts


class CompactWords:
    """A word list with frequencies: membership, frequency and one- or two-edit suggestions."""

    def __init__(self, lines: Iterable[str], expected: int = 150_000) -> None:
        """``lines``: a word list as pyspellchecker packages it (see ``packaged_lines``), one entry a line."""
        size = 1 << max(10, (expected * 4 // 3).bit_length())  # under three quarters full
        mask = size - 1
        keys = array("I", [_EMPTY]) * size
        counts = array("H", [0]) * size
        used = longest = 0
        letters: set[str] = set()
        # One loop, no call per word: 160,000 words in about half a second (a background thread).
        for line in lines:
            match = _ENTRY.search(line)
            if match is None:
                continue
            word = match.group(1)
            if "\\" in word:
                word = json.loads(f'"{word}"')
            word = word.lower()
            key = _key(word)
            slot = key & mask
            found = keys[slot]
            while found not in (key, _EMPTY):
                slot = (slot + 1) & mask
                found = keys[slot]
            if found == _EMPTY:
                used += 1
                if used * 4 > size * 3:  # a longer list than expected (German: 339,000 words)
                    keys, counts = _grown(keys, counts)
                    size = len(keys)
                    mask = size - 1
                    slot = key & mask
                    while keys[slot] != _EMPTY:
                        slot = (slot + 1) & mask
                keys[slot] = key
                longest = max(longest, len(word))
                letters.update(word)
                counts[slot] = _encode(int(match.group(2)))
            else:  # words differing only in case add up, as in pyspellchecker
                counts[slot] = _encode(_decode(counts[slot]) + int(match.group(2)))
        self._mask, self._keys, self._counts, self._used = mask, keys, counts, used
        self.longest = longest
        self.letters = letters
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

    def frequency(self, word: str) -> float:
        """How often ``word`` occurs in the list's corpus (to three significant figures); 0 if not a word."""
        slot = self._slot(_key(word))
        return _decode(self._counts[slot]) if self._keys[slot] != _EMPTY else 0.0

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
