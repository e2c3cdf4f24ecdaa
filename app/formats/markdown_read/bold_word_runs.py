"""A label bolded word by word, "**Root** **cause**:", read as the one bold label it is: "**Root cause**:".

Some editors (and some writers) set each word's weight on its own, so the Markdown carries a bold run per word.
A careful reader sees one label; the readers of labels look for one bold run ending in a colon. Rewritten in
place, line for line, so positions do not move.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# An optional bullet, then two to five bold words a space apart, the colon inside the last one's marks or after.
_WORD_BY_WORD = re.compile(
    r"([ \t]{0,3}(?:[-*+][ \t]+)?)((?:\*\*[^*\n]{1,30}\*\*[ \t]){1,4}\*\*[^*\n]{1,30})(:\*\*|\*\*[ \t]{0,2}:)"
)
_RUN = re.compile(r"\*\*([^*\n]{1,30})\*\*")


def bold_words_joined(lines: list[str], flags: Sequence[int]) -> None:
    """Rewrite each line outside code that opens with a label bolded word by word as one bold label."""
    for index, line in enumerate(lines):
        if not flags[index] or line.count("**") < 4:
            continue
        found = _WORD_BY_WORD.match(line[:200])
        if found is None:
            continue
        words = [word.strip() for word in _RUN.findall(found.group(2) + "**")]
        lines[index] = f"{found.group(1)}**{' '.join(words)}:**{line[found.end() :]}"
