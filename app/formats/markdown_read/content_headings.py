"""Lines written as headings that are content: a writer who types "#" as a bullet.

Some write every line of a report as "# …": "# 10:00 AM: the alerts fired", "# Impact: users could not pay
for …", "# To prevent it again:" over a list. A careful reader sees a timeline entry, a field and the name of
a list of measures, not sections. Such a "heading" has no text of its own under it (the next line written is
another heading) and starts with a clock, or with a field's label and a sentence, or is a whole sentence; a
"…:" heading standing right under an empty measures heading (and the ones after it) names one of its lists.
Each is written back as the plain line it stands for. Lines keep their positions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.tokens import heading_of

# "10:00 AM: …", "9.05 pm - …", "14:32 UTC — …": a clock, an optional zone, then the entry's text.
_CLOCK_LED = re.compile(r"\d{1,2}[:.h]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?[ \t]*[:\-–—]?[ \t]+\S")
# "Impact: Users of …": a short label, its colon, then the field's text.
_LABEL_LED = re.compile(r"([A-Za-z][A-Za-z /&'-]{1,40}):[ \t]+\S")
_FEWEST_FIELD_WORDS = 6  # "Impact: Users could not sign up at all": a sentence, not a heading's qualifier
_FEWEST_SENTENCE_WORDS = 10
_LONGEST_LOOK = 2000


def _words(text: str) -> int:
    return len(text[:_LONGEST_LOOK].split())


def _is_timed(text: str) -> bool:
    return bool(_CLOCK_LED.match(text)) and _words(text) >= 3


def _is_content(text: str, timed_entries: bool) -> bool:
    """Whether a heading's text reads as a line of content: a timed entry (when the document's timed headings
    are entries), a field with its text, a sentence."""
    if _is_timed(text):
        return timed_entries
    label = _LABEL_LED.match(text)
    if label and section_key(label.group(1)) is not None and _words(text[label.end() - 1 :]) >= _FEWEST_FIELD_WORDS:
        return True
    return text.rstrip()[-1:] in (".", "!") and _words(text) >= _FEWEST_SENTENCE_WORDS


def headings_as_content(lines: list[str], flags: Sequence[int]) -> list[str]:
    """The lines with headings that are content lines written as the plain lines they stand for."""
    headings = [(number, found) for number, line in enumerate(lines) if flags[number] and (found := heading_of(line))]
    if not headings:
        return lines
    # A heading has text of its own when a written line stands between it and the next heading.
    next_at = [number for number, _ in headings[1:]] + [len(lines)]
    empty = [
        not any(lines[at].strip() for at in range(number + 1, after))
        for (number, _), after in zip(headings, next_at, strict=True)
    ]
    # "### 09:15 – Escalated" with no text under it, among "### 08:47" headings over their own paragraphs: a
    # timeline written a heading an event, which the timeline's reader knows. Timed headings are lines only
    # when none of them has text of its own.
    timed_entries = all(bare for (_, (_, text)), bare in zip(headings, empty, strict=True) if _is_timed(text))
    out: list[str] | None = None
    measures_level: int | None = None  # the level of an empty measures heading whose lists come as "…:" headings
    for (number, (level, text)), bare in zip(headings, empty, strict=True):
        plain = False
        if measures_level is not None and level == measures_level and text.rstrip().endswith(":"):
            plain = True  # "# To prevent it again:" under an empty "# Corrective and Preventive Measures"
        else:
            measures_level = level if bare and section_key(text) == "measures" else None
            plain = bare and _is_content(text, timed_entries)
        if plain:
            out = out if out is not None else list(lines)
            out[number] = text
    return lines if out is None else out
