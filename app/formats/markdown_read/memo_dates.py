"""A memo's header block ("To:", "From:", "Date:", "Re:" one a line): its "Date:" is when the memo was sent.

A careful reader of a memo takes its "Date:" line for the day it was written
and sent, as a mail's; the incident's day is the one its subject or text
tells ("Re: … on Tuesday 3/10"). A "Date:" line is read so only inside a
block of such lines that names a sender and a recipient in words: "From:
09:10" and "To: 11:40" are a window's ends, not a memo's.
"""

from __future__ import annotations

import re

# "**To:** Finance", "FROM:    Priya", "> Date: March 12": a memo's header line, its label and what follows.
_LABEL = re.compile(
    r"[ \t>*_]{0,6}(?P<label>from|to|cc|date|sent|re|subject)[ \t*_]{0,4}:[ \t*_]{0,4}(?P<value>.{0,200})",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_MOST_LINES = 12
"""A header block longer than this is no memo's header (and the lines kept stay few)."""


class MemoHeader:
    """Lines given one at a time (``see``); ``sent_lines`` are the numbers of the "Date:" lines of a memo's
    header block, known once the block has ended (or ``end`` was called)."""

    def __init__(self) -> None:
        self.sent_lines: set[int] = set()
        self._labels: list[tuple[int, str, str]] = []

    def see(self, number: int, line: str) -> None:
        match = _LABEL.fullmatch(line.strip()[:260])
        if match is None or len(self._labels) >= _MOST_LINES:
            self.end()
            if match is None:
                return
        self._labels.append((number, match["label"].lower(), match["value"].strip(" *_")))

    def end(self) -> None:
        """The block ends: its "Date:" lines are a memo's when it names a sender and a recipient in words."""
        said = {label: value for _, label, value in self._labels}
        if _in_words(said.get("from")) and _in_words(said.get("to")):
            self.sent_lines.update(number for number, label, _ in self._labels if label in ("date", "sent"))
        self._labels = []


def _in_words(value: str | None) -> bool:
    """Whether a label's value names someone (words, no clock or date): "Derek Okonkwo, Engineering"."""
    return bool(value) and _DIGIT.search(value or "") is None
