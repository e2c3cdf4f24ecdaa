"""PySide's import hook asks "does this module use PySide6?" without keeping every module's source.

Once shiboken6 is loaded, every import calls its hook ``feature_imported``,
which asks ``_mod_uses_pyside(module)`` whether the module's source mentions
"PySide6" (the answer decides whether ``from __feature__ import ...``
selections switch for that module). PySide answers with
``inspect.getsource(module)``, which goes through ``linecache``: the text of
every module imported after Qt, split into lines, stays cached for as long as
the process runs. That was about 3.7 MB of the editor's memory, 1.6 MB of it
for the Markdown reader alone, held for nothing.

``install`` puts an equivalent question in its place: the same answer, found by
reading the module's source file in bounded pieces, and nothing kept. (Only a
source PySide cannot decode, which Python could not have compiled either, or one
in a two-byte encoding such as Shift_JIS whose characters hold those bytes,
can get "yes" here where PySide says "no": all it changes is that such a
module's ``from __feature__`` selections would be honoured.) The hook
looks the function up as a global of PySide's private module
``shibokensupport.feature`` at each call; when a PySide release lacks it, this
does nothing. ``linecache`` itself is left alone: clearing it while a worker
imports raced (``KeyError`` in ``linecache.getlines``).
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


def install() -> bool:
    """Have PySide's import hook use ``uses_pyside``; False when this PySide has no such hook (nothing changed)."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None:
        with contextlib.suppress(ImportError):
            import shiboken6  # noqa: F401  (loading it sets PySide's hook up)
        feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, HOOKED_NAME, None)):
        return False
    setattr(feature, HOOKED_NAME, uses_pyside)
    return True


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
