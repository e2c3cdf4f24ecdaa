"""A short note with no headings: a title, a few labelled lines and a run of time-led bullets.

People jot a post-mortem down in a chat or a wiki in ten lines, with no headings and often no blank
lines: "# Postmortem: wiki down", a line of what happened, "Cause: …", then "- 09:10 alert fired" …
"- 09:30 back", then "TODO: … (Ravi, 2024-03-15)" and "Lesson: …". A reader sees a timeline in the
run of times and the parts the labels name. This pass writes the note out as the sections it tells:
a Timeline heading over the run, and a heading for each later line whose label names a part of the
report ("TODO:", "Lesson:", "Follow-up:"); the other lines stay where they are, as written.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from app.formats.markdown_read.layout_bounds import LONGEST_NOTE
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.tokens import heading_of

_LONGEST_LINE = 2_000
# "- 09:10 alert", "* **09:14** Ravi logs in", "09:22 – deleted archives", "- 2024-03-02 09:10 alert".
_TIME_LED = re.compile(r"[ \t]{0,3}(?:[-*+•][ \t]+)?(?:\*\*)?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?\b(?!:)")
# "TODO: move backups", "Lesson: nobody watched the disk", "Follow-up: …": a label a line opens with.
_LABEL = re.compile(r"[ \t]{0,3}(?:[-*+][ \t]+)?(?P<name>[A-Za-z][A-Za-z &/'-]{1,40}?)[ \t]*:[ \t]+(?P<text>\S.*)")
# The parts a label after the timeline may open ("Cause:" and "Impact:" above it are labels of the summary).
_PARTS = frozenset({"measures", "closing_notes", "cause", "root_cause", "resolution", "humor"})
_SHORTEST_RUN = 2


def compact_note(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` as sections when they are a short note with no headings and a run of time-led lines;
    ``lines`` itself otherwise."""
    # The written lines, looked for up to one past a note's length: a long file is given back at once
    # (listed whole, 60,000 "***" lines held 60,000 numbers).
    body = list(itertools.islice((index for index, line in enumerate(lines) if line.strip()), LONGEST_NOTE + 1))
    if not body or len(body) > LONGEST_NOTE or not all(flags[index] for index in body):
        return lines
    first = body[0]
    if any(heading_of(lines[index]) or len(lines[index]) > _LONGEST_LINE for index in body[1:]):
        return lines
    if any(set(lines[index].strip()) <= {"=", "-"} for index in body[1:]):
        return lines  # a setext heading or a rule: the note has its own parts
    run = _time_led_run(lines, first + 1)
    if run is None:
        return _tasks_at_the_end(lines, body)
    start, end = run
    out = [*lines[:start]]
    while out and not out[-1].strip():
        out.pop()
    out.extend(["", "## Timeline", "", *lines[start:end], ""])
    for line in lines[end:]:
        label = _LABEL.fullmatch(line)
        named = _part_named(label["name"].strip()) if label is not None else None
        if named is None:
            out.append(line)
            continue
        name, part = named
        while out and not out[-1].strip():
            out.pop()
        # A measure is a task to do ("TODO: move backups … (Ravi, 2024-03-15)"), as a list's item is.
        out.extend(["", f"## {name}", "", f"- {label['text']}" if part == "measures" else label["text"], ""])
    return out


def _tasks_at_the_end(lines: list[str], body: list[int]) -> list[str]:
    """A note told in sentences, with no run of times, that ends with labelled to-dos ("todo: disk alert on
    print01 - Sara, by fri 22 nov", "Action: …"): those lines as the measures' list, under the first one's
    label, rather than words of the story above them (the line after the last sentence joined its paragraph).
    ``lines`` itself when its last lines are not such."""
    items: list[str] = []
    name = ""
    cut = None
    for index in reversed(body[1:]):
        label = _LABEL.fullmatch(lines[index])
        named = _part_named(label["name"].strip()) if label is not None else None
        if label is None or named is None or named[1] != "measures":
            break
        items.append(f"- {label['text']}")
        name, cut = named[0], index
    if cut is None or cut == body[1]:
        return lines  # the note is nothing but its to-dos: the lines stay as written
    out = lines[:cut]
    while out and not out[-1].strip():
        out.pop()
    return [*out, "", f"## {name}", "", *reversed(items), ""]


def _time_led_run(lines: list[str], begin: int) -> tuple[int, int] | None:
    """The first run of at least two time-led lines from ``begin`` on, as ``(start, end)``."""
    index = begin
    while index < len(lines):
        if not _TIME_LED.match(lines[index]):
            index += 1
            continue
        end = index
        while end < len(lines) and _TIME_LED.match(lines[end]):
            end += 1
        if end - index >= _SHORTEST_RUN:
            return index, end
        index = end
    return None


def _part_named(name: str) -> tuple[str, str] | None:
    """The name of the report's part a label names and its key ("TODO": the measures), by its plural
    where the singular is no part's name ("Lesson": "Lessons", the closing notes)."""
    for written in (name, f"{name}s"):
        key = section_key(written)
        if key is not None:
            return (written, key) if key in _PARTS else None
    return None
