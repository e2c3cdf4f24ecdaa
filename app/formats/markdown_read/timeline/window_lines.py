"""The window written as lines of a timeline: "Start Time: October 9, 2023, 06:00 (EAT)" over "End Time: …".

Students put the incident's start and end under the Timeline heading, each on a line of its own, the label
first. A reader takes them for the window. Where they are all the timeline tells (no entry led by a time
besides them), they are its entries too: the two moments the writer set down, each named by its label. Over
entries of their own ("Start: …", "End: …", then "- 21:44 pager fired") they give the window only, and the
lines stay as written; among milestones of other names ("Started:" over "Pager fired:") the milestones'
reader lists them with the rest.

A recogniser as those in ``lines``: it reads the window into the shared ``TimelineContext``, and declines
unless it also takes the line as an event.
"""

from __future__ import annotations

from datetime import datetime

from app.formats.markdown_read.milestone_words import WINDOW_NAMES, name_and_time
from app.formats.markdown_read.timeline.context import TimelineContext
from app.formats.markdown_read.tokens import Item, name_key
from app.model import EventKind

Entries = list[Item | str]

_STARTS = frozenset(("start", "start time", "started", "incident start"))
_LOOKED_AT = 400
"""Entries looked through for one led by a time: a timeline of the window only is short."""
_LONGEST_LINE = 120


def window_line(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """Read a "Start Time: <moment>" or "End Time: <moment>" line as the window; an event where it is alone."""
    if not ctx.draft.other_template:
        return None
    found = _window_name_and_moment(ctx, entries[index])
    if found is None:
        return None
    name, moment, starts = found
    if starts:
        ctx.onset = ctx.onset or moment
    else:
        ctx.end_marker = ctx.end_marker or moment
    if _other_timed_entries(ctx, entries, index):
        return None
    ctx.add(moment, name, EventKind.NOTE if starts else EventKind.RESOLUTION)
    return index + 1


def _window_name_and_moment(ctx: TimelineContext, entry: Item | str) -> tuple[str, datetime, bool] | None:
    """The label, its moment and whether it names the start, for a window line; else ``None``."""
    if isinstance(entry, Item):
        if entry.body:
            return None
        entry = entry.head
    found = name_and_time(entry, window_names=True) if len(entry) <= _LONGEST_LINE else None
    if found is None or (key := name_key(found[0])) not in WINDOW_NAMES:
        return None
    moment = ctx.moment(found[1])
    return (found[0], moment, key in _STARTS) if moment is not None else None


def _other_timed_entries(ctx: TimelineContext, entries: Entries, index: int) -> bool:
    """Whether an entry besides the window's lines is led by a time or names a milestone (the line is then
    the window only, or one milestone among others)."""
    for at, entry in enumerate(entries[:_LOOKED_AT]):
        if at == index:
            continue
        head = (entry.head if isinstance(entry, Item) else entry).strip()
        if not head or _window_line(head):
            continue
        if name_and_time(head) is not None or ctx.peek_time(head):
            return True
    return False


def _window_line(head: str) -> bool:
    found = name_and_time(head, window_names=True) if len(head) <= _LONGEST_LINE else None
    return found is not None and name_key(found[0]) in WINDOW_NAMES


def names_the_window(text: str) -> bool:
    """Whether an event's text is only a window's label ("Start Time"), as this reader gives it."""
    return len(text) <= 20 and name_key(text) in WINDOW_NAMES
