"""Whether a line of a summary is a short label and its value ("Severity: SEV2") or prose that has a colon in it.

An Issue Summary written as prose is read sentence by sentence; its labelled lines are read as fields instead.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.described import told_value
from app.formats.markdown_read.tokens import Item, heading_of, is_table_line, split_label

LONGEST_LABEL = 4  # words
# A line that closes its sentence: what follows it may open a new one (or a label's line).
_CLOSED = re.compile(r"[.!?:;][\"'”)*_]*[ \t]*$")


def prose_line(line: str) -> bool:
    """Whether a summary's line is prose: not a label and its value, unless the label only says that prose follows
    ("**Description:** On May 3 a release made payments fail …")."""
    return not is_short_label(line) or told_value(line) != line


def is_short_label(line: str) -> bool:
    """Whether a line is a label and its value ("Severity: SEV2"), not a sentence with a colon in it ("I want to
    be direct about the root cause: we …", wrapped by hand so that the colon opens a line)."""
    label = split_label(line)
    return label is not None and len(label[0].split()) <= LONGEST_LABEL


def wraps_on(previous: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence the prose line ``previous`` left open, wrapped by hand where a
    word and a colon happened to open it ("… an expired credential for the message" over "broker: the API kept
    answering …").

    A label opens its own line with a capital or after a sentence that ended; a lower-case word after an
    unfinished line of prose is the middle of that sentence. ``previous`` is "" when the line above was no
    prose (a label's line: "service: api" over "impact: checkout down" are two labels).
    """
    return bool(previous.strip()) and not _CLOSED.search(previous[-200:]) and line.lstrip()[:1].islower()


def prose_lines(entries: list[Item | str]) -> list[str]:
    """The lines and bullets of a summary that are prose (not its labelled lines, headings or tables), each with
    the prose after a label that only announces it ("**Description:** On May 3 …")."""
    prose: list[str] = []
    previous = ""  # the line above, when it was prose
    for entry in entries:
        if isinstance(entry, Item):
            previous = entry.text if entry.head and prose_line(entry.head) else ""
        elif heading_of(entry) or is_table_line(entry):
            previous = ""
        else:
            # "broker: the API kept …" wrapped mid-sentence is the sentence's, not a label's line
            previous = entry if prose_line(entry) or wraps_on(previous, entry) else ""
        if previous:
            prose.append(told_value(previous))
    return prose
