"""reStructuredText substitutions (``.. |date| replace:: 2026-01-28``), put in where the text uses them.

A report kept in a Sphinx site may define its date and author once and write ``|date|`` in its title and header
("[|date|] Deviation Report", "Author: |author|"). A reader sees the date and the name, never the bars: each
``|name|`` the file defines becomes its text, and the definitions (markup) are dropped. Only ``replace::``
definitions give words; an image or a unicode substitution is left as written.

Untrusted text: the definitions are few and short, each use is put in once (a definition's own ``|name|`` is not
expanded again), and the whole file grows by at most ``_MOST_ADDED`` characters.
"""

from __future__ import annotations

import re

_DEFINITION = re.compile(r"\.\.[ \t]+\|(?P<name>[^|\n]{1,40})\|[ \t]+replace::[ \t]*(?P<text>[^\n]{0,200})")
_USE = re.compile(r"\|(?P<name>[^|\n]{1,40})\|(?P<link>_{0,2})")
_MOST_DEFINITIONS = 100
_MOST_ADDED = 65_536  # characters the substitutions may add to the whole file
_LONGEST_LINE = 100_000  # a longer line is left as written: no use of a definition stands in one


def substitutions_put_in(lines: list[str]) -> list[str]:
    """``lines`` with the file's ``replace::`` substitutions put in and their definitions taken out."""
    defined: dict[str, str] = {}
    kept: list[str] = []
    for line in lines:
        found = _DEFINITION.fullmatch(line.rstrip()) if line.startswith("..") else None
        if found is not None and found["text"].strip() and len(defined) < _MOST_DEFINITIONS:
            defined[found["name"]] = found["text"].strip()
            continue
        kept.append(line)
    if not defined:
        return lines
    budget = _MOST_ADDED

    def put_in(use: re.Match[str]) -> str:
        nonlocal budget
        text = defined.get(use["name"])
        if text is None or budget < len(text):
            return use.group(0)  # a table's bars, or a name the file never defined
        budget -= len(text)
        return text

    return [
        _USE.sub(put_in, line) if "|" in line and len(line) <= _LONGEST_LINE and budget > 0 else line for line in kept
    ]
