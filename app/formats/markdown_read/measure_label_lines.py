"""Two labelled lines of the measures typed one under the other: "Improvements: …", then "Tasks: …".

A plain-text report writes each of its lists as one labelled line, with no blank line between them. A reader
sees two lists, each named by its label: the second line opens its own, it is not more of the first one's text.
"""

from __future__ import annotations

from collections.abc import Callable

from app.formats.markdown_read.tokens import Item, split_label

_LONGEST_LINE = 2000


def part_lines_apart(entries: list[Item | str], is_part: Callable[[str, str], bool]) -> list[Item | str]:
    """``entries`` with a blank line before each line naming a part of the measures with its value ("Tasks: …")
    written right under another such line; the same list when there is none."""
    out: list[Item | str] | None = None
    previous = False
    for index, entry in enumerate(entries):
        current = isinstance(entry, str) and _labelled_part(entry, is_part)
        if current and previous:
            if out is None:
                out = list(entries[:index])
            out.append("")
        if out is not None:
            out.append(entry)
        previous = current
    return entries if out is None else out


def _labelled_part(line: str, is_part: Callable[[str, str], bool]) -> bool:
    stripped = line.strip()
    if ":" not in stripped[:80] or len(stripped) > _LONGEST_LINE:
        return False
    label = split_label(stripped)
    return label is not None and bool(label[1].strip()) and is_part(label[0], stripped)
