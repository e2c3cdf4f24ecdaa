"""Text decoded with the wrong encoding (mojibake): found, and repaired only on request.

A post-mortem pasted through a tool that read UTF-8 as Windows-1252 shows
``â€”`` where the author wrote ``—`` and ``CafÃ©`` for ``Café``. The import
keeps such text as it is; validation names the fields that hold it, and the
window's Edit › Repair Text Encoding or ``export --fix-encoding`` repair them.

Only the encoding is repaired (ftfy with its other fixes switched off): curly
quotes, ligatures, wide letters, HTML entities and line breaks are the
author's and stay as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from app.model import PostMortem
from app.paths import item_path


def _fix(text: str) -> str:
    """ftfy's repair of the encoding alone (ftfy is imported on first use: 90 ms that most runs never need)."""
    return _encoding_fixer()(text)


@functools.cache
def _encoding_fixer() -> Callable[[str], str]:
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        # A sequence that lost bytes on the way would become U+FFFD: that replaces
        # the user's text with nothing better, so it is left as it is.
        replace_lossy_sequences=False,
        decode_inconsistent_utf8=True,
        fix_c1_controls=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return functools.partial(ftfy.fix_text, config=config)


# UTF-8 read as Latin-1 or Windows-1252 turns a lead byte (0xC2-0xF4) into one
# of Â…ô and a continuation byte (0x80-0xBF) into one of the characters below.
# Correct text almost never has such a pair, so only text that has one is
# handed to ftfy: validation runs after every edit on documents of 10,000
# events, and ftfy's own check costs about 1 µs per character.
_CONTINUATION = "".join(
    sorted(set(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")) | {chr(c) for c in range(0x80, 0xC0)})
)
_LEAD_THEN_CONTINUATION = re.compile(f"[\u00c2-\u00f4][{re.escape(_CONTINUATION)}]")
# A no-break space (0xA0) that became a plain space on the way: "Ã " for "à".
# Two single-pattern searches: one pattern with both alternatives was 5 times slower.
_LEAD_THEN_SPACE = re.compile("[\u00c2\u00c3] ")


def _suspect(text: str) -> re.Match[str] | None:
    return _LEAD_THEN_CONTINUATION.search(text) or _LEAD_THEN_SPACE.search(text)


# The verdict on each non-ASCII text, kept between checks: after an edit only
# the edited text is new (list items are immutable, so the others are the
# very same strings, whose hashes Python keeps), and the searches above cost
# about 3 us for a 150-character event text: 50 ms for 10,000 of them.
_VERDICTS: dict[str, tuple[str, str] | None] = {}
_VERDICTS_LIMIT = 65_536
_UNKNOWN = ("", "unknown")


def _verdict(text: str) -> tuple[str, str] | None:
    """None for text that reads well; otherwise (example, its repair), which may both be empty."""
    known = _VERDICTS.get(text, _UNKNOWN)
    if known is _UNKNOWN:
        match = _suspect(text)
        known = None if match is None or _fix(text) == text else _example(text, match.start())
        if len(_VERDICTS) >= _VERDICTS_LIMIT:
            _VERDICTS.clear()
        _VERDICTS[text] = known
    return known


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


@dataclass(frozen=True)
class Mojibake:
    """A field whose text looks mis-decoded, with one example of what the repair changes."""

    path: str
    """Problem path of the field, as validation writes it: ``timeline[3].text``."""
    example: str
    """The first mis-decoded piece of the text (``â€”``); empty when none stands alone."""
    repaired_example: str
    """What the repair makes of ``example`` (``—``)."""


def repair_text(text: str) -> str:
    """``text`` with its mis-decoded characters repaired; correct text comes back unchanged."""
    if _suspect(text) is None:
        return text
    return _fix(text)


def find_mojibake(document: PostMortem) -> list[Mojibake]:
    """Every text field of ``document`` whose repair would change it, in document order."""
    found: list[Mojibake] = []
    _find(document, "", found)
    return found


def find_mojibake_in(document: PostMortem, part: str) -> list[Mojibake]:
    """What ``find_mojibake`` finds in top-level field ``part`` of ``document`` (its share, in order)."""
    found: list[Mojibake] = []
    _find_field(part, document.__dict__[part], part, found)
    return found


def repaired(document: PostMortem) -> tuple[PostMortem, list[str]]:
    """A repaired copy of ``document`` and the paths of the fields it changed; ``document`` is left alone."""
    data = document.model_dump()
    changed: list[str] = []

    def fix(value: Any, path: str) -> Any:
        if type(value) is str:  # not a StrEnum: statuses and kinds are names, not text
            fixed = repair_text(value)
            if fixed != value:
                changed.append(path)
            return fixed
        if isinstance(value, dict):
            return {key: fix(item, _join(path, key)) for key, item in value.items()}
        if isinstance(value, list):
            return [fix(item, item_path(path, row)) for row, item in enumerate(value)]
        return value

    data = fix(data, "")
    if not changed:
        return document, []
    return PostMortem.model_validate(data), changed


def _find(model: BaseModel, path: str, found: list[Mojibake]) -> None:
    """Add every mis-decoded text field of ``model`` (at ``path``) to ``found``.

    Written for speed (10,000 events in a few milliseconds once their texts
    are known): fields are read from the instances' ``__dict__``, a list's
    items without parts of their own are read in place, ASCII text is passed
    over in one test, and a path is only written for a field found.
    """
    for name, value in model.__dict__.items():
        _find_field(name, value, _join(path, name), found)


def _find_field(name: str, value: Any, path: str, found: list[Mojibake]) -> None:
    """Add the mis-decoded text of field ``name`` (at ``path``), whose value is ``value``, to ``found``."""
    kind = type(value)
    if kind is str:  # not a StrEnum: statuses and kinds are names, not text
        if not value.isascii() and (verdict := _verdict(value)) is not None:
            found.append(Mojibake(path, *verdict))
    elif kind is list:
        if value:
            _find_in_list(value, path, found)
    elif _is_model(kind):
        _find(value, path, found)


def _find_in_list(items: list[Any], path: str, found: list[Mojibake]) -> None:
    first = type(items[0])
    # The model's lists hold one kind of item each: the kind is looked at once per list.
    if first is str:
        for row, item in enumerate(items):
            if type(item) is str and not item.isascii() and (verdict := _verdict(item)) is not None:
                found.append(Mojibake(item_path(path, row), *verdict))
    elif _is_flat_model(first, items[0]):
        for row, item in enumerate(items):
            if type(item) is not first:
                _find(item, item_path(path, row), found)
                continue
            for field, text in item.__dict__.items():
                if type(text) is str and not text.isascii() and (verdict := _verdict(text)) is not None:
                    found.append(Mojibake(item_path(path, row, field), *verdict))
    elif _is_model(first):
        for row, item in enumerate(items):
            _find(item, item_path(path, row), found)


_MODEL_TYPES: dict[type, bool] = {}
_FLAT_MODELS: dict[type, bool] = {}


def _is_model(kind: type) -> bool:
    # isinstance() against BaseModel goes through its metaclass: several times slower than this lookup.
    known = _MODEL_TYPES.get(kind)
    if known is None:
        known = _MODEL_TYPES[kind] = issubclass(kind, BaseModel)
    return known


def _is_flat_model(kind: type, item: object) -> bool:
    """A model none of whose fields is a list or a model (a timeline event, a task): read in place."""
    known = _FLAT_MODELS.get(kind)
    if known is None:
        known = _FLAT_MODELS[kind] = _is_model(kind) and not any(
            type(value) is list or _is_model(type(value)) for value in item.__dict__.values()
        )
    return known


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _example(text: str, at: int) -> tuple[str, str]:
    """The run of non-ASCII characters at ``at`` and its repair, when it repairs on its own."""
    run = _NON_ASCII_RUN.match(text, at)
    if run is None:
        return "", ""
    start = at
    while start > 0 and not text[start - 1].isascii():
        start -= 1
    piece = text[start : run.end()]
    fixed = _fix(piece)
    return (_shown(piece), _shown(fixed)) if fixed != piece else ("", "")


_C1_CONTROLS = re.compile(r"[\x80-\x9f]")


def _shown(piece: str) -> str:
    """``piece`` with its C1 controls written as escapes (``â€\\x9d``): invisible, and obeyed by terminals."""
    return _C1_CONTROLS.sub(lambda match: f"\\x{ord(match.group()):02x}", piece)
