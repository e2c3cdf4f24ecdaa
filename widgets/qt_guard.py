"""No Python exception escapes a Qt virtual method.

Qt calls our overrides (``data``, ``paint``, ``sizeHint``, event handlers, a
job's ``run``...) from C++. An exception raised there has nowhere to go: PySide
prints it and returns garbage to C++, and when the call came from inside another
Python override (a delegate's ``paint`` asking the model for ``data``) the
process can die with a segmentation fault. A document is untrusted input, so any
bug it reaches must cost one cell or one repaint, not the user's work.

Every override in ``widgets`` therefore carries ``@never_raises(default)``: the
exception is reported through ``sys.excepthook`` (the traceback on stderr in the
editor; pytest-qt turns it into a failed test) and Qt gets ``default``, a value
that is always safe for that method. ``tests/test_qt_guard.py`` finds every
override of a Qt method in the package and fails if one is not guarded.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

GUARD_ATTRIBUTE = "__never_raises__"


def report_exception(where: str) -> None:
    """Hand the exception being handled to ``sys.excepthook``, saying where it was caught."""
    kind, error, trace = sys.exc_info()
    if kind is None or error is None:
        return
    try:
        error.add_note(f"(caught in {where}: the editor went on with a safe default)")
        sys.excepthook(kind, error, trace)
    except Exception:  # A broken hook must not turn a reported error into an escaping one.
        pass


def never_raises(default: Any = None, *, fallback: Callable[..., Any] | None = None) -> Callable[[F], F]:
    """Decorate a Qt override: on an exception, report it and return ``default``.

    ``fallback`` computes the safe value from the call's arguments instead
    (``loadResource`` must still return a blank image of the asked kind).
    """

    def decorate(method: F) -> F:
        where = method.__qualname__

        @functools.wraps(method)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                return method(*args, **kwargs)
            except Exception:
                report_exception(where)
                if fallback is not None:
                    try:
                        return fallback(*args, **kwargs)
                    except Exception:
                        report_exception(f"the fallback of {where}")
                return default

        setattr(guarded, GUARD_ATTRIBUTE, True)
        return guarded  # type: ignore[return-value]

    return decorate


def is_guarded(function: object) -> bool:
    return bool(getattr(function, GUARD_ATTRIBUTE, False))
