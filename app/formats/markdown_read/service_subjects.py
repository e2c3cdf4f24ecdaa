"""The service a summary's sentence makes its subject, even when its name is a plain noun ("website", "server").

Students and small teams rarely name a product: "our website was slow", "users could not access the website",
"requests to my photo gallery returned a 404 error", "Complete unresponsiveness of the server", "caused the
blog to become unavailable", "The billing outage affected …", "an outage occurred on our booking service",
"access issues with Drupal websites", "a container running a Caddy web server". A careful reader filling the
Service box writes the thing said to be down there, generic noun or not. Only a short name is ever taken: a few
words ending in a word for a service, or a name written as one (capitalised, an address, quoted); never a clause,
a person, or a word that says how many ("every server") or how much ("the entire site" is "site").
"""

from __future__ import annotations

import re

from app.formats.markdown_read.service_sentences import plain_name as _plain
from app.formats.markdown_read.service_sentences import summary_sentences

# What the name ends in: the kind of thing a service is ("photo upload page", "web server", "checkout process").
_KIND = (
    r"(?:web[ \t-]?sites?|sites?|web[ \t-]?pages?|home[ \t-]?pages?|pages?|web[ \t-]?apps?|apps?|applications?"
    r"|services?|apis?|platforms?|portals?|servers?|databases?|dashboards?|systems?|environments?|network"
    r"|functionality|features?|process|software|stores?|shops?|clusters?|endpoints?|back-?end|front-?end|layer"
    r"|instances?|blog|checkout|stack|gateway)"
)
# Words that cannot be part of a name: verbs, linking words, pronouns, quantifiers, and "everything"-like words.
_NOT_A_NAME = (
    r"(?:was|were|is|are|been|be|has|had|have|and|or|but|that|which|who|when|while|because|after|before|during"
    r"|to|from|by|with|for|in|of|on|at|as|not|no|the|our|my|their|its|his|her|this|these|those|a|an|we|they|it"
    r"|i|you|he|she|every|all|some|many|most|each|several|both|any|one|two|three|users?|customers?|clients?"
    r"|then|also|still|where|everything|everyone|nothing|nobody|something|someone|people|traffic|requests?"
    r"|there|here|issue|incident|problem|error|errors|outage|downtime|data|access)"
)
_WORD = rf"(?!{_NOT_A_NAME}\b)[A-Za-z0-9\"“][\w.'’&/\"”-]{{0,40}}"
_OWNER = r"(?:the|our|my|their|your)[ \t]+"
# "The website", "our main web server", "the application’s API layer", "website and API services": up to three
# words before the kind (a kind written "application’s" belongs to the name that follows it).
_BEFORE = rf"(?:{_WORD}[ \t]+){{0,3}}?(?:(?:{_WORD}|{_KIND})[ \t]+(?:and|&)[ \t]+(?:{_WORD}[ \t]+){{0,2}}?)?"
_NAMED = rf"(?P<name>{_BEFORE}{_KIND}(?:[ \t]+{_KIND}){{0,2}})\b(?!['’]s\b)"
# A name written as one: capitalised ("Apache", "BSEE SaaS"), an address ("shop.example.com"), or quoted.
_CAPITAL = rf"(?!{_NOT_A_NAME}\b)(?-i:[A-Z][\w.&’'-]{{1,30}})"
# A web address ("www.ExampleShop.com"): its last part lower case, nothing of a word or a host after it.
_ADDRESS = r"(?:[A-Za-z0-9][A-Za-z0-9-]{0,40}(?:\.[A-Za-z0-9-]{1,40}){0,3}\.(?-i:[a-z]{2,6}))(?![\w-]|\.\w)"
_PROPER = (
    rf"(?P<proper>{_CAPITAL}(?:[ \t]+{_CAPITAL}){{0,2}}"
    rf"|{_ADDRESS}|[\"“][^\"”\n]{{2,40}}[\"”])"
)
# A name no person has: an address or a quoted name.
_WRITTEN = (
    rf"(?P<written>{_ADDRESS}|[\"“][^\"”\n]{{2,40}}[\"”]"
    rf"(?:[ \t]+{_KIND})?)"
)
# Any short name, where the sentence's form says it is what was reached ("requests to my photo gallery …").
_ANY = rf"(?P<any>{_WORD}(?:[ \t]+{_WORD}){{0,2}}?)"
_MANNER = (
    r"(?:completely|totally|entirely|fully|partially|intermittently|temporarily|briefly|largely|mostly|very"
    r"|extremely|really|suddenly)[ \t]+"
)
# "(Apache)" after a name says what it runs on: read past it.
_ASIDE = r"(?:[ \t]+\([^()\n]{1,40}\))?"
_OUT = (
    r"(?:down|unavailable|inaccessible|unreachable|offline|unresponsive|unusable|slow|not[ \t]+(?:working|responding"
    r"|accessible|available|reachable|loading|operational)|non-?operational"
    r"|unable[ \t]+to[ \t]+(?:serve|respond|load|handle))"
)
# "was down", "went offline", "stopped working", "is returning a 500 error", "crashed".
_DOWN = (
    rf"(?:(?:was|were|is|are|became|went|had[ \t]+gone)[ \t]+(?:{_MANNER})?{_OUT}"
    r"|(?:stopped|stops|ceased)[ \t]+(?:working|responding)|(?:does|did)(?:n['’]t|[ \t]+not)[ \t]+(?:work|respond|load)"
    r"|crashed|(?:(?:is|was|were|are)[ \t]+(?:returning|throwing|serving)|returns|returned)[ \t]+(?:an?[ \t]+)?"
    r"(?:http[ \t/]*[\d.]*[ \t]+)?(?:[45]\d\d|errors?|internal|bad|service[ \t]+unavailable)\b)"
)
# "the booking portal used by the front desk to check guests in doesn't work": who uses it is read past.
_USED_BY = r"(?:[ \t]+(?:used|run|hosted|operated|maintained)[ \t]+by[ \t]+[^,.;:\n]{1,60}?)?"
_DOWN_AFTER = re.compile(rf"(?:{_OWNER})?{_NAMED}{_ASIDE}{_USED_BY}[ \t]+{_DOWN}", re.IGNORECASE)
# A capitalised name may be a person's ("Dana was unavailable"): only what a program does is read after one.
_PROGRAM_DOWN = re.compile(
    rf"(?:{_OWNER})?{_PROPER}{_ASIDE}[ \t]+(?:(?:went|was|were|is)[ \t]+(?:{_MANNER})?(?:down|offline)|crashed"
    r"|(?:stopped|stops)[ \t]+working|(?:(?:is|was|were)[ \t]+(?:returning|throwing)|returns|returned)[ \t]+"
    r"(?:an?[ \t]+)?(?:http[ \t/]*[\d.]*[ \t]+)?(?:[45]\d\d|errors?|internal|bad)\b)",
    re.IGNORECASE,
)
# "users could not access the website", "users trying to access the web server", "inability to connect to the
# Sandbox environment", "difficulties loading pages on our website": people are who could not (_people_before).
_REACHED = re.compile(
    r"\b(?:unable|not[ \t]+able|could(?:n['’]t|[ \t]+not|[ \t]+no[ \t]+longer)|can(?:no|['’])t|failed|inability"
    r"|difficult(?:y|ies)|trying|attempting|tried|failures?|errors?)[ \t]+(?:to[ \t]+|in[ \t]+)?"
    r"(?:access(?:ing)?|reach(?:ing)?|load(?:ing)?|open(?:ing)?|us(?:e|ing)|connect(?:ing)?[ \t]+to"
    r"|log(?:ging)?[ \t]+(?:in|on)(?:to)?)[ \t]+(?:(?:pages|content)[ \t]+(?:on|of|from)[ \t]+)?"
    rf"(?:{_OWNER}|an?[ \t]+)?(?:{_NAMED}|{_WRITTEN})",
    re.IGNORECASE,
)
# "requests to my photo gallery returned a 404 error", "requests to access our billing software were down".
_REQUESTS = re.compile(
    rf"\brequests[ \t]+to[ \t]+(?:access[ \t]+)?(?:{_OWNER})?(?:{_NAMED}|{_PROPER}|{_ANY})[ \t]+"
    r"(?:returned|return|result(?:ed)?[ \t]+in|resulting[ \t]+in|were[ \t]+(?:down|failing)|failed|timed[ \t]+out)\b",
    re.IGNORECASE,
)
# "caused the blog to become unavailable", "caused Quill to be unusable".
_CAUSED = re.compile(
    rf"\bcaus(?:ed|ing)[ \t]+(?:{_OWNER})?(?:{_PROPER}|{_ANY})[ \t]+to[ \t]+(?:be|become|go)[ \t]+(?:{_MANNER})?{_OUT}",
    re.IGNORECASE,
)
# "unresponsiveness of the server", "the inaccessibility of our websites", "the website's downtime".
_STATE_OF = re.compile(
    r"\b(?:unavailability|inaccessibility|unresponsiveness|outage|downtime|failure|slowness|disruption|crash)"
    rf"[ \t]+of[ \t]+{_OWNER}{_NAMED}",
    re.IGNORECASE,
)
_ITS_STATE = re.compile(
    rf"(?:^|\b{_OWNER})(?P<name>{_BEFORE}{_KIND})['’]s[ \t]+(?:downtime|outage|failure|unavailability|crash)\b",
    re.IGNORECASE,
)
# "Web service downtime affecting 30% of users", "The Apache outage affected …": a sentence led by it.
_LED_BY = re.compile(
    rf"(?:{_OWNER})?(?:{_NAMED}|{_PROPER})[ \t]+(?:outage|downtime|failure|crash|meltdown|disruption)[ \t]+"
    r"(?:affect(?:ed|ing|s)|impact(?:ed|ing|s)|result(?:ed|ing)|led|lead(?:ing|s)|caus(?:ed|ing|es)|occurred"
    r"|started|began|lasted|hit)\b",
    re.IGNORECASE,
)
# "The primary service affected was the application's API layer".
_AFFECTED_WAS = re.compile(
    rf"\b(?:service|system|component)s?[ \t]+(?:affected|impacted)[ \t]+(?:was|were|is|are)[ \t]+{_OWNER}?{_NAMED}",
    re.IGNORECASE,
)
# "The outage affected the core functionality of our web application".
_AFFECTED = re.compile(
    r"\b(?:affected|impacted|took[ \t]+down|brought[ \t]+down)[ \t]+(?:the[ \t]+(?:core[ \t]+|main[ \t]+)?"
    rf"(?:functionality|availability|performance|operation)[ \t]+of[ \t]+)?(?:{_OWNER}{_NAMED}|{_WRITTEN})",
    re.IGNORECASE,
)
# "involving internet connectivity issues": what was lost is the service.
_CONNECTIVITY = re.compile(
    rf"\b(?P<name>{_WORD}[ \t]+connectivity)[ \t]+(?:issues?|problems?|failures?|loss|outages?)\b", re.IGNORECASE
)
# "caused the Keycloak login flow to break": a name led by a capital, or ending in a service's kind ("the build
# to fail" names a step of the work, not a service).
_CAUSED_TO_FAIL = re.compile(
    rf"\bcaus(?:ed|ing)[ \t]+(?:{_OWNER})?(?:{_NAMED}|(?P<proper>{_CAPITAL}(?:[ \t]+{_WORD}){{0,2}}?))[ \t]+to[ \t]+"
    r"(?:break|fail|crash|malfunction|stop[ \t]+working)\b",
    re.IGNORECASE,
)
# A name of a few words ending in its kind, with no "and" in it: what the forms below take.
_SHORT_NAMED = rf"(?P<name>(?:{_WORD}[ \t]+){{0,3}}?{_KIND})\b(?!['’]s\b)"
# "A two-hour outage occurred on our booking service", "the outage in my travel website", "The main impact was on
# the payment gateway".
_HAPPENED_ON = re.compile(
    r"\b(?:outage|downtime|disruption|incident|impact)[ \t]+(?:(?:occurred|happened|took[ \t]+place|was)[ \t]+)?"
    rf"(?:on|in|to|with)[ \t]+{_OWNER}{_SHORT_NAMED}",
    re.IGNORECASE,
)
# "On our Ghost blog there was an internal error": where the trouble was.
_THERE_WAS = re.compile(
    rf"\b(?:on|in|with)[ \t]+{_OWNER}{_SHORT_NAMED},?[ \t]+there[ \t]+(?:was|were|is|has[ \t]+been)[ \t]+"
    r"(?:[\w-]{1,20}[ \t]+){0,4}?(?:errors?|outages?|downtime|failures?|crash(?:es)?)\b",
    re.IGNORECASE,
)
# "impacted our recipe app’s availability": the name before what of it suffered.
_ITS_QUALITY = re.compile(
    rf"\b(?:affected|impacted|disrupted|degraded)[ \t]+{_OWNER}(?P<name>{_BEFORE}{_KIND})['’]s[ \t]+"
    r"(?:availability|performance|functionality|uptime|operation|stability|reliability)\b",
    re.IGNORECASE,
)
# "Visitors had access issues with Drupal websites" (only access: "issues with the database" is often a cause).
_ACCESS_ISSUES = re.compile(
    r"\b(?:access|login|loading)[ \t]+(?:issues|problems|errors|trouble|difficulties)[ \t]+(?:with|on|to)[ \t]+"
    rf"(?:{_OWNER})?{_SHORT_NAMED}",
    re.IGNORECASE,
)
# "a container running an Nginx web server": what the machine served, taken only with a name of its own (the
# plain "running the web server" is a step of the work).
_HOSTING = re.compile(
    rf"\b(?:running|hosting|serving|runs|hosts)[ \t]+(?:an?|the|our|my)[ \t]+(?P<name>(?:{_WORD}[ \t]+){{1,3}}?"
    r"(?:web[ \t]+server|server|web[ \t]*site|web[ \t]+app(?:lication)?|application|blog))\b(?!['’]s\b)",
    re.IGNORECASE,
)
# "our drawing tool, Inkwell app, was not operational": the name set beside what it is.
_BESIDE = re.compile(
    rf"{_OWNER}(?:{_WORD}[ \t]+){{0,3}}(?:tool|{_KIND}),[ \t]+(?P<proper>{_CAPITAL}(?:[ \t]+{_CAPITAL}){{0,2}})"
    rf"(?:[ \t]+{_KIND})?,[ \t]+{_DOWN}",
    re.IGNORECASE,
)
_AT_START_ONLY = (_DOWN_AFTER, _PROGRAM_DOWN, _LED_BY, _BESIDE)
_ANYWHERE = (
    *(_REACHED, _REQUESTS, _CAUSED, _STATE_OF, _ITS_STATE, _AFFECTED_WAS, _AFFECTED, _CONNECTIVITY),
    *(_CAUSED_TO_FAIL, _HAPPENED_ON, _THERE_WAS, _ITS_QUALITY, _ACCESS_ISSUES, _HOSTING),
)
_NAMED_ONLY = (_HOSTING,)
_OWNER_AHEAD = re.compile(rf"\b{_OWNER}", re.IGNORECASE)
# Words before a name that say how much or how big, not which: "the entire site" is the site.
_SIZE_WORDS = frozenset(
    [
        "entire",
        "whole",
        "same",
        "affected",
        "said",
        "only",
        "overall",
        "major",
        "minor",
        "recent",
        "partial",
        "total",
        "complete",
        "global",
        "unexpected",
        "unplanned",
        "brief",
        "full",
        "beloved",
        "trusty",
    ]
)
# What is no service on its own: "the service was down" says nothing of which.
# (nor the link itself: "an unexpected connectivity loss" names what was lost, not whose)
_NO_NAME = frozenset(
    [
        "service",
        "services",
        "system",
        "systems",
        "process",
        "feature",
        "features",
        "layer",
        "connectivity",
        "connection",
    ]
)


