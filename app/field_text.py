"""How free text enters the model: normalised the way every editor and Markdown file would anyway.

Line endings become ``\\n``, control characters other than tab and newline are
dropped, lone surrogates become U+FFFD (they could never be saved as UTF-8),
and trailing whitespace at the end of a line and outer blank lines go. A
one-line field (a title, an owner) also has its line breaks joined with spaces.
Anything else (leading spaces, inner blank lines) is kept as typed.
"""

from __future__ import annotations

import re
from typing import Any

from app.text_pieces import pieces_of_whole_lines, search_in_pieces

# C0 controls other than tab and newline, and DEL: they have no meaning in a
# post-mortem, render invisibly and break some renderers, so they never enter.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone surrogates cannot be written as UTF-8: a file holding one could never be
# saved, so they become the replacement character as they enter.
_LONE_SURROGATES = re.compile(r"[\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"[\r\n]")


def _clean(value: str) -> str:
    return _LONE_SURROGATES.sub("\ufffd", _CONTROL_CHARS.sub("", value))


# Text that none of the normalisations would change is recognised without
# splitting and rebuilding it, so loading a large document stays fast. One
# character class per search: a pattern of alternatives tried at every
# position took 2.8 us for a typical event text, these checks 0.55 us.
_TEXT_BAD_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
_LINE_BAD_CHARS = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_SPACE_BEFORE_BREAK = re.compile(r"[^\S\n]\n")


# Megabytes of text are searched and rewritten in pieces (``app.text_pieces``): a file is
# read on another thread than the window's, and one long call into C would stop both.
def _text_needs_work(value: str) -> bool:
    return bool(value) and (
        value[-1].isspace()
        or value[0] == "\n"
        or search_in_pieces(_TEXT_BAD_CHARS, value)
        or ("\n" in value and search_in_pieces(_SPACE_BEFORE_BREAK, value, reach=2))
    )


def _line_needs_work(value: str) -> bool:
    return bool(value) and (value[0].isspace() or value[-1].isspace() or search_in_pieces(_LINE_BAD_CHARS, value))


def normalize_text(value: Any) -> Any:
    """Unify line endings, drop control characters, trailing spaces and outer blank lines."""
    if not isinstance(value, str) or not _text_needs_work(value):
        return value
    return "".join(map(_normalize_lines, pieces_of_whole_lines(value))).strip("\n")


def _normalize_lines(value: str) -> str:
    value = _clean(value.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join([line.rstrip() for line in value.split("\n")])


def normalize_line(value: Any) -> Any:
    """A one-line field: line breaks become spaces, the ends are trimmed."""
    if not isinstance(value, str) or not _line_needs_work(value):
        return value
    value = _clean(value)
    # Split rather than re.sub(r"\s*[\r\n]+\s*", ...): that pattern backtracks
    # quadratically over a long run of spaces (seconds for one hostile line).
    parts = (part.strip() for part in _LINE_BREAKS.split(value))
    return " ".join(part for part in parts if part)
