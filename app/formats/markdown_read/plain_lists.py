"""Lists written without markers: under a name that says a list follows ("Tasks:", "# Improvements"),
each line of plain text is one item, as a careful reader takes it, unless the lines are one sentence wrapped."""

from __future__ import annotations

import re

from app.formats.markdown_read.closing_words import CLOSING_CUE

# A line of words (not a rule, a quoted line, a table's or an HTML tag's).
_ITEM_LIKE = re.compile(r"(?![>|<`~])[^\n]*?[^\W\d_]")
# A line that ends a sentence (or a label's text): the next line starts another item, not the same one wrapped.
_LINE_ENDS = re.compile(r"[.!?;:)\]\"'”’]\s*$")


def plain_items(lines: list[str]) -> tuple[list[str], list[str]]:
    """The items a paragraph with no list marker holds, under a name that says it is a list ("Tasks:"):
    each line one item when every line but the last ends its sentence, else the paragraph is one item,
    wrapped. A line that ends with a colon ("Tasks we agreed on:") introduces the rest, and is kept."""
    stripped = [line.strip() for line in lines if line.strip()]
    if not stripped or CLOSING_CUE.match(stripped[0]) or not all(_ITEM_LIKE.match(line) for line in stripped):
        # "This postmortem shows…" after the lists: the closing words; a rule, a quote or markup: not an item
        return [], list(lines)
    if len(stripped) > 1 and not all(_LINE_ENDS.search(line) for line in stripped[:-1]):
        stripped = [" ".join(stripped)]
    items = [line for line in stripped if not line.endswith(":")]
    return items, [line for line in lines if line.strip().endswith(":")]
