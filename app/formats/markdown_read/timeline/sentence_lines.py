"""Lines typed one step a line, though not every one ends with a stop.

Under "## Timeline" a writer types "The issue started around 12:30 to 1:00 tuesday", then "The issue was noticed by
a manager.", then "I was brought into the meeting.": each line a step, the first without its full stop. A reader
sees the break was the writer's, not a wrap to a width: the line stops well short of the paragraph's longest and
the next opens with a capital. A paragraph wrapped to a width (its lines about as long as each other, a line
ending inside a sentence at the width, or one that opens in lower case) stays one entry.

Some writers close no line at all ("Detected at 6:00 AM", "Checked the logs", "Fixed the typo"): each line still
opens with a capital and ends on a word a sentence can end on, not "and", "the" or a comma that a wrap leaves.
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
# A line's last word that leaves its sentence open: a wrap to a width ends lines on these, a writer's step does not.
_OPEN_ENDING = re.compile(
    r"(?:[,;:(\-–—&/]|\b(?:and|or|but|nor|so|the|a|an|of|to|in|on|at|by|for|from|with|into|onto|as|than|that"
    r"|which|who|whose|when|while|where|because|if|is|are|was|were|be|been|has|have|had|not|our|my|their|its|his|her"
    r"|this|these|those|very|then))\s*$",
    re.IGNORECASE,
)


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
    if not any(closed):
        return _unstopped_steps(texts)
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


def _unstopped_steps(texts: list[str]) -> list[str] | None:
    """Lines of which none ends with a stop, each a step: none ends as a wrap does, and the lines are not all
    cut at one width (four or more, or one of them stopping well short of the longest)."""
    if any(_OPEN_ENDING.search(text[-12:]) for text in texts):
        return None
    longest = max(len(text) for text in texts)
    if len(texts) > _FEWEST_LINES or any(len(text) < _SHORT_SHARE * longest for text in texts[:-1]):
        return texts
    return None
