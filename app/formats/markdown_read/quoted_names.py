"""Section names written after quote marks with no space (">>Issue Summary", ">Timeline (WAT)").

Some writers mark their section names with ">>" as a decoration. Markdown reads a
nested quote that swallows the text under it; a careful reader sees the name of
a section. Only a known section's name alone on its line, starting a paragraph,
is rewritten, in place, so positions do not move.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key

# Two or three marks, or one mark glued to the name: a quoted sentence is written "> text".
_QUOTED_NAME = re.compile(r"[ \t]{0,3}(?:>{2,3}[ \t]?|>)([A-Za-z][A-Za-z0-9 &/'(),-]{1,60}?)[ \t]*[.:]?[ \t]*")
_LONGEST_LINE = 80


def quoted_section_names(lines: list[str], flags: Sequence[int]) -> None:
    """Rewrite ">>Timeline (WAT)" as the heading it stands for, when it names a known section."""
    for index, line in enumerate(lines):
        if not flags[index] or ">" not in line[:4] or len(line) > _LONGEST_LINE:
            continue
        if index > 0 and lines[index - 1].strip():
            continue  # inside a paragraph or a quote: not a name standing alone
        found = _QUOTED_NAME.fullmatch(line)
        if found is not None and section_key(found.group(1)) is not None:
            lines[index] = f"###### {found.group(1).strip()}"
