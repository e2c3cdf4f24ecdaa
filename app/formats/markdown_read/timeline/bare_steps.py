"""A timeline written as bare lines, one step a line, with no bullets and no time on most of them.

"June 20, 10:00 AM: the alert fired." over "Investigation began at once." over "The incident was escalated
to the platform team.": a reader sees three steps, though Markdown joins the lines into one paragraph.
A paragraph wrapped to a width (a line that ends inside a sentence, or one that opens in lower case) is
one entry, as before: only a run whose every line is a whole sentence is read a step a line.

A step may state its own moment inside its sentence ("The incident was resolved on June 21, 2023, 2:00
PM, after …"): it is that step's time.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.formats.markdown_read.timeline.lead_patterns import LONGEST_SENTENCE, Lead
from app.formats.markdown_read.tokens import BULLET, heading_of, is_table_line

if TYPE_CHECKING:
    from app.formats.markdown_read.timeline.context import TimelineContext

# A sentence's close at a line's end: its stop, then any closing quote or bracket (checked on the line's tail).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]*_]{0,3}$")
# A sentence's opening: a capital (after any markup), or a number ("3 servers were …").
_SENTENCE_START = re.compile(r"[*_\"'“‘(]{0,3}[^\W\d_a-z]")
# "on June 21, 2023, 2:00 PM", "on 21 June 2023 at 14:00", "on 2023-06-21 14:00": a dated moment in a sentence.
_ON_A_DAY = re.compile(
    r"\bon[ \t]+(?=(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?[A-Z][a-z]{2,8}\b"
    r"|\d{4}-\d{2}-\d{2}\b))"
)


def _ends_a_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line.rstrip()[-6:]) is not None


def _opens_a_sentence(line: str) -> bool:
    return _SENTENCE_START.match(line.lstrip()) is not None


def is_plain(line: str) -> bool:
    """Whether ``line`` is plain text: not blank, a bullet, a heading or a table row."""
    return bool(line.strip()) and not BULLET.match(line) and heading_of(line) is None and not is_table_line(line)


def steps_of(lines: list[str]) -> list[str] | None:
    """Each line of ``lines`` (stripped) as its own step, when every line but the last closes a sentence and
    every line but the first opens one; else ``None`` (a wrapped paragraph, one entry)."""
    texts = [line.strip() for line in lines]
    if len(texts) < 2 or not all(texts):
        return None
    if not all(_ends_a_sentence(text) for text in texts[:-1]):
        return None
    if not all(_opens_a_sentence(text) for text in texts[1:]):
        return None
    return texts


def stated_moment(ctx: TimelineContext, text: str) -> Lead | None:
    """The moment a step states inside its sentence: "… resolved on June 21, 2023, 2:00 PM, after …", or
    "… at 14:05 …" as a kind label's sentence gives it; its text kept whole."""
    found = ctx.inside(text)
    if found is not None:
        return found
    for match in _ON_A_DAY.finditer(text[:LONGEST_SENTENCE]):
        reading = ctx._read(text[match.end() :])  # the context's own reading, its day and zone
        if reading is not None and reading.has_time and reading.has_date:
            ctx.passed(reading.moment)
            return Lead(reading.moment, text.strip(), True)
    return None


def add_steps(ctx: TimelineContext, steps: list[str], kind=None) -> None:  # type: ignore[no-untyped-def]
    """Each step an event of ``kind`` (else of its own words), at the moment it states, if any."""
    for step in steps:
        found = stated_moment(ctx, step)
        ctx.add(found.moment if found else None, step, kind)


# A step that names itself a wrong turn: "A misleading path was taken when …", "chased a red herring".
def entries_apart(entries: list, start: int, end: int) -> bool:  # type: ignore[type-arg]
    """Whether the time-led paragraph ``entries[start:end]`` stands among paragraphs the writer parts with blank
    lines ("14:20 customers report delays." over "Several retried.", a blank line, "14:41 …"): its lines then
    are one entry, as the writer grouped them."""
    after = end
    while after < len(entries) and after < end + 3 and _blank(entries[after]):
        after += 1
    if after > end and after < len(entries) and not _blank(entries[after]):
        return True
    return start >= 2 and _blank(entries[start - 1]) and not _blank(entries[start - 2])


def _blank(entry: object) -> bool:
    return isinstance(entry, str) and not entry.strip()
