"""Lines typed one step a line, though not every one ends with a stop.

Under "## Timeline" a writer types "The issue started around 12:30 to 1:00 tuesday", then "The issue was noticed by
a manager.", then "I was brought into the meeting.": each line a step, the first without its full stop. A reader
sees the break was the writer's, not a wrap to a width: the line stops well short of the paragraph's longest and
the next opens with a capital. A paragraph wrapped to a width (its lines about as long as each other, a line
ending inside a sentence at the width, or one that opens in lower case) stays one entry.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.tokens import BULLET, heading_of, is_table_line

# A sentence's close at a line's end: its stop, then any closing quote or bracket.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]*_`]{0,3}$")
# A sentence's opening: a capital (after any markup), or a number ("3 servers were …").
_SENTENCE_START = re.compile(r"[*_\"'“‘(`]{0,3}(?:[^\W\d_a-z]|\d)")
_FEWEST_LINES = 3
# A line shorter than this share of the paragraph's longest was broken by its writer, not wrapped.
_SHORT_SHARE = 0.75


def one_step_a_line(lines: list[str]) -> list[str] | None:
    """Each of three or more plain lines (stripped) as its own step, when every one opens a sentence, most
    close one, and each that does not stops well short of the longest line (or is the only one of four or
    more); else ``None``."""
    texts = [line.strip() for line in lines if line.strip()]
    if len(texts) < _FEWEST_LINES or any(_not_plain(text) for text in texts):
        return None
    if not all(_SENTENCE_START.match(text) for text in texts):
        return None
    closed = [_SENTENCE_END.search(text[-6:]) is not None for text in texts]
    if 2 * sum(closed) < len(texts):
        return None
    open_lines = [text for text, done in zip(texts[:-1], closed, strict=False) if not done]
    if len(texts) > _FEWEST_LINES and len(open_lines) <= 1:
        return texts  # four or more lines, each opening with a capital, all but one closing: typed so
    longest = max(len(text) for text in texts)
    if any(len(text) > _SHORT_SHARE * longest for text in open_lines):
        return None
    return texts


def _not_plain(text: str) -> bool:
    return bool(BULLET.match(text)) or heading_of(text) is not None or is_table_line(text) or text.startswith("```")
