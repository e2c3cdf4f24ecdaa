"""Lessons written as rules to keep: "1. Every schema change must include a rollback plan."

Most "Lessons Learned" lists say what the team found out, and stay the closing notes. A list whose
items mostly state what "must" be done from now on is a list of measures in the author's words: a
careful reader files those items with the improvements.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.tokens import Item, parse_items

# The headings of such a list: the lessons, not "What went well" (what to keep is no measure).
LESSONS_NAMES = (
    *("lessons learned", "lessons learnt", "lessons", "key lessons", "learnings", "takeaways", "key takeaways"),
)
_RULE = re.compile(r"\bmust\b", re.IGNORECASE)
_FEWEST_ITEMS = 2


def policy_items(lines: list[str]) -> list[str] | None:
    """The items of ``lines`` when it is one list, nothing but blank lines beside it, and at least half its
    items say what "must" be done; ``None`` otherwise."""
    entries = parse_items(lines)
    if any(isinstance(entry, str) and entry.strip() for entry in entries):
        return None
    items = [entry for entry in entries if isinstance(entry, Item)]
    if len(items) < _FEWEST_ITEMS:
        return None
    rules = sum(1 for item in items if _RULE.search(item.text) is not None)
    if 2 * rules < len(items):
        return None
    return [" ".join(line.strip() for line in item.text.splitlines() if line.strip()) for item in items]