def named_subject_in(text: str) -> str | None:
    """``service_subject_in``, only a name with a word of its own ("Apache", "recipe board"): a reader who
    meets "the server went down" in the impact and "Apache is returning 500" in the opening writes Apache."""
    return service_subject_in(text, named_only=True)


def service_subject_in(text: str, *, named_only: bool = False) -> str | None:
    """The service a sentence near the start of ``text`` (an impact, a summary) says was down or not reached,
    plain noun or not; ``None`` when no sentence does."""
    for sentence in summary_sentences(text):
        name = _subject_of(sentence)
        if name is not None and not (named_only and _plain(name)):
            return name
    return None


def _subject_of(sentence: str) -> str | None:
    """The service one sentence names: led by it, or after "the"/"our"/"my" anywhere, or in a form that says
    it was what could not be reached."""
    starts = [0, *(found.start() for found in _OWNER_AHEAD.finditer(sentence))]
    for pattern in _AT_START_ONLY:
        for start in starts:
            found = pattern.match(sentence, start)
            if found is not None and (name := _as_name(found)) is not None:
                return name
    for pattern in _ANYWHERE:
        for found in pattern.finditer(sentence):
            if pattern is _REACHED and not _people_before(sentence, found.start()):
                continue  # "the app could not reach the database": a part failing another, the cause
            if (name := _as_name(found)) is not None and not (pattern in _NAMED_ONLY and _plain(name)):
                return name
    return None


