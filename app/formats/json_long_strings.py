"""Reading a JSON document that holds megabytes-long strings in short steps.

Parsing JSON is one call into C (pydantic's parser or ``json``) that holds
Python's interpreter lock until it returns: a 60 MB Introduction held it for
0.2 s, and the window, which reads files on a runner's thread, could not paint
meanwhile. Here the long string literals are cut out of the document first and
replaced by short placeholders; the rest is parsed at once (it is small), and
each long literal is decoded a piece at a time, then put back in its place.
The document read is the same as ``json_format.loads`` reads, with the same
messages for the same problems.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from typing import Any

from app.errors import DocumentError
from app.formats import json_format
from app.model import PostMortem
from app.text_pieces import PIECE, between_pieces

LONG = 1 << 18
"""A string literal longer than this is decoded in pieces (one whole takes about 1 ms per 256 KB)."""

_ESCAPE_REACH = 6  # the longest escape, \uXXXX


def _go_on() -> None:
    """The ``check`` of a read nobody stops."""


def loads(text: str, check: Callable[[], None] = _go_on) -> PostMortem:
    """``json_format.loads``, holding the interpreter lock only briefly at a time; ``check`` between steps."""
    if len(text) < 4 * LONG:
        return json_format.loads(text)
    skeleton, cuts, marker = _cut_long_strings(text)
    check()
    if not cuts:
        return json_format.loads(text)
    try:
        data = json.loads(skeleton)
    except json.JSONDecodeError as error:
        position = _position_in(error.pos, cuts)
        for cut in cuts:  # a problem inside a long string before that place is the first one
            if cut.start < position:
                _decode_in_pieces(text, cut)
        raise _invalid(text, error.msg, position) from None
    except RecursionError:
        raise DocumentError("not a post-mortem: the JSON is nested too deeply") from None
    except ValueError:
        raise DocumentError("not a post-mortem: the JSON holds a number thousands of digits long") from None
    check()
    strings = [_decode_in_pieces(text, cut) for cut in cuts]
    check()
    return json_format.from_data(_put_back(data, marker, strings))


class _Cut:
    """A long string literal cut out: where it starts in the text and in the skeleton, and its length."""

    def __init__(self, start: int, end: int, skeleton_start: int, placeholder: str) -> None:
        self.start, self.end = start, end  # the quotes' positions in the text: text[start] == text[end] == '"'
        self.skeleton_start = skeleton_start
        self.placeholder = placeholder


def _cut_long_strings(text: str) -> tuple[str, list[_Cut], str]:
    """The text with every string literal longer than ``LONG`` replaced by a placeholder literal.

    Also the cuts, and the start of every placeholder's value: a NUL (which
    the model never keeps in text) and a token no file can have guessed.
    """
    token = secrets.token_hex(8)
    parts: list[str] = []
    cuts: list[_Cut] = []
    kept_from = 0
    skeleton_length = 0
    position = 0
    find = text.find
    while True:
        start = find('"', position)
        if start < 0:
            break
        end = find('"', start + 1)
        while end > 0 and text[end - 1] == "\\" and _backslashes_before(text, end) % 2:
            end = find('"', end + 1)  # an escaped quote: the literal goes on
        if end < 0:
            break  # an unterminated string: the parser says where
        if end - start > LONG:
            placeholder = f'"\\u0000{token}:{len(cuts)}"'
            parts.append(text[kept_from:start])
            skeleton_length += start - kept_from
            cuts.append(_Cut(start, end, skeleton_length, placeholder))
            parts.append(placeholder)
            skeleton_length += len(placeholder)
            kept_from = end + 1
        position = end + 1
    parts.append(text[kept_from:])
    return "".join(parts), cuts, f"\x00{token}:"


def _backslashes_before(text: str, end: int) -> int:
    count = 0
    while text[end - 1 - count] == "\\":
        count += 1
    return count


def _decode_in_pieces(text: str, cut: _Cut) -> str:
    """The decoded value of the literal ``text[cut.start : cut.end + 1]``, a piece at a time."""
    pieces: list[str] = []
    start = cut.start + 1
    while start < cut.end:
        end = _safe_end(text, start, min(start + PIECE, cut.end), cut.end)
        try:
            pieces.append(json.loads(f'"{text[start:end]}"'))
        except json.JSONDecodeError as error:
            raise _invalid(text, error.msg, start + error.pos - 1) from None
        start = end
        between_pieces()
    return "".join(pieces)


def _safe_end(text: str, start: int, wanted: int, end: int) -> int:
    """A place at or before ``wanted`` (after ``start``) that splits no escape and no surrogate pair.

    A place with no backslash among the six characters before it ends a plain
    character; where escapes follow each other for a long stretch, the literal
    is decoded to its end at once.
    """
    if wanted >= end:
        return end
    place = wanted
    while place > start + _ESCAPE_REACH:
        backslash = text.rfind("\\", place - _ESCAPE_REACH, place)
        if backslash < 0:
            return place
        place = backslash
        if wanted - place > 4096:
            break
    return end


def _put_back(data: Any, marker: str, strings: list[str]) -> Any:
    """``data`` with every placeholder (a value or a key) replaced by its long string."""

    def restore(value: Any) -> Any:
        if isinstance(value, str):
            return strings[int(value[len(marker) :])] if value.startswith(marker) else value
        if isinstance(value, list):
            return [restore(item) for item in value]
        if isinstance(value, dict):
            return {restore(key): restore(item) for key, item in value.items()}
        return value

    return restore(data)


def _position_in(skeleton_position: int, cuts: list[_Cut]) -> int:
    """Where a place in the skeleton is in the text."""
    position = skeleton_position
    for cut in cuts:
        if cut.skeleton_start >= skeleton_position:
            break
        cut_length = cut.end + 1 - cut.start
        if skeleton_position < cut.skeleton_start + len(cut.placeholder):
            return cut.start  # inside a placeholder: at the literal's start
        position += cut_length - len(cut.placeholder)
    return position


def _invalid(text: str, message: str, position: int) -> DocumentError:
    line = text.count("\n", 0, position) + 1
    column = position - text.rfind("\n", 0, position)
    return DocumentError(f"not valid JSON: {message} at line {line}, column {column}")
