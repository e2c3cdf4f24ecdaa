"""Megabytes of text searched and rewritten a piece at a time, so that other threads keep their turn.

A regular-expression search or substitution is one call into C, and it holds
Python's interpreter lock until it returns: over a 60 MB Introduction, the
checks ``normalize_text`` makes held it for 1.1 s, and the window, waiting for
the lock while a runner's thread read the file, could not paint for that long.
Over pieces of ``PIECE`` characters each call takes a few milliseconds, and
the interpreter can hand the lock over between two calls. The results are
the same as over the whole text.

A thread reading a file for the window also gives way between pieces
(``giving_way``): it pauses while the window is busy, and stops when the read
is no longer wanted.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

PIECE = 1 << 19
"""Characters per call: a search over this many takes about 3-5 ms."""


T = TypeVar("T")

_this_thread = threading.local()


@contextmanager
def giving_way(hook: Callable[[], None]) -> Iterator[None]:
    """Call ``hook`` between two pieces of work done on this thread meanwhile (it may pause, or raise to stop)."""
    _this_thread.hook = hook
    try:
        yield
    finally:
        _this_thread.hook = None


def between_pieces() -> None:
    """Give way, if this thread was asked to (``giving_way``)."""
    hook = getattr(_this_thread, "hook", None)
    if hook is not None:
        hook()


GIVE_WAY_LINES = 2_000
"""Lines a pass over a document's lines goes through between two chances to give way (a few ms)."""


def now_and_then(index: int) -> None:
    """In a pass over many lines, at line ``index``: give way (``between_pieces``) every ``GIVE_WAY_LINES``."""
    if index % GIVE_WAY_LINES == GIVE_WAY_LINES - 1:
        between_pieces()


def in_turns(items: Iterable[T]) -> Iterator[T]:
    """``items`` one by one, giving way (``between_pieces``) every ``GIVE_WAY_LINES`` of them.

    For a pass that goes through every line of a document: one that does not give way
    holds up a busy window for as long as it runs (60,000 lines: 30-100 ms a pass).
    """
    for index, item in enumerate(items):
        if index % GIVE_WAY_LINES == GIVE_WAY_LINES - 1:
            between_pieces()
        yield item


def search_in_pieces(pattern: re.Pattern[str], text: str, reach: int = 1) -> bool:
    """Whether ``pattern`` matches somewhere in ``text``; ``reach`` is the longest match it can make."""
    if len(text) <= PIECE:
        return pattern.search(text) is not None
    overlap = max(reach - 1, 0)  # a match that starts in one piece may end in the next
    for start in range(0, len(text), PIECE):
        if pattern.search(text, start, start + PIECE + overlap) is not None:
            return True
        between_pieces()
    return False


def pieces_of_whole_lines(text: str) -> Iterator[str]:
    """``text`` in pieces of about ``PIECE`` characters, each ending just after a line break (or at the end).

    A line longer than a piece stays whole, so rewriting a piece line by line
    rewrites the text as it would be rewritten at once.
    """
    start = 0
    while start < len(text):
        if len(text) - start <= PIECE:
            yield text[start:]
            return
        end = text.rfind("\n", start, start + PIECE) + 1
        if end <= start:  # no break in this piece: the line goes on to the next break
            end = text.find("\n", start + PIECE) + 1 or len(text)
        yield text[start:end]
        between_pieces()
        start = end


LINES_PIECE = 1 << 14
"""Characters ``split_lines`` splits at a time: at most one piece's lines exist as strings of their own at once."""
SHARED_LINES = 4_096
"""Different lines ``split_lines`` remembers (one piece's more at most), to share with the equal lines after them."""


def split_lines(text: str) -> list[str]:
    """``text.split("\\n")``, with equal lines sharing one string.

    Each line of a split is a string object of its own, about 50 bytes more than
    its characters: 60,000 lines of ``***`` (240 KB) took 3.4 MB, and once freed
    their strings left the small-object heap pinned by whatever was allocated
    meanwhile. Here the text is split a piece at a time, and a line equal to one
    seen before is replaced by that one as it is split: repeated lines cost a
    pointer each. Only the first ``SHARED_LINES`` different lines are remembered,
    so the memory this takes stays small whatever the text. Between two pieces
    the thread may give way (``giving_way``).
    """
    lines: list[str] = []
    seen: dict[str, str] = {}
    start = 0
    while True:
        end = text.find("\n", start + LINES_PIECE)
        parts = (text[start:] if end < 0 else text[start:end]).split("\n")
        remembered = seen.setdefault if len(seen) < SHARED_LINES else seen.get
        lines.extend(map(remembered, parts, parts))
        del parts
        if end < 0:
            return lines
        between_pieces()
        start = end + 1


CHUNK_CHARS = 1 << 11
"""Characters ``line_chunks`` splits at a time: a few hundred short lines, each a string of its own meanwhile."""


def line_chunks(text: str) -> Iterator[tuple[int, list[str]]]:
    """``text.split("\\n")`` a piece at a time: where each piece starts in ``text``, and its lines.

    The pieces follow each other with one line break between them (the lines of all of
    them are those of the whole split), so a pass that rewrites a few lines of a long
    text need not hold a list of all of them: 60,000 lines are 0.5 MB of pointers.
    Between two pieces the thread may give way (``giving_way``).
    """
    start = 0
    while True:
        end = text.find("\n", start + CHUNK_CHARS)
        yield start, (text[start:] if end < 0 else text[start:end]).split("\n")
        if end < 0:
            return
        between_pieces()
        start = end + 1
