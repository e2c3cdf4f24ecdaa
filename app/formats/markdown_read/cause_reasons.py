"""The cause a summary announces, then tells: "… killed the healthy nodes because of two reasons. The faulty
nodes weren't removed yet and the termination policy removes the oldest ones."

A sentence that ends by announcing its reasons ("for two reasons", "due to the following reasons") points at
the sentences after it: a reader copies those as the root cause, not an earlier sentence that only has "due
to" in it. One sentence, unless the next ones count the reasons out ("First, …", "Second, …").
"""

from __future__ import annotations

import re

# The announcing words closing a sentence: "because of two reasons.", "for several reasons:", "due to the
# following reasons". (Matched on the sentence's last 80 characters.)
_REASONS = (
    r"\b(?:because of|due to|for|owing to)[ \t]+(?:the[ \t]+following[ \t]+|(?:two|three|2|3|several|a few"
    r"|multiple)[ \t]+(?:main[ \t]+|separate[ \t]+|different[ \t]+)?)reasons?[ \t]*"
)
_ANNOUNCED = re.compile(_REASONS + r"[.:]?$", re.IGNORECASE)
# "… due to the following reasons: First, the old set was still up.": the first reason in the same sentence.
_ANNOUNCED_THEN_TOLD = re.compile(_REASONS + r":[ \t]*(?=\S)", re.IGNORECASE)
_LONGEST_SENTENCE = 2000
# The next sentences counting the reasons out: "First, …", "Secondly …", "2) …", "The second reason …".
_COUNTED = re.compile(
    r"(?:(?:first|second|third|firstly|secondly|thirdly|another|finally|the[ \t]+(?:first|second|third|other)"
    r"[ \t]+(?:reason|one))\b|\d[.)][ \t])",
    re.IGNORECASE,
)
_MOST_REASONS = 3


def announced_reasons(sentences: list[str]) -> str | None:
    """The sentence(s) told right after one announcing its reasons, or ``None``."""
    for number, sentence in enumerate(sentences):
        colon = _ANNOUNCED_THEN_TOLD.search(sentence[:_LONGEST_SENTENCE])
        if colon is not None:
            told, first_after = [sentence[colon.end() :]], number + 1
        elif number + 1 < len(sentences) and _ANNOUNCED.search(sentence[-80:].rstrip()) is not None:
            told, first_after = [sentences[number + 1]], number + 2
        else:
            continue
        for after in sentences[first_after : first_after + _MOST_REASONS - 1]:
            if not _COUNTED.match(after.lstrip()):
                break
            told.append(after)
        return " ".join(part.strip() for part in told)
    return None
