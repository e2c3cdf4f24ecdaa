"""A log or a command's output pasted under a timeline's entry: part of that entry's story, not an entry.

"- **18:59** `@nova` First observed redis error" is followed by a ``` block holding the log line that showed
it ("Dec 13 18:59:01 fritz bundle[588687]: …"), and the bullets go on after the block. A careful reader
sees the block as the evidence for the bullet above it; the log's own timestamps are not the team's steps.
So when a timeline is written as time-led bullets, a code block after one of them is kept as written, with
the text of the Timeline section nobody reads as an event, and never read entry by entry.
"""

from __future__ import annotations

import re

from app.formats.markdown_syntax import outside_fences

# "- **18:53** text", "* 14:02 — text", "- `09:15` text": a bullet led by its clock time; "- 24-10-2024 08:15 -
# text", "- 2024-10-24 - 08:15 - text": by its day in digits, then the clock.
_TIMED_BULLET = re.compile(
    r"[ \t]{0,4}[-*+][ \t]+[*_`]{0,2}"
    r"(?:(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})[ \t]+(?:[-–—][ \t]+)?)?"
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"
)
# A fence indented under a bullet's text (" - **17:18** x" over "    ```"): four spaces and more would make an
# indented code block of it at the margin, but under the bullet it opens (or closes) the bullet's code block.
_FENCE_IN_AN_ITEM = re.compile(r"^[ \t]{4,8}(`{3,}|~{3,})")


def output_apart(lines: list[str]) -> tuple[list[str], list[str]]:
    """``lines`` without the code blocks that follow a time-led bullet, and those blocks (their fence marks
    kept), when at least two time-led bullets stand outside code blocks; else ``lines`` as they are."""
    outside = outside_fences([_FENCE_IN_AN_ITEM.sub(r"\1", line, count=1) for line in lines])
    bullets = [
        at for at, (line, out) in enumerate(zip(lines, outside, strict=True)) if out and _TIMED_BULLET.match(line)
    ]
    if len(bullets) < 2:
        return lines, []
    kept: list[str] = []
    rest: list[str] = []
    for at, (line, out) in enumerate(zip(lines, outside, strict=True)):
        if not out and at > bullets[0]:  # (a block's fence marks are inside it too)
            kept.append(line)
        else:
            rest.append(line)
    return rest, kept
