"""A timed entry whose sentence an editor broke onto a bullet of its own, read as the one entry it is.

    - 8:20 am: a customer got a 500 response after submitting
    - the form.
    - 8:22 am: the on-call engineer was paged.

A reader sees one entry at 8:20: the second bullet has no time, starts in lower case and ends the sentence the
timed bullet above it left open (no full stop, where the list's other entries end with one). Rejoined, it is no
untimed seventh event, and the 8:20 entry says what happened.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.tokens import Item

# A clock leading an entry: "8:20 am", "14:05", "**09:10**".
_TIMED = re.compile(r"[ \t]*[*_]{0,2}\d{1,2}[:.]\d\d\b")
# A sentence's second half: lower case first, a full stop last.
_TAIL = re.compile(r"[ \t]*[a-z]")
_CLOSES = (".", "!", "?", ":", ";", ")", "…", '"', "”", "*", "_", "`")
_LEAST_CLOSED = 2
"""Entries of the same list that end with a full stop: that is the list's way, which the broken one left."""


def wrapped_items_joined(entries: list[Item | str]) -> list[Item | str]:
    """``entries`` with each bullet that only ends the timed bullet above it joined to that bullet."""
    items = [entry for entry in entries if isinstance(entry, Item) and not entry.body]
    closed = sum(1 for item in items if _TIMED.match(item.head) and item.head.rstrip().endswith("."))
    if closed < _LEAST_CLOSED:
        return entries
    out: list[Item | str] = []
    for entry in entries:
        previous = out[-1] if out else None
        if (
            isinstance(entry, Item)
            and isinstance(previous, Item)
            and not entry.body
            and not previous.body
            and entry.marker == previous.marker
            and _TIMED.match(previous.head)
            and not previous.head.rstrip().endswith(_CLOSES)
            and _TAIL.match(entry.head)
            and not _TIMED.match(entry.head)
            and entry.head.rstrip().endswith(".")
        ):
            joined = f"{previous.head.rstrip()} {entry.head.strip()}"
            out[-1] = Item(previous.marker, joined, [], [*previous.raw, *entry.raw])
            continue
        out.append(entry)
    return out
