"""A label written left of a timeline's indented bullets ("Main cause:") ends the timeline: what follows is the
part it names.

A plain-text report indents its bullets under each part's name and writes the name flush left:

    Timeline:
        - The problem was solved by creating a new server.
    Main cause:
        - The firewall rules blocked port 22.

Markdown reads "Main cause:" as a lazy continuation of the bullet above, and the bullets under it as more of
the timeline; a reader sees a new part named, out to the left of the list. The label and everything after it
leave the timeline and are kept as written under that name (the section reader names the parts it knows; this
one only declines to read another part as events). A label that dates or groups entries ("March 4:", "Day 2:",
"Detection:") is the timeline's own and stays.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.timeline.kinds import kind_named
from app.formats.markdown_read.tokens import Item, dedent, indent_of
from app.timefmt import parse_date

# "Main cause:", "March 5, 2025:": a few words and a colon, nothing after it (matched on a short stripped line).
_LABEL_ALONE = re.compile(r"[^\W_][^:\n]{0,58}:")
_LONGEST_LABEL = 60


def _label(line: str) -> str | None:
    """The name a line gives, when it holds only a name and a colon."""
    text = line.strip()
    if len(text) > _LONGEST_LABEL or text[:1].islower() or _LABEL_ALONE.fullmatch(text) is None:
        return None
    return text[:-1].strip()


def _names_another_part(name: str) -> bool:
    """Whether a label names a part other than the timeline: not a day ("March 5", "Day 2"), a kind of entries
    ("Detection") or the timeline itself."""
    if any(char.isdigit() for char in name):
        return False
    return kind_named(name) is None and parse_date(name) is None and section_key(name) != "timeline"


def cut_at_outdented_label(entries: list[Item | str]) -> tuple[list[Item | str], str, list[str]]:
    """The entries before a label written left of an indented bullet's marker that names another part, the
    label's name, and the lines after it; ``(entries, "", [])`` when there is none. A label of the timeline's
    own ("March 5:") leaves the bullet above it too, as a loose line the timeline reads."""
    out: list[Item | str] | None = None
    for index, entry in enumerate(entries):
        found = _outdented_label(entry) if isinstance(entry, Item) else None
        if found is None or not isinstance(entry, Item):
            if out is not None:
                out.append(entry)
            continue
        if out is None:
            out = entries[:index]
        position, another_part = found
        out.append(Item(entry.marker, entry.head, entry.body[: position - 1], entry.raw[:position]))
        if not another_part:
            out.extend(entry.raw[position:])
            continue
        rest = list(entry.raw[position + 1 :])
        for after in entries[index + 1 :]:
            rest.extend(after.raw if isinstance(after, Item) else [after])
        return out, entry.raw[position].strip()[:-1].strip(), _dedented(rest)
    return (entries if out is None else out), "", []


def _outdented_label(item: Item) -> tuple[int, bool] | None:
    """Where in ``item.raw`` a label written left of the bullet's marker stands, and whether it names another
    part (not a day or a kind of the timeline's)."""
    if not item.body or len(item.raw) != len(item.body) + 1:
        return None
    marker_at = indent_of(item.raw[0])
    if marker_at == 0:
        return None  # a line flush left under a flush-left bullet may be its text, wrapped
    for position, line in enumerate(item.raw[1:], start=1):
        if line.strip() and indent_of(line) < marker_at and (label := _label(line)) is not None:
            return position, _names_another_part(label)
    return None


def _dedented(lines: list[str]) -> list[str]:
    """``lines`` without the indentation they all share: the part's bullets, no longer under the timeline's."""
    shared = min((indent_of(line) for line in lines if line.strip()), default=0)
    return [dedent(line, shared) for line in lines]
