"""Timeline entries run into one paragraph, each still led by its time: cut apart where each time begins.

A timeline pasted from a form or a chat box often loses its line breaks: "12:00pm EAT: Issue was
detected. 12:06pm EAT: While using curl… 12:09pm EAT: Issue was handled by…". A reader sees one entry
per time label, and so does the timeline reader once each label starts a line of its own. Only a line
that begins with such a label and holds at least two is cut, each cut just before a label written the
same way as the first (the same am/pm, zone and mark after it), so that a time told inside a sentence
("restarted it at 12:09 and waited") is left alone. Only line breaks are added: every word stays.
"""

from __future__ import annotations

import re

# A time label: "12:06pm EAT:", "**14:05 UTC** -", "09:12:33 —", "7.45 am –". Groups give its shape.
_LABEL_TEXT = (
    r"(?:\*\*)?\d{1,2}(?P<separator>[:.])\d{2}(?::\d{2})?(?P<ampm>\s?[ap]\.?m\.?)?(?P<zone>\s+\(?[A-Z]{2,5}\)?)?(?:\*\*)?"
    r"[ \t]*(?P<mark>[:\-–—])\s"
)
_LABEL = re.compile(_LABEL_TEXT)
_LEADING = re.compile(r"(?P<lead>[ \t]*(?:[-*+][ \t]+)?)" + _LABEL_TEXT)
# Where another label may begin: after a space, before a clock.
_GAP = re.compile(r"(?<=\S)[ \t]+(?=(?:\*\*)?\d{1,2}[:.]\d{2})")
_LONGEST_LINE = 20_000
"""Longer lines are not a pasted timeline; they are left as they are."""


def _shape(found: re.Match[str]) -> tuple[str, bool, bool, str]:
    # "14:20:" is not written like "2.10:" (a version number in a sentence): the separator counts too.
    return found["separator"], bool(found["ampm"]), bool(found["zone"]), found["mark"]


def cut_run_in_entries(lines: list[str]) -> list[str]:
    """``lines`` with each line that runs several time-led entries together cut into one line per entry.

    Once a line led by a label has been cut, the labels written the same way in the section's other
    lines start entries too (a pasted snippet's bullet "… test failed 12:14pm EAT: She then opened …").
    """
    out: list[str] = []
    shape: tuple[str, bool, bool, str] | None = None
    for line in lines:
        if len(line) > _LONGEST_LINE:
            out.append(line)
            continue
        first = _LEADING.match(line)
        wanted = _shape(first) if first is not None else shape
        pieces = _cut(line, first.end() if first is not None else 0, wanted) if wanted is not None else [line]
        if len(pieces) > 1 and first is not None:
            shape = wanted
            lead = first["lead"]
            pieces = [pieces[0], *(lead + piece for piece in pieces[1:])]  # a bullet's pieces stay bullets
        elif len(pieces) > 1:
            # The entries in the tail of a bullet or a paragraph: a blank line ends it, or they would be
            # read as its continuation.
            pieces = [pieces[0], "", *pieces[1:]]
        out.extend(pieces)
    return out


def _cut(line: str, start: int, shape: tuple[str, bool, bool, str]) -> list[str]:
    """``line`` cut before each label of ``shape`` after ``start`` (the whole line when there is none)."""
    pieces, begin = [], 0
    for gap in _GAP.finditer(line, start):
        label = _LABEL.match(line, gap.end())
        if label is not None and _shape(label) == shape:
            pieces.append(line[begin : gap.start()])
            begin = gap.end()
    return [*pieces, line[begin:]]
