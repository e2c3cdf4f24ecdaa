"""Measures listed under a line of prose that announces them, with no heading over them: "To keep this from
happening again, we have made these changes:" then "1. …", "2. …".

A short report told in paragraphs names its measures so: a sentence ending in a colon says what follows is
done to prevent a repeat, and a numbered (or bulleted) list gives them. A careful reader copies each item into
the improvements; the paragraph and its list stay where they were written.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.tokens import Item, parse_items

# The lead-in's words: what follows is done so it does not happen again, from now on.
_PREVENTS = re.compile(
    r"\b(?:prevent\w*|avoid\w*|recurr\w*|repeat\w*|happen(?:ing|s)?[ \t]+again"
    r"|in[ \t]+the[ \t]+future|future[ \t]+incidents?|going[ \t]+forward|moving[ \t]+forward|from[ \t]+now[ \t]+on)\b",
    re.IGNORECASE,
)
_LONGEST_LEAD_IN = 400
_MOST_ITEMS = 20
_LONGEST_PROSE = 20_000


def measures_listed_after_a_lead_in(texts: list[str]) -> list[str]:
    """The items of the first list whose lead-in line ("…, we've made a few changes:") announces measures."""
    for text in texts:
        lines = text[:_LONGEST_PROSE].split("\n")
        for at, line in enumerate(lines):
            stripped = line.strip()
            if not stripped.endswith(":") or len(stripped) > _LONGEST_LEAD_IN or line[:1] in " \t-*+#|>":
                continue
            if _PREVENTS.search(stripped) is None:
                continue
            items = _list_below(lines[at + 1 :])
            if len(items) >= 2:
                return items[:_MOST_ITEMS]
    return []


def _list_below(lines: list[str]) -> list[str]:
    """The items of the list right under a lead-in (a blank line may stand between), as written."""
    start = next((at for at, line in enumerate(lines[:3]) if line.strip()), None)
    if start is None:
        return []
    items: list[str] = []
    for entry in parse_items(lines[start : start + 200]):
        if isinstance(entry, Item):
            items.append(" ".join(entry.text.split()))
        elif entry.strip() or not items:
            break  # the list ends where prose resumes
    return [item for item in items if item]
