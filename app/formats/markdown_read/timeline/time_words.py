"""A sentence wrapped just before its time: "… our beta program. Around" over "10:00, we monkey-patched …".

Prose written with hard line breaks can put the word that introduces a time at the end of one line and the
time at the start of the next. The time still starts a new entry; a careful reader moves the word with it, so
the entry before does not end in a dangling "Around" and the new one reads "Around 10:00, we …".
"""

from __future__ import annotations

import re

# "Around", "at", "By about", "approximately": the words that lead a time, ending the line.
_TIME_WORD = re.compile(
    r"(?:^|(?<=[ \t]))(?P<word>(?:(?:at|by|from|until|till|since|around|about)[ \t]+)?"
    r"(?:around|about|approximately|approx\.|roughly|circa|ca\.|at|by|until|till|since|from|~))[ \t]*$",
    re.IGNORECASE,
)
# The sentence ended (or never started) before the word: "… program. Around", "Around" alone.
_SENTENCE_END = re.compile(r"(?:^|[.!?:;][\"')\]]?)[ \t]*$")
_LONGEST_TAIL = 40


def word_moved_to_next(lines: list[str], following: str) -> str:
    """Take a time's leading word off the end of ``lines`` (in place) when it opens a sentence there, and
    return ``following`` with the word before it; else ``following`` as it is."""
    if not lines:
        return following
    last = lines[-1]
    tail = last[-_LONGEST_TAIL:]
    found = _TIME_WORD.search(tail)
    if found is None:
        return following
    head = last[: len(last) - len(tail) + found.start("word")].rstrip()
    if not _SENTENCE_END.search(head[-4:]):
        return following  # "… restarted at" over "10:00": one sentence wrapped, the time not the entry's lead
    if head:
        lines[-1] = head
    else:
        lines.pop()
    return f"{found.group('word')} {following.lstrip()}"
