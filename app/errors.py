"""The one exception type the core raises for input a person can fix."""

from __future__ import annotations

from collections.abc import Sequence


class DocumentError(Exception):
    """A file could not be read or written; ``str()`` is a one-line message for people.

    The message names the problem, not the file: callers prefix the file name
    where they show it (``FILE: problem``). When a file breaks several rules of
    the format, ``details`` lists each as ``where: what`` (the message sums
    them up), so ``validate`` can print one line per problem.
    """

    def __init__(self, message: str, details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.details: tuple[str, ...] = tuple(details)
