"""The service an impact's sentence is about: the one it is led by, whatever it is said to have done.

"Impact: Our trusty Caddy server decided to take a nap", "The storefront application threw a fit", "The goblins
attacked, and our booking application fell over", "During the outage, the server experienced high memory use": an
impact tells what suffered, so a careful reader takes the thing it starts with, however the writer dressed up
what happened to it. Only a short name that ends in a word for a service is taken, followed by a verb; never a
person, a count, or a tool of the team's own ("our monitoring system alerted us" says who noticed).
"""

from __future__ import annotations

import re

from app.formats.markdown_read.service_sentences import summary_sentences
from app.formats.markdown_read.service_subjects import KIND, NAME_WORD, SIZE_WORDS

_OWNER = r"(?:the|our|my)[ \t]+"
_NAME = rf"(?P<name>(?:{NAME_WORD}[ \t]+){{0,3}}?{KIND})\b(?!['’]s\b)"
# What a subject does: a verb of being or having, or one in the past ("decided", "crashed", "threw", "fell").
_VERB = (
    r"(?:was|were|is|are|had|has|became|went|got|kept|fell|threw|ran|took|gave|hit|began|broke|stopped|crashed"
    r"|\w{2,20}ed)\b"
)
_LED = re.compile(rf"{_OWNER}{_NAME}(?:[ \t]+\([^()\n]{{1,40}}\))?[ \t]+{_VERB}", re.IGNORECASE)
# Where a subject may stand: the sentence's start, a clause after a comma ("During the outage, the server …",
# "…, and our app …"), or any "our"/"my" (the writer's own service).
_CLAUSE_START = re.compile(r",[ \t]+(?:and[ \t]+|but[ \t]+)?|\b(?=(?:our|my)[ \t])", re.IGNORECASE)
# Tools the team watches or builds with: their part is noticing or shipping, not being down.
_TEAM_TOOLS = frozenset(["monitoring", "alerting", "alert", "logging", "paging", "ticketing", "backup", "ci", "build"])
_NO_NAME = frozenset(["service", "services", "system", "systems", "process", "feature", "features", "layer"])


def service_leading(text: str) -> str | None:
    """The service a sentence near the start of ``text`` (an impact) is led by, or ``None``."""
    for sentence in summary_sentences(text):
        starts = [0, *(found.end() for found in _CLAUSE_START.finditer(sentence))]
        for start in starts:
            found = _LED.match(sentence, start)
            if found is not None and (name := _as_name(found.group("name"))) is not None:
                return name
    return None


def _as_name(words: str) -> str | None:
    names = words.split()
    while names and names[0].lower() in SIZE_WORDS:
        names = names[1:]
    if not names or names[0].lower() in _TEAM_TOOLS or " ".join(names).lower() in _NO_NAME:
        return None
    return " ".join(names)
