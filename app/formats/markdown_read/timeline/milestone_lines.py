"""A milestone written as its name, then its time: "Alert raised: 12 Feb 2025, 14:02 CET", "- **Mitigated:** 14:55".

A report's key timestamps list the incident's turning points name first, one to a line, the time alone after the
colon. Each such line is an event: its name is its text, and names its kind ("Alert raised" a detection,
"Incident declared" an escalation, "Mitigated" a step taken, "Resolved" the resolution). A line whose name is
the report's own data ("Date: …", "Last updated: …") is no event, nor is a value with words besides its time.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.milestone_words import is_milestone_line, name_and_time
from app.formats.markdown_read.status_words import STATUS_KINDS
from app.formats.markdown_read.timeline.context import TimelineContext
from app.formats.markdown_read.timeline.kinds import guess_kind, kind_named, kind_of_title
from app.formats.markdown_read.tokens import Item, heading_of, name_key
from app.model import EventKind

Entries = list[Item | str]

# Words a milestone's name says its kind with, besides the kinds' own names and a status page's words.
_NAME_KINDS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (
        re.compile(r"\b(?:declared|paged|page sent|escalat\w*|on-?call (?:paged|engaged)|war room)\b"),
        EventKind.ESCALATION,
    ),
    (re.compile(r"\b(?:alert\w*|detected|detection|first report\w*|reported|noticed|spotted)\b"), EventKind.DETECTION),
    (re.compile(r"\b(?:resolved|recovered|restored|all clear|closed|fully recovered)\b"), EventKind.RESOLUTION),
)


def milestone_line(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """A line or bullet "Alert raised: 12 Feb 2025, 14:02 CET": an event named by its label, at its time."""
    if not ctx.draft.other_template:
        return None
    entry = entries[index]
    if isinstance(entry, Item):
        if entry.body:
            return None
        line = entry.head
    else:
        line = entry
    found = name_and_time(line) or (
        name_and_time(line, window_names=True) if _among_milestones(entries, index) else None
    )
    if found is None or _told_below(entries, index):
        # "**Resolved** — 10 Oct, 18:02" over what the status page said then, "Detection: 14:02" over its bullets:
        # a status update, a kind's group, read with the words under them.
        return None
    name, when = found
    if (moment := ctx.moment(when)) is not None:
        ctx.add(moment, name, milestone_kind(name))
        return index + 1
    # "00:35-02:43 UTC", "02:50 UTC onwards": a stretch of time, the milestone at its start, the value kept.
    opening = _SPAN.sub(r"\g<first>\g<zone>", _ONWARDS.sub("", when), count=1)
    if opening == when or (moment := ctx.moment(opening)) is None:
        return None
    ctx.add(moment, f"{name} ({when})", milestone_kind(name))
    return index + 1


_CLOCK = r"\d{1,2}:[0-5]\d(?::[0-5]\d)?"
_SPAN = re.compile(rf"(?P<first>{_CLOCK})[ \t]*[-–—][ \t]*{_CLOCK}(?P<zone>(?:[ \t]+[A-Z]{{2,5}})?)$")
_ONWARDS = re.compile(r"(?<=\S)[ \t]+(?:onwards?|and[ \t]+after)$", re.IGNORECASE)


def _among_milestones(entries: Entries, index: int) -> bool:
    """Whether the entry next to ``entries[index]``, before or after it, is a milestone of another name."""
    for near in (index - 1, index + 1):
        entry = entries[near] if 0 <= near < len(entries) else ""
        if is_milestone_line(entry.head if isinstance(entry, Item) else entry) is not None:
            return True
    return False


def _told_below(entries: Entries, index: int) -> bool:
    """Whether the line after ``entries[index]`` (past one blank line) is words of its own, not another milestone."""
    after = index + 1
    if after < len(entries) and isinstance(entries[after], str) and not str(entries[after]).strip():
        after += 1
    if after >= len(entries):
        return False
    if isinstance(entries[after], Item):
        # A label line over bullets of its own (not over the next milestone, which a label run may make a bullet).
        return after == index + 1 and isinstance(entries[index], str) and is_milestone_line(entries[after].head) is None
    following = str(entries[after])
    return bool(following.strip()) and not heading_of(following) and is_milestone_line(following) is None


def milestone_kind(name: str) -> EventKind:
    """The kind a milestone's name says: its own name ("Detection"), a status word, or its words."""
    key = name_key(name)
    if (kind := kind_named(name) or STATUS_KINDS.get(key)) is not None:
        return kind
    for pattern, kind in _NAME_KINDS:
        if pattern.search(key):
            return kind
    return kind_of_title(name) or guess_kind(name)
