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


def shorten(text: str, limit: int = 80) -> str:
    """``text`` cut to about ``limit`` characters with an ellipsis: a message quotes a name, never a whole file."""
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}… ({len(text):,} characters)"


def describe_value(value: object, limit: int = 40) -> str:
    """A value from a file as a message quotes it: a number of 5,000 digits is named by its length."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value).bit_length() > 3 * limit:
        # Counted from its bits: turning a huge int into text is itself refused past 4,300 digits.
        return f"a number of about {int(abs(value).bit_length() * 0.30103) + 1:,} digits"
    return shorten(repr(value), limit)
