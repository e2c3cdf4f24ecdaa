"""The measures of a plain-text report, whose lists are named by lines of their own with no mark at all:

    Corrective and Preventative Measures
    Areas for Improvement
    Nothing watched the disk
    Specific Action Items
    Disk Hygiene
    Add a nightly clean-up job
    Move the files to their own volume
    Alerting
    Alert at 75% full

A reader sees a list's name in "Areas for Improvement" and "Specific Action Items" (lines that name one of the
measures' two lists), and the names of groups of the tasks in "Disk Hygiene" and "Alerting": short lines in
title case, each over the longer lines of its tasks. A group's name is no task; it stays as written.

Two slips of such lists are read as meant: an item cut by a blank line after its first word ("- Implement",
then " automated checks.") is one item, and a titled drawing among the items ("1. **Flowchart:**" over a ```
block) is a picture, no task.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.names import names_measure_part
from app.formats.markdown_read.tokens import BULLET, heading_of
from app.formats.markdown_syntax import outside_fences

_LONGEST_NAME_LINE = 80
# A list's name followed by a colon in the middle of a run of lines ("… last measure." / "Tasks to Address the
# Issues:" / "Add …"), or standing alone with no colon: no marker or emphasis around it.
_BARE = re.compile(r"[A-Za-z][A-Za-z '&/-]{2,78}?[ \t]*:?")


def part_names_as_headings(lines: list[str]) -> list[str]:
    """``lines`` with each plain line naming one of the measures' lists, over a line of text, written as a
    sub-heading of the measures (which names the list under it); ``lines`` itself when there is none.

    A name ending with a colon is taken only in the middle of a run of lines: at a paragraph's top it is a
    label the measures' reader already takes as one."""
    out: list[str] | None = None
    flags = outside_fences(lines)
    for index, line in enumerate(lines):
        stripped = line.strip()
        named = (
            flags[index]
            and len(stripped) <= _LONGEST_NAME_LINE
            and index + 1 < len(lines)
            and lines[index + 1].strip() != ""
            and heading_of(lines[index + 1]) is None
            and _BARE.fullmatch(stripped) is not None
            and (not stripped.endswith(":") or (index > 0 and lines[index - 1].strip() != ""))
            and names_measure_part(stripped)
        )
        if named and out is None:
            out = lines[:index]
        if out is not None:
            out.extend(("", f"###### {stripped.rstrip(':').rstrip()}", "") if named else (line,))
    return lines if out is None else out


_LONGEST_GROUP_WORDS = 5
_SMALL_WORDS = frozenset(("and", "or", "of", "for", "the", "to", "in", "on", "a", "an", "&", "/", "with"))


def group_names(lines: list[str]) -> set[int]:
    """Which of a paragraph's lines (one item each) name groups of the tasks under them: the paragraph opens
    with one, and two at least stand over longer lines (a single short line may be a short task)."""
    found = {
        number
        for number, line in enumerate(lines)
        if number + 1 < len(lines)
        and _group_like(line)
        and not _group_like(lines[number + 1])
        and len(lines[number + 1].split()) > len(line.split())
    }
    return found if 0 in found and len(found) >= 2 else set()


def _group_like(line: str) -> bool:
    words = line.rstrip(":").split()
    if not words or len(words) > _LONGEST_GROUP_WORDS or BULLET.match(line) or line.rstrip(":")[-1:] in ".!?;,":
        return False
    return all(word[:1].isupper() or word.lower() in _SMALL_WORDS for word in words)


_BROKEN_HEAD_WORDS = 3
_FENCE = ("```", "~~~")


def broken_items_joined(lines: list[str]) -> list[str]:
    """``lines`` with an item cut by a blank line after its first word or two ("- Implement", blank, " automated
    health checks.") written whole again: the words under the blank go on the item's sentence, in lower case."""
    out: list[str] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        marker = BULLET.match(line)
        head = line[marker.end() :].strip() if marker is not None else ""
        after = lines[index + 2] if index + 2 < len(lines) else ""
        if (
            marker is not None
            and head
            and len(head.split()) <= _BROKEN_HEAD_WORDS
            and head[-1:].isalpha()
            and index + 2 < len(lines)  # (a blank line and more after it)
            and not lines[index + 1].strip()
            and after.strip()[:1].islower()
            and BULLET.match(after) is None
        ):
            out = lines[:index] if out is None else out
            out.append(f"{line.rstrip()} {after.strip()}")
            index += 3
            continue
        if out is not None:
            out.append(line)
        index += 1
    return lines if out is None else out


def is_picture_item(head: str, body: list[str]) -> bool:
    """Whether a list item is a titled picture ("1. **Flowchart:**" over a ``` block of boxes and arrows): its
    title of a few words, then the block alone. No measure is drawn so."""
    title = head.strip().strip("*_").rstrip(":").strip("*_ ")
    written = [line.strip() for line in body if line.strip()]
    return (
        bool(title) and len(title.split()) <= _LONGEST_GROUP_WORDS and bool(written) and written[0].startswith(_FENCE)
    )
