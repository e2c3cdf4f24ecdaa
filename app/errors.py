"""The one exception type the core raises for input a person can fix."""

from __future__ import annotations


class DocumentError(Exception):
    """A file could not be read or written; ``str()`` is a one-line message for people.

    The message names the problem, not the file: callers prefix the file name
    where they show it (``FILE: problem``).
    """
