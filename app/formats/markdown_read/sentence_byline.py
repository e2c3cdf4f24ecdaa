"""The authors named in a sentence of the header's note: "All times are PDT. Written by Ana Ruiz and Bo Li."

A Notion callout or a short note under the title often says who wrote the report in a sentence among others
(the times' zone, the review it went to). A byline reader looks at a line's start; a careful reader takes the
names from the sentence that says "Written by", up to its full stop.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.student_bylines import names_credited

# "Written by", "Prepared by", "Authored by" opening a sentence after another one (". Written by …").
_SENTENCE_CREDIT = re.compile(r"(?:^|[.!?][ \t]+)(?:Written|Prepared|Authored|Compiled|Drafted)[ \t]+by[ \t]+")
_SENTENCE_END = re.compile(r"\.(?:[ \t]|$)")
_LONGEST_LINE = 600


def names_in_written_by_sentence(line: str) -> list[str] | None:
    """The full names a "Written by …" sentence inside ``line`` gives, or ``None``."""
    if len(line) > _LONGEST_LINE or (lead := _SENTENCE_CREDIT.search(line)) is None:
        return None
    rest = line[lead.end() :]
    end = _SENTENCE_END.search(rest)
    names = names_credited(rest[: end.start()] if end else rest, plain_by=True)
    return names if names and all(" " in name for name in names) else None
