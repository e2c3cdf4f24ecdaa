"""A log of dated updates pasted inside a plain code fence, in a report with no timeline: read as its timeline.

A report generated from a status page (or copied from an incident tool) often pastes the page's updates as they
were posted, in a ```text block, each opened by its moment in brackets and followed by paragraphs of its text::

    ```text
    [2026-05-20 13:03:09 UTC] Ops team (Resolved): Between 06:35 UTC & 12:36 UTC today, …

    We can confirm that service has been restored.
    [2026-05-20 12:08:27 UTC] Ops team (Identified): Users may notice HTTP 500 errors …
    ```

A careful reader sees the incident's timeline, not a block of code: each stamped update is an event at its
moment, its later paragraphs part of its text. When the file has no timeline section of its own, the block's
updates move under a ``## Timeline`` at the end of the file, one entry each, its paragraphs joined (the fence
goes); everything else stays where it was. A fence naming a language ("```yaml", "```python") is code, and a
block any of whose lines is neither an update nor text under one (a log's lines without dates) stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.tokens import heading_of
from app.formats.markdown_syntax import closed_fences
from app.timeparse import read

# "```", "```text", "~~~ log": a fence whose info string names no programming language.
_PLAIN_FENCE = re.compile(r"[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*(?:text|txt|plain|plaintext|log|logs)?[ \t]*", re.I)
# "[2026-05-20 13:03:09 UTC] Ops team (Resolved): …": a moment in brackets (read by ``read``), then the text.
_STAMPED = re.compile(r"[ \t]{0,3}\[(?P<when>[^\[\]\n]{8,40})\][ \t]*(?P<text>\S.*)")
_FEWEST_UPDATES = 2
_LONGEST_LINE = 20000
"""Longer lines are no update's: the pattern stays cheap on a 1 MiB line."""


def fenced_updates_as_timeline(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with the first plain fence of dated updates written as a ``## Timeline`` at the end; ``lines``
    itself when the file has a timeline section or no such block."""
    if any(
        flags[index] and (found := heading_of(line)) and section_key(found[1]) == "timeline"
        for index, line in enumerate(lines)
    ):
        return lines
    for opening, closing in closed_fences(lines).items():
        if not _PLAIN_FENCE.fullmatch(lines[opening]):
            continue
        entries = _entries(lines[opening + 1 : closing])
        if entries is None:
            continue
        kept = [*lines[:opening], *lines[closing + 1 :]]
        while kept and not kept[-1].strip():
            kept.pop()
        return [*kept, "", "## Timeline", "", *entries]
    return lines


def _entries(block: list[str]) -> list[str] | None:
    """The block's updates as timeline entries ("- [moment] text, its other paragraphs"), or ``None`` when it
    is not a log of dated updates (fewer than two, or a line before the first)."""
    entries: list[list[str]] = []
    for line in block:
        if not line.strip():
            continue
        stamped = _STAMPED.match(line) if len(line) <= _LONGEST_LINE else None
        if stamped is not None and _is_moment(stamped.group("when")):
            entries.append([line.strip()])
        elif entries:
            entries[-1].append(line.strip())
        else:
            return None  # words before the first update: the block is something else (a log, a description)
    if len(entries) < _FEWEST_UPDATES:
        return None
    return [f"- {' '.join(paragraphs)}" for paragraphs in entries]


def _is_moment(written: str) -> bool:
    """Whether ``written`` is a day with its time of day ("2026-05-20 13:03:09 UTC"): a clock alone is a chat's."""
    reading = read(written, whole=True)
    return reading is not None and reading.has_date and reading.has_time
