"""Text for a terminal: what a document or a file name says is shown, never obeyed.

A post-mortem (or its file name) may hold escape sequences: ESC ``]0;...BEL``
retitles the terminal, ``ESC [2J`` clears it, a C1 control (U+0080-U+009F) is
an escape on some terminals, and bidi overrides make a line read differently
from what it holds. Every message the command line prints that quotes such
text goes through ``printable`` first, which writes each of them as an escape
(``\\x1b``, ``\\u202e``, ``\\n``), as Python's ``repr`` would.
"""

from __future__ import annotations

import functools
import re

# Every character a terminal may obey or reorder, beyond the C0 controls (which JSON escapes itself).
UNSAFE_ABOVE_C0 = (
    "\x7f-\x9f"  # DEL and the C1 controls
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
    "\u2028\u2029"  # line and paragraph separators
    "\ud800-\udfff"  # lone surrogates: undecodable bytes of a file name, which no terminal encoding can write
)
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


@functools.cache
def _unsafe() -> re.Pattern[str]:
    # Compiled when first used: the editor's window imports this module (with app.cli) and prints nothing.
    return re.compile(f"[\x00-\x1f{UNSAFE_ABOVE_C0}]")


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    named = _NAMED.get(char)
    if named:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control, bidi and separator character written as an escape."""
    return _unsafe().sub(_escape, text)


def one_line(text: str) -> str:
    """``text`` on one line (runs of white space become one space), safe for a terminal."""
    return printable(" ".join(text.split()))