# Who could not reach a service: its users ("visitors could not open the webpage"), or no one named ("Inability
# to connect to …" leading the sentence).
_PEOPLE = re.compile(
    r"\b(?:users?|visitors?|customers?|clients?|people|members?|students?|everyone|anyone|nobody|no[ \t]+one|we|i"
    r"|they|staff|employees|shoppers|players|buyers|readers|subscribers)\b",
    re.IGNORECASE,
)


def _people_before(sentence: str, start: int) -> bool:
    before = sentence[max(0, start - 80) : start]
    return not before.strip() or _PEOPLE.search(before) is not None


def _as_name(found: re.Match[str]) -> str | None:
    """The name a match took, its size words and quotes dropped; ``None`` when nothing of a name is left."""
    words = next(found.group(group) for group in ("name", "proper", "written", "any") if _has(found, group)).split()
    while words and words[0].lower() in _SIZE_WORDS:
        words = words[1:]
    name = " ".join(words).replace('"', "").replace("“", "").replace("”", "").strip()
    return name if name and name.lower() not in _NO_NAME else None


def _has(found: re.Match[str], group: str) -> bool:
    return group in found.re.groupindex and bool(found.group(group))


# What the reader of an impact's subject (service_led) shares: a service's kind, a word of a name, size words.
KIND = _KIND
NAME_WORD = _WORD
SIZE_WORDS = _SIZE_WORDS
