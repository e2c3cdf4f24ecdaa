"""A plain-text file's first line written as a headline with a full stop: "Web server 02 down."

People who write a post-mortem in a text editor end every line with a full stop, the title too. A reader
sees the title in a short first line standing alone, that names a thing and its state rather than tells
("We had a bad day." greets or tells, it is the opening's text). The full stop is not part of the title.
"""

from __future__ import annotations

import re

_MOST_WORDS = 7
_LONGEST = 80
# A headline: words and numbers, no inner punctuation that would make it a sentence or a list, one full stop.
_HEADLINE = re.compile(r"[^\W_][\w'’/&+-]{0,40}(?:[ \t][\w'’/&+()-]{1,40}){1,6}\.")
# First words that make the line someone telling, not a name for what happened.
_TELLING = frozenset(
    (
        *("i", "we", "our", "us", "you", "your", "this", "it", "its", "here", "there", "these", "those"),
        *("hello", "hi", "hey", "dear", "thanks", "thank", "please", "note", "today", "yesterday", "tonight"),
        *("on", "at", "in", "during", "after", "before", "between", "since", "when", "while", "if", "as"),
        *("see", "read", "below", "above", "following", "all", "everything", "nothing", "some", "someone"),
    )
)


def headline_title(line: str) -> str:
    """``line`` without its full stop when it reads as a headline, else ``""``."""
    text = line.strip()
    if len(text) > _LONGEST or text.endswith("..") or not _HEADLINE.fullmatch(text):
        return ""
    words = text[:-1].split()
    if len(words) > _MOST_WORDS or words[0].casefold() in _TELLING:
        return ""
    return text[:-1]
