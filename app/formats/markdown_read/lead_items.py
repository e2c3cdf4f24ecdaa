"""An item that only announces the list nested under it: its children are the measures.

"- We should keep a checklist for such failures, like this:" over "  - check each file's name" and "  - fix the
name when it is wrong": the outer line is a sentence leading into the nested list, as a colon says (some write
":-"); a careful reader counts the nested items, not the sentence over them. A short label over a nested list
("- Owner:", "- Monitoring:") is left to the task's reader: a label names a detail or a group, not a lead.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.labels import DUE_LABELS, LINK_LABELS, OWNER_LABELS, STATUS_LABELS
from app.formats.markdown_read.tokens import Item, parse_items, split_label

# The lead closes with a colon, maybe followed by a dash ("… as this:-", "… as follows: —").
_LEAD_END = re.compile(r":[ \t]*[-–—]?[ \t]*$")
_FEWEST_WORDS = 5  # a sentence, not a label
_LONGEST_LEAD = 400
_FEWEST_CHILDREN = 2


def lead_children(item: Item, detail_labels: tuple[str, ...]) -> list[Item] | None:
    """The nested items ``item`` leads into, when its own line is a sentence ending with a colon and its body
    is a list of two or more items, none a task's detail ("Owner: Sam"); else ``None``."""
    head = item.head.strip().strip("*_").strip()
    if len(head) > _LONGEST_LEAD or len(head.split()) < _FEWEST_WORDS or not _LEAD_END.search(head):
        return None
    children = parse_items(item.body)
    if any(not isinstance(child, Item) and child.strip() for child in children):
        return None  # text of its own under the line: a task told at length, not a lead
    nested = [child for child in children if isinstance(child, Item)]
    if len(nested) < _FEWEST_CHILDREN:
        return None
    if any((split_label(child.head) or ("", ""))[0] in detail_labels for child in nested):
        return None
    return nested


def lists_tasks(lines: list[str]) -> bool:
    """Whether ``lines`` hold a list item other than a task's detail ("Owner: Sam", "Due: May 3")."""
    details = OWNER_LABELS + DUE_LABELS + STATUS_LABELS + LINK_LABELS
    return any(
        isinstance(child, Item) and (split_label(child.head) or ("", ""))[0] not in details
        for child in parse_items(lines)
    )
