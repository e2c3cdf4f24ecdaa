"""A label naming the time with the incident's start and end nested under it: "- **Time**:" over "- Down: 15:21
UTC (+/- 5 minutes)" and "- Up: 15:38 UTC".

A status page's downtime log, and many short reports, group the window's labels under one that names the time
("Time:", "Timing:", "When:", "Duration:"). A careful reader reads the nested labels as the start and end they
are, as if they stood alone; the group stays as written (its notes, "Total Time: 17 minutes down", are the
reader's too).
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.labels import END_LABELS, START_LABELS, WINDOW_LABELS, read_window_label
from app.formats.markdown_read.tokens import Item, parse_items, split_label

_GROUP_LABELS = ("time", "times", "timing", "timings", "timeframe", "time frame", *WINDOW_LABELS)
_MOST_NESTED = 12


def read_time_group(draft: Draft, key: str, value: str, item: Item | None) -> bool:
    """Whether ``item`` (labelled ``key`` with no value of its own) held start and end labels read into the
    window."""
    if item is None or not item.body or value.strip(" \t*_") or key not in _GROUP_LABELS:
        return False
    nested = [entry for entry in parse_items(item.body)[:_MOST_NESTED] if isinstance(entry, Item)]
    read = False
    for entry in nested:
        label = split_label(entry.head.strip())
        if label is not None and label[0] in START_LABELS + END_LABELS:
            read = read_window_label(draft, entry.head.strip()) or read
    return read
