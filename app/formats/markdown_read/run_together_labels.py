"""Several labelled fields run together on one line, written one a line.

"Issue Summary: Duration: May 5, 10:30 to 14:45 (UTC+1) Impact: the site was down. Root Cause: a typo." is
four labels on one line, as a plain-text report pasted without its line breaks writes them. A careful reader
reads each field on its own: the line is cut before each label the reader knows that starts a sentence
(after a full stop, a closing bracket, a number or right after another label), when the line opens with one.
A list pasted the same way ("- Duration: 11:00 to 13:00. - Impact: all users …") keeps its dash before each
later label: each part is a bullet of its own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key

# A label starting the line, and one starting a sentence later on: "… (UTC+1) Impact: …", "… users. Cause: …".
_FIRST_LABEL = re.compile(r"[ \t]*(?P<bullet>[-*+][ \t]+)?([A-Z][A-Za-z /&'-]{1,30}?):[ \t]+\S")
# "… EST) Impact:A segment of users …": a capital right after the colon, its space forgotten. On a bulleted line
# "… morning. - Impact: …", the later label's own dash ("dash"), where the line is cut.
_LATER_LABEL = re.compile(
    r"(?<=[.)!?\d:])[ \t]+(?P<dash>[-*+][ \t]{1,4})?([A-Z][A-Za-z /&'-]{1,30}?):(?:[ \t]+(?=\S)|(?=[A-Z]))"
)
_UNSPACED_LABEL = re.compile(r"[a-z]:[A-Z]")
_WINDOW_LABELS = ("duration", "start", "end", "severity", "status", "date")
_LONGEST_LINE = 20_000


def _known(label: str) -> bool:
    return label.strip().lower() in _WINDOW_LABELS or section_key(label) is not None


def _cuts(line: str) -> list[int]:
    """Where the later labels of a line opening with a known label start; none when it holds one only."""
    first = _FIRST_LABEL.match(line)
    if first is None or not _known(first.group(2)):
        return []
    bulleted = first.group("bullet") is not None
    return [
        found.start("dash") if found.group("dash") else found.start(2)
        for found in _LATER_LABEL.finditer(line, first.end(2))
        # a dash before a label cuts a bulleted line only ("- Duration: … - Impact: …"), where it is the next bullet
        if (bulleted or not found.group("dash")) and _cut_before(line, found)
    ]


def _cut_before(line: str, found: re.Match[str]) -> bool:
    """Whether the line is cut before ``found``: a section's name anywhere, a window's label ("Duration:",
    "End:") only right after another label; "Start: 9 July, 21:40. End: 10 July, 06:15." is one window, read
    whole by the window's reader."""
    label = found.group(2)
    if section_key(label) is not None:
        return True
    return (
        label.strip().lower() in _WINDOW_LABELS
        and line[found.start() - 1 : found.start()] == ":"
        and not found.group("dash")
    )


def labels_written(line: str) -> int:
    """How many colons of ``line`` may close a label: "Duration: …", and "Impact:A …" with its space forgotten."""
    return line.count(": ") + len(_UNSPACED_LABEL.findall(line[:_LONGEST_LINE]))


def labels_one_a_line(lines: list[str], flags: Sequence[int]) -> list[str]:
    """The lines with known labels run together on one line written one a line."""
    out: list[str] | None = None
    for number, line in enumerate(lines):
        cuts = [] if not flags[number] or len(line) > _LONGEST_LINE or labels_written(line) < 2 else _cuts(line)
        if cuts and out is None:
            out = list(lines[:number])
        if out is None:
            continue
        bounds = [0, *cuts, len(line)]
        out.extend(line[start:end].rstrip() for start, end in itertools.pairwise(bounds))
    return lines if out is None else out
