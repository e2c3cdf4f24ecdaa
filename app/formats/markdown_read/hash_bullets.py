"""A "#" typed as a bullet before each entry's date or time: "#Aug 1, 2023: the sandboxes were updated".

With no space after it, "#" opens no heading in Markdown; some writers still put it in front of every line of a
timeline, right against the entry's date or time ("#14:05 - paged the on-call", "#[2 May 2024]: …"). A careful
reader sees a list, one entry a line, the "#" its bullet. Only in a run of two such lines or more: one line
opening "#2024-05-01" alone may be anything (a tag, an issue's number). Line for line, so positions do not move.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "#" then, with no space, a date or a time: "#Aug 1", "#[Aug 7, 2023]", "#14:05", "#2024-05-01", "#1/8/2023".
_HASH_LED = re.compile(
    r"[ \t]{0,3}#(?=\[?(?:\d{1,4}[:/.\-]\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]+\d))",
    re.IGNORECASE,
)
_FEWEST_ENTRIES = 2


def hash_led_entries(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each run of two or more lines opening with "#" against a date or time written as list
    items ("- Aug 1, 2023: …"); the same list when there is none. Blank lines between entries keep the run."""
    out: list[str] | None = None
    run: list[int] = []  # the entries of the run being read
    for index in range(len(lines) + 1):
        line = lines[index] if index < len(lines) else ""
        if index < len(lines) and flags[index] and _HASH_LED.match(line):
            run.append(index)
            continue
        if index < len(lines) and not line.strip():
            continue  # a blank line between two entries
        if len(run) >= _FEWEST_ENTRIES:
            out = out if out is not None else list(lines)
            for number in run:
                hashed = lines[number].index("#")
                out[number] = f"{lines[number][:hashed]}- {lines[number][hashed + 1 :]}"
        run = []
    return lines if out is None else out
