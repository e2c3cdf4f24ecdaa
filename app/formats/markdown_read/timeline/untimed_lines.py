"""A timeline with no time at all, read as a careful reader reads its lines: "Actions taken" alone on a line
names the kind of the lines under it (a label, not an event), each of those lines one step; a paragraph of
lines that each end a sentence is one event per line; and every other paragraph keeps the kind its words
give, as any entry does (the detection told first is still the detection). Lines that each lead with a clock
time ("10:40 UTC - we realized the mistake") are an entry each, even when no date says which day they are on."""

from __future__ import annotations

import re

from app.formats.markdown_read.timeline.kinds import kind_named
from app.formats.markdown_read.timeline.sentence_lines import one_step_a_line
from app.formats.markdown_read.tokens import BULLET, heading_of
from app.model import EventKind

# "10:40 UTC - text", "[12:11] text": a clock time first (its day unknown, so the line stays as written).
_CLOCK_LEAD = re.compile(r"[\[(]?(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:.])")

# The longest line read as a label alone ("Misleading investigation/debugging paths that were taken").
_LABEL_LENGTH = 80


def untimed_entries(paragraphs: list[str]) -> list[tuple[str, EventKind | None]]:
    """Each entry's text and its kind (``None``: guessed from its words), in the document's order."""
    entries: list[tuple[str, EventKind | None]] = []
    label: EventKind | None = None
    for at, paragraph in enumerate(paragraphs):
        lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
        named = _label(lines[0]) if lines else None
        if named is not None and len(lines) == 1 and at + 1 < len(paragraphs):
            label = named  # "Actions taken" alone: the next paragraph's lines are of its kind
            continue
        if named is not None:
            lines, label = lines[1:], named  # "Actions taken" over its lines, no blank line between
        if len(lines) >= 4 and lines[0].startswith(("```", "~~~")) and lines[-1] == lines[0][:3]:
            inner = lines[1:-1]  # a ``` block of "10:40 UTC - …" lines: its lines are the entries
            lines = inner if all(_CLOCK_LEAD.match(line) for line in inner) else lines
        clocked = len(lines) >= 2 and all(_CLOCK_LEAD.match(line) for line in lines)
        if clocked or _one_per_line(lines) or one_step_a_line(lines):
            entries.extend((line, label) for line in lines)
        else:
            entries.append((paragraph, label))
        label = None
    return entries


def _label(line: str) -> EventKind | None:
    """The kind a line names when it is only a kind's name ("Actions taken", "Detection:", "**Resolution**")."""
    if len(line) > _LABEL_LENGTH or heading_of(line) is not None:
        return None
    return kind_named(line.strip("*_ \t").rstrip(":").strip("*_ \t"))


def _one_per_line(lines: list[str]) -> bool:
    """Whether each of several lines is a whole entry: every one ends a sentence, none a list's item (a list is
    read elsewhere) and none goes on from the line before (a lower-case start); or each is a message of a chat
    or call pasted as it was said ("Zoom: Warren-SRE: rolling back now")."""
    if len(lines) < 2:
        return False
    return _chat_messages(lines) or all(
        line[-1] in ".!?" and not BULLET.match(line) and (line[0].isupper() or line[0].isdigit()) for line in lines
    )


# "Warren-SRE: …", "Zoom: Preetha-Dev: …", "<dana> …": who said it, then what. A name of a few words, no sentence.
_SPEAKER = re.compile(
    r"(?:[A-Z][\w-]{1,15}:[ \t]+)?(?P<who>[A-Z@][\w.'’-]{0,30}(?:[ \t][A-Z][\w.'’-]{0,30}){0,2}):[ \t]+\S"
)
_FEWEST_MESSAGES = 3


def _chat_messages(lines: list[str]) -> bool:
    """Whether every line is a message with its speaker, three or more, someone speaking twice: a transcript."""
    if len(lines) < _FEWEST_MESSAGES:
        return False
    speakers = [found["who"] for line in lines if (found := _SPEAKER.match(line)) is not None]
    return len(speakers) == len(lines) and len(set(speakers)) < len(speakers)
