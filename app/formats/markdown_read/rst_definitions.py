"""reStructuredText definition lists ("Root cause" over an indented "A config change removed …") as labels.

rST writes a term on its own line and its definition indented on the lines right under it, with no blank line
between (a blank line would make the indented text a block quote). A reader takes "Root cause" and its
definition as the labelled line "Root cause: A config change removed …", as an rST field list says it: the
summary's readers then know its start, end, impact and cause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The term: a few words, not a list item, a field (":Severity:"), a directive ("..") nor a line ending a sentence.
_TERM = re.compile(r"(?P<term>[^\W\d_][\w'’()/&-]{0,30}(?:[ \t][\w'’()/&-]{1,30}){0,4})[ \t]*")
_LONGEST_DEFINITION = 200  # lines: a definition is a paragraph or two


def rst_definition_at(lines: list[str], flags: Sequence[int], index: int) -> tuple[str, int] | None:
    """The term on ``lines[index]`` and its definition as one "Term: definition" line, and the index after the
    definition; ``None`` when no definition list's term stands there."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if not flags[index] or line[:1] in (" ", "\t") or _TERM.fullmatch(line) is None:
        return None
    if index > 0 and lines[index - 1].strip() and lines[index - 1][:1] not in (" ", "\t"):
        return None  # the last line of a paragraph, not a term standing apart
    if following[:1] not in (" ", "\t") or not following.strip():
        return None
    words: list[str] = []
    end = index + 1
    while end < len(lines) and end - index <= _LONGEST_DEFINITION and lines[end][:1] in (" ", "\t"):
        if not lines[end].strip():
            break  # the definition's first paragraph: what follows is kept as written
        words.append(lines[end].strip())
        end += 1
    return f"{line.strip()}: {' '.join(words)}", end
