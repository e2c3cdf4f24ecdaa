"""The service a summary sentence says was down, named in plain words rather than as an address or in quotes.

"The checkout website was down, …", "our main booking platform was intermittently unavailable", "The web
application experienced downtime", "The outage affected our internal chat service, …": a careful reader filling
the Service field takes the thing named there. Only a short name that ends in a word for a service (website,
application, platform, API, …) and carries at least one word of its own is taken: "the server went down" and
"the entire site was down" name no particular service, and a long clause is never a service's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A service's kind: the last word of what is taken ("booking platform", "Travel Buddy Match application").
_KIND = (
    r"(?:web[ \t]*site|site|web[ \t]*app(?:lication)?s?|app(?:lication)?s?|services?|apis?|platform|portal"
    r"|server|page|section|dashboard|system|store|shop|database|cluster|endpoints?|backend|frontend)"
)
# Words that end a name or cannot be part of one: verbs, linking words, pronouns and quantifiers ("every web
# server", "all services" say how many, not which).
_NOT_A_NAME = (
    r"(?:was|were|is|are|been|be|has|had|have|and|or|but|that|which|who|when|while|because|after|before|during"
    r"|to|from|by|with|for|in|of|on|at|as|not|no|the|our|my|their|its|his|her|this|these|those|a|an|we|they|it"
    r"|every|all|some|many|most|each|several|both|any|one|two|three|users|customers|then|also|still|where)"
)
_WORD = rf"(?!{_NOT_A_NAME}\b)[A-Za-z0-9][\w.'’&-]{{0,30}}"
# "community section in our website": a part of a service, named with the service it belongs to.
_NAME = (
    rf"(?P<name>(?:{_WORD}[ \t]+){{1,5}}?{_KIND}"
    rf"(?:[ \t]+(?:in|of|on)[ \t]+(?:our|the)[ \t]+(?:{_WORD}[ \t]+){{0,3}}?{_KIND})?)\b"
)
_OWNER = r"(?:the|our|my)[ \t]+"
_MANNER = r"(?:completely|totally|entirely|fully|partially|intermittently|temporarily|briefly|largely|mostly)[ \t]+"
_DOWN = (
    rf"(?:(?:was|were|became)[ \t]+(?:{_MANNER})?(?:down|unavailable|inaccessible|unreachable|offline|unresponsive"
    r"|not[ \t]+(?:accessible|available|reachable|responding)|no[ \t]+longer[ \t]+(?:accessible|available|reachable))"
    rf"|went[ \t]+(?:{_MANNER})?(?:down|offline)"
    r"|(?:was|were)[ \t]+(?:returning|throwing|serving|showing)[ \t]+(?:[\w-]{1,20}[ \t]+){0,5}?errors?"
    r"|experienced[ \t]+(?:(?:a|an)[ \t]+)?(?:[\w-]{1,20}[ \t]+){0,4}?(?:outages?|downtime|failures?|crash(?:es)?"
    r"|disruptions?|slowdowns?|unavailability|errors?|shutdown|interruptions?))\b"
)
# "The checkout website was down" (or at a sentence's start, "Billing API service was down"); "The outage
# affected our chat service".
_TOLD = re.compile(rf"(?:{_OWNER})?{_NAME}[ \t]+{_DOWN}", re.IGNORECASE)
_AFFECTED = re.compile(
    rf"\b(?:the|this)[ \t]+(?:outage|incident|issue|disruption|downtime|failure)[ \t]+(?:affected|impacted|took"
    rf"[ \t]+down|brought[ \t]+down)[ \t]+{_OWNER}{_NAME}(?![ \t]+(?:and|or)\b)",
    re.IGNORECASE,
)
_OWNER_AHEAD = re.compile(rf"\b{_OWNER}", re.IGNORECASE)
# "the entire website", "the same server": these words say how much or which one, not what it is.
_NO_NAME_OF_ITS_OWN = frozenset(
    ["entire", "whole", "same", "other", "affected", "said", "new", "old", "only", "first", "second", "backup"]
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+|\n")
_MARKS = re.compile(r"[*_`]+")
_LIST_MARK = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?")
_LOOKED_AT = 1500  # the summary's first sentences
_LONGEST_SENTENCE = 400


def summary_sentences(text: str) -> Iterator[str]:
    """The sentences near the start of ``text`` (an impact, a summary), without marks or a list's bullet, each cut
    to a length a service's sentence has: where the service readers look."""
    for sentence in _SENTENCE_END.split(_MARKS.sub("", text[:_LOOKED_AT])):
        yield sentence[_LIST_MARK.match(sentence).end() :][:_LONGEST_SENTENCE]


def service_in_sentences(text: str, *, named_only: bool = False) -> str | None:
    """The service a sentence near the start of ``text`` (an impact, a summary) says was down, or ``None``; with
    ``named_only``, only a name with a word of its own ("Caddy web server", not "web server")."""
    for sentence in summary_sentences(text):
        name = _told_in(sentence)
        if name is not None and not (named_only and plain_name(name)):
            return name
    return None


def named_in_sentences(text: str) -> str | None:
    """``service_in_sentences``, a name with a word of its own only."""
    return service_in_sentences(text, named_only=True)


# Plain nouns for a service, and words saying only how important it is ("main page"): a name of only these says
# what kind of thing, not which one.
_PLAIN_WORDS = frozenset(
    [
        *("main", "primary", "core", "entire", "whole"),
        *("web", "website", "websites", "site", "sites", "webpage", "page", "pages", "server", "servers", "service"),
        *("services", "app", "application", "database", "api", "and", "&", "home", "homepage", "platform", "network"),
    ]
)


def plain_name(name: str) -> bool:
    """Whether ``name`` is only plain nouns for a service ("web server"), naming a kind of thing, not which one."""
    return all(word.lower().replace("-", "") in _PLAIN_WORDS for word in name.split())


def _told_in(sentence: str) -> str | None:
    """The service one sentence names: at its start, or after "the"/"our"/"my" anywhere in it."""
    starts = [0, *(found.start() for found in _OWNER_AHEAD.finditer(sentence))]
    for start in starts:
        found = _TOLD.match(sentence, start)
        if found is not None and (name := _as_name(found.group("name"))) is not None:
            return name
    found = _AFFECTED.search(sentence)
    return _as_name(found.group("name")) if found is not None else None


def _as_name(words: str) -> str | None:
    """``words`` as the service's name, or ``None`` when its first word says nothing of which service it is."""
    first = words.split()[0].lower()
    return None if first in _NO_NAME_OF_ITS_OWN else " ".join(words.split())
