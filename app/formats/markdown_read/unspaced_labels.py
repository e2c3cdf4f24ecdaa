"""A known label whose space after the colon was forgotten: "Resolution:The fix was …".

Typed in a hurry, a form's label runs straight into its value. A careful reader still sees the label; read as
written it would be a word ("Resolution:The") and the paragraph a part of whatever came before. Only a name the
section knows, and only before a letter, is taken so: "http://…", "10:30" and "Note:foo" in prose stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from app.formats.markdown_read.tokens import name_key

# The label (bold or not, a bullet before it), its colon, then the value's first letter with no space between.
_RUN_ON = re.compile(
    r"(?P<lead>[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?)(?P<label>[^\W\d_][\w '/&-]{0,60}?):(?P<bold>\*\*|__)?(?=[^\W\d_])"
)


def spaced_labels(lines: list[str], names: Collection[str]) -> list[str]:
    """``lines`` with a space put after each known label's colon that runs straight into its value."""
    return [_spaced(line, names) if ":" in line[:80] else line for line in lines]


def _spaced(line: str, names: Collection[str]) -> str:
    found = _RUN_ON.match(line[:80])
    if found is None or name_key(found.group("label")) not in names:
        return line
    return f"{line[: found.end()]} {line[found.end() :]}"
