"""Window labels run together on one line, as people type them in a summary.

"Start: 21 Aug 2024 at 7:10 PM, End: 7:45 PM (Nairobi time, EAT)", "Start: 14 May 2024, 22:50 CEST. End: 15 May
2024, 07:35 CEST.", "Duration: 35 minutes. Start: ...": each label is read with its own value, and a length that
agrees with the window read is said by it already.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.labels import (
    END_LABELS,
    IMPACT_WINDOW_LABELS,
    START_LABELS,
    WINDOW_LABELS,
    only_restates,
    read_window_label,
)
from app.formats.markdown_read.tokens import Item, parse_items, split_label
from app.formats.markdown_read.window_label_forms import names_a_time, zone_in_label

_NAMES = "|".join(re.escape(name) for name in sorted(START_LABELS + END_LABELS + WINDOW_LABELS, key=len, reverse=True))
# A later label on the line, after the punctuation that closed the value before it (and a dash some type after
# it: "…(GMT+03:00),- End time: …"); a closing bracket closes one too ("… 2:17 PM (GMT) End time: …").
_NEXT_LABEL = re.compile(
    rf"(?<=[.,;|)])(?:[ \t]*[-–])?[ \t]+(?=(?:\*\*)?(?:{_NAMES})(?:\*\*)?[ \t]*:(?:\*\*)?[ \t])", re.IGNORECASE
)
# "- Start: ...", "* End: ...": a bullet in an opening section written as plain lines.
_BULLET = re.compile(r"[-*+][ \t]+")


def label_parts(line: str) -> list[str]:
    """The labels written on ``line`` with their values ("Start: X, End: Y" is two); the line if it has one."""
    parts = _NEXT_LABEL.split(line[:1000])
    if len(parts) < 2 or not all(_labelled(part) for part in parts[1:]):
        return [line]
    # "Length: 50 minutes. Start: …": a first label of another name keeps its words (and the line stays).
    return [part.strip().rstrip(".,;|").strip() for part in parts]


def without_bullet(line: str) -> str:
    """ "- Start: ..." as "Start: ...": a bullet in an opening section kept as plain lines."""
    bullet = _BULLET.match(line)
    return line[bullet.end() :] if bullet else line


def read_window_labels(draft: Draft, parts: list[str]) -> bool:
    """Whether the labels of one line ("Start: …", "End: …") were all read whole into the window."""
    unread = [part for part in parts if not (_labelled(part) and read_window_label(draft, part))]
    summary = draft.summary
    if not unread:
        return True
    if summary.start is None or summary.end is None:
        return False
    # "Duration: 35 minutes." beside a start and an end 35 minutes apart says nothing more.
    return all(
        (split_label(part) or ("", ""))[0] in WINDOW_LABELS
        and only_restates((split_label(part) or ("", ""))[1], summary.end - summary.start)
        for part in unread
    )


def _labelled(part: str) -> bool:
    key = (split_label(part) or ("", ""))[0]
    return key in START_LABELS + END_LABELS + WINDOW_LABELS


def window_line(draft: Draft, line: str) -> bool:
    """Whether ``line`` is a start, end or duration label (or several: "Start: …, End: …") read whole into the
    window."""
    if len(parts := label_parts(line)) > 1:
        return read_window_labels(draft, parts)
    key, value = split_label(line) or ("", "") if line else ("", "")
    key = zone_in_label(key, value, START_LABELS + END_LABELS)[0]  # "Start (UTC): …"
    labelled = key in START_LABELS + END_LABELS + WINDOW_LABELS + IMPACT_WINDOW_LABELS or names_a_time(key)
    return labelled and read_window_label(draft, line)


def window_item(draft: Draft, item: Item) -> list[str] | None:
    """The lines to keep of a "- End: …" item read whole into the window (none, or the words written on under
    it: "(Yes, two and a half hours!)" a line below, a remark of the writer's); ``None`` when it is no such item.

    An item holding a list of its own is a group of labels, not one, and is left to its reader."""
    if item.body and any(isinstance(entry, Item) for entry in parse_items(item.body)):
        return None
    if window_line(draft, item.head):
        return item.body
    # "- Start time:" with its value on the line under it (a form's question, the answer below): one label.
    key, value = split_label(item.head) or ("", "")
    written = [at for at, line in enumerate(item.body[:20]) if line.strip()]
    labelled = key in START_LABELS + END_LABELS + WINDOW_LABELS and not value and bool(written)
    if labelled and window_line(draft, f"{item.head.strip()} {item.body[written[0]].strip()}"):
        return item.body[written[0] + 1 :]
    return None
