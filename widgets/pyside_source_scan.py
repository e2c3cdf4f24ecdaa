"""PySide's import hook asks "does this module use PySide6?": answered without reading, until the answer counts.

Once shiboken6 is loaded, every import calls its hook ``feature_imported``,
which asks ``_mod_uses_pyside(module)`` whether the module's source mentions
"PySide6" and files the answer in ``pyside_feature_dict``: 0 for a module
whose PySide calls switch back to Qt's own names, -1 for one that keeps the
caller's. The answer only counts once a module selects a feature
(``from __feature__ import snake_case``); until then every module runs with
none, whatever it was answered.

PySide answers with ``inspect.getsource(module)``, which goes through
``linecache``: the text of every module imported after Qt stayed cached for
the life of the process (about 3.7 MB of the editor's memory). Reading each
source at all cost the editor's start-up 160 file reads (7-12 ms, a few per
cent of its start) for an answer nobody used: the editor selects no feature.

``install`` therefore files every module as 0 without reading anything and
notes its name. The first ``from __feature__ import`` in the process (PySide
calls its ``__init__`` then) first replaces each noted answer with the real
one, found by reading the module's source in bounded pieces and keeping
nothing, and every later import is answered that way too. (Only a source
PySide cannot decode, which Python could not have compiled either, or one in a
two-byte encoding such as Shift_JIS whose characters hold those bytes, can get
"yes" here where PySide says "no": all it changes is that such a module's
feature selections would be honoured.) The hook looks both functions up as
globals of PySide's private module ``shibokensupport.feature`` at each call;
when a PySide release lacks them, this does nothing. ``linecache`` itself is
left alone: clearing it while a worker imports raced (``KeyError`` in
``linecache.getlines``).
"""

from __future__ import annotations

import contextlib
import importlib.machinery
import os
import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
HOOKED_NAME = "_mod_uses_pyside"
MARK = b"PySide6"  # ASCII: a source file's encoding is always ASCII-compatible, so its bytes hold it as written
PIECE = 1 << 20  # bytes read at a time: a module's size never decides how much memory the question takes


INIT_NAME = "__init__"  # PySide calls it at each ``from __feature__ import``, before filing the importer's selection

_unread: set[str] = set()
"""Modules answered without reading their source: each is read if a feature is ever selected."""


def install() -> bool:
    """Put the unread answer in PySide's hook; False when this PySide has no such hook (nothing changed)."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None:
        with contextlib.suppress(ImportError):
            import shiboken6  # noqa: F401  (loading it sets PySide's hook up)
        feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, HOOKED_NAME, None)):
        return False
    pyside_init = getattr(feature, INIT_NAME, None)
    if getattr(pyside_init, "__wrapped__", None) is not None:
        return True  # installed already
    if not callable(pyside_init):
        # Without that call nothing would tell when answers start to count: read every source from now on.
        setattr(feature, HOOKED_NAME, uses_pyside)
        return True

    def first_feature_selected() -> None:
        _answer_the_unread(feature)
        setattr(feature, HOOKED_NAME, uses_pyside)
        pyside_init()

    first_feature_selected.__wrapped__ = pyside_init  # type: ignore[attr-defined]
    setattr(feature, INIT_NAME, first_feature_selected)
    setattr(feature, HOOKED_NAME, _unread_answer)
    return True


def _unread_answer(module: ModuleType) -> bool:
    """'Yes' (filed as 0, the value every module has while no feature is selected), noting the module."""
    with contextlib.suppress(Exception):  # the hook runs inside every import: it must never raise
        _unread.add(module.__name__)
    return True


def _answer_the_unread(feature: ModuleType) -> None:
    """File the real answer for every module answered unread, now that a feature is being selected."""
    answers = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(answers, dict):
        return
    for name in sorted(_unread):
        module = sys.modules.get(name)
        if module is not None and answers.get(name) == 0:
            answers[name] = 0 if uses_pyside(module) else -1
    _unread.clear()


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source contains "PySide6", as ``"PySide6" in inspect.getsource(module)`` says.

    Any failure is "no", as PySide's own answer is when the source cannot be read.
    """
    try:
        path = _source_path(module)
        if path is None:
            return False
        if os.path.isfile(path):
            return _file_contains(path, MARK)
        # Not a file on disk (a module in a zip): the loader's text, as inspect would get it.
        loader = getattr(module, "__loader__", None)
        spec = getattr(module, "__spec__", None)
        source = loader.get_source(getattr(spec, "name", None) or module.__name__) if loader is not None else None
        return isinstance(source, str) and MARK.decode() in source
    except Exception:  # the hook runs inside every import: it must never raise
        return False


def _source_path(module: ModuleType) -> str | None:
    """The path of ``module``'s source, by ``inspect.getsourcefile``'s rules; None for a module without one."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str):
        return None  # built into the interpreter, or a namespace package
    if path.endswith(tuple(importlib.machinery.BYTECODE_SUFFIXES)):
        return os.path.splitext(path)[0] + importlib.machinery.SOURCE_SUFFIXES[0]
    if path.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
        return None
    return path


def _file_contains(path: str, mark: bytes) -> bool:
    """Whether the file at ``path`` holds ``mark``, read ``PIECE`` bytes at a time."""
    overlap = len(mark) - 1  # a mark cut in two by a piece's end has at most this much on either side
    with open(path, "rb") as file:
        tail = b""
        while piece := file.read(PIECE):
            if mark in piece or mark in tail + piece[:overlap]:
                return True
            tail = piece[len(piece) - overlap :]
    return False
