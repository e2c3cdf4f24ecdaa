"""A status page's incident file whose writer also wrote the incident's own timeline above its updates.

After the incident, a status page's file may get a summary with a timeline told in lines led by a clock
("05:15: Our systems were updated automatically …", "06:30 - Problems were detected by …"), above the updates
posted while it lasted ("*Investigating* - We are experiencing problems …"). A reader takes the writer's
timeline as the incident's events: it starts where the incident did, hours before the first update was posted,
and says what happened rather than what the page told its visitors. The updates stay, under their own heading.
"""

from __future__ import annotations

import re

STATUS_UPDATES_HEADING = "Status page updates"
"""The heading the page's updates are kept under (it names no part of a report: they are kept as written)."""

# "05:15: text", "6:30 - text", "**08:05** – text", "- 09:30 AM: text": a line led by a clock.
_CLOCK_LINE = re.compile(
    r"[ \t]{0,3}(?:[-*+][ \t]+)?(?:\*\*)?[0-2]?\d[:.][0-5]\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?"
    r"(?:\*\*)?[ \t]*(?:[:–—]|-(?!-))[ \t]*(?:\*\*)?[ \t]*\S"
)
_LEAST_LINES = 3
_LONGEST_LINE = 5000


def take_written_timeline(preamble: list[str]) -> list[str] | None:
    """The lines led by a clock, three or more, as a timeline's entries ("- 05:15: …"), taken out of
    ``preamble``; ``None`` (``preamble`` unchanged) when it has fewer."""
    taken = [
        index
        for index, line in enumerate(preamble)
        if len(line) <= _LONGEST_LINE and line[:1] != "#" and _CLOCK_LINE.match(line)
    ]
    if len(taken) < _LEAST_LINES:
        return None
    entries = [_entry(preamble[index]) for index in taken]
    chosen = set(taken)
    preamble[:] = [line for index, line in enumerate(preamble) if index not in chosen]
    return entries


def _entry(line: str) -> str:
    text = line.strip()
    return text if text[:1] in "-*+" and text[1:2] in (" ", "\t") else f"- {text}"
