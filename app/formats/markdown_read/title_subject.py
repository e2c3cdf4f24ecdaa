"""The service a title says went down, named by whatever words the writer used for it.

"Postmortem: MySQL Database Outage", "Web server 02 down", "The Great Emoji Outage of 2022", "Incident 7 -
Feature Flags Service Outage", "Checkout Failure", "Reddit API Connectivity Issue": a careful reader filling
the Service box writes the words before the word for what happened, or after it when they name a service's
kind or an address ("Outage of shop.example.org caused by …", "Memory overload on ABC cluster"), or after a word
for its state ("Broken Lighttpd Web Server Incident Report"). Only a short name is taken; a title whose
words there say when, how big or what kind of work it was ("Global Outage", "Weekend downtime", "Web Stack
Debugging Outage", "Apache 500 Error Outage") names no service.
"""

from __future__ import annotations

import re

_LONGEST_TITLE = 200
# What leads a title before its subject: a tag in brackets ("[Postmortem]") or decoration, a date, "Postmortem
# Report:", "Incident 0x19 -", "The Great".
_LEAD = re.compile(
    r"(?:\[[^\]\n]{1,30}\][ \t]*|[\W_]{0,8})(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ \t]*[-–—:,]?[ \t]*)?"
    r"(?:(?:[A-Za-z]{1,12}[ \t]+){0,2}(?:post[- ]?mortem|report|incident|retrospective|rca)(?:[ \t]+report)?"
    r"(?:[ \t]+[#\w-]{1,10})?[ \t]*[:–—-][ \t]*){0,2}"
    # "Incident Report: 2025-12-25 Network Outage": the date after the report's name, too
    r"(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ \t]*[-–—:,]?[ \t]*)?"
    r"(?:the[ \t]+(?:great|big|infamous|mysterious|dreaded)[ \t]+|the[ \t]+)?",
    re.IGNORECASE,
)
# The subject, then the word for what happened, then what may follow it (when, where, why, "postmortem").
_SUBJECT = re.compile(
    r"(?P<name>[\w][\w.&/'’-]{0,30}(?:[ \t]+[\w][\w.&/'’-]{0,30}){0,3}?)[ \t]+"
    r"(?:outages?|downtime|down|failures?|crash(?:ed)?|disaster|meltdown|disruptions?|unavailable|unavailability"
    r"|(?:connectivity|connection)[ \t]+(?:issues?|problems?|loss))"
    r"(?P<tail>(?:[ \t]+(?:of|on|in|at|for|due|during|since|after|caused|because|following|from)\b[^:\n]{0,80}"
    r"|[ \t]+[\d/.-]{4,10})?"
    r"(?:[ \t]*[:(–—-].{0,80})?"
    r"(?:[ \t]+(?:post[- ]?mortem|report|incident)s?)?)[\W_]{0,8}",
    re.IGNORECASE,
)
# Words before a name that say how big or how sudden: "Unexpected Web Stack Outage" is the web stack's.
_SIZE_WORDS = frozenset(
    [
        *("major", "minor", "partial", "total", "complete", "full", "unexpected", "unplanned", "sudden", "big"),
        *("brief", "extended", "recent", "massive", "huge", "critical", "widespread", "intermittent"),
    ]
)
# Words that say when, where, or what kind of thing happened, not which service.
_NO_SERVICE_WORDS = frozenset(
    [
        *("global", "planned", "scheduled", "weekend", "night", "morning", "holiday", "regional", "company-wide"),
        *("debugging", "postmortem", "post-mortem", "incident", "report", "error", "errors", "http", "bad", "our"),
        *("my", "the", "a", "an", "and", "of", "to", "in", "on", "is", "was", "went", "goes", "not", "why", "how"),
        *("when", "what", "when", "we", "i", "it", "this", "that", "hack", "security", "power", "internal"),
    ]
)
_NO_SERVICE_ALONE = frozenset(["service", "services", "system", "systems", "site-wide", "widespread", "general"])
_STATUS_CODE = re.compile(r"[45]\d\d")


# A service's kind or a web address: what a name after the word for what happened must be ("Outage of
# shop.example.org caused by …", "Memory overload on ABC cluster"), as "Outage on Black Friday" names a day.
_KIND_OR_ADDRESS = (
    r"(?:[\w.&'’-]{1,30}[ \t]+){0,3}?(?:cluster|server|servers|site|website|api|service|database|app|application"
    r"|platform|portal|gateway|network)"
    r"|(?-i:[A-Za-z0-9][A-Za-z0-9-]{0,40}(?:\.[A-Za-z0-9-]{1,40}){0,3}\.[a-z]{2,6})"
)
_OF_SUBJECT = re.compile(
    r"(?:[\w-]{1,20}[ \t]+)?(?:outages?|downtime|failures?|crash|overload|disruption|degradation)[ \t]+"
    rf"(?:of|on|at|for)[ \t]+(?:the[ \t]+)?(?P<name>{_KIND_OR_ADDRESS})"
    r"(?:[ \t]+(?:caused|due|because|after|following|during)\b[^:\n]{0,80})?[\W_]{0,8}",
    re.IGNORECASE,
)
# "Acme Academy's Broken Lighttpd Web Server Incident Report": the state before the name.
_BROKEN = re.compile(
    r"\b(?:broken|failing|failed|crashed|unresponsive|unreachable)[ \t]+"
    r"(?P<name>(?:[\w.&-]{1,30}[ \t]+){0,3}?(?:server|site|website|api|service|database|app|application))\b",
    re.IGNORECASE,
)


def subject_in_title(title: str) -> str | None:
    """The service a title's words before "Outage", "down", "Failure" … name, or ``None``."""
    text = title[:_LONGEST_TITLE].strip().strip("*_")
    lead = _LEAD.match(text)
    found = _SUBJECT.fullmatch(text, lead.end() if lead else 0)
    if found is None:
        return _named_after(text, lead.end() if lead else 0)
    words = found.group("name").split()
    while words and words[0].lower() in _SIZE_WORDS:
        words = words[1:]
    if any(word.lower() in _NO_SERVICE_WORDS or _STATUS_CODE.fullmatch(word) for word in words):
        return None
    name = " ".join(words)
    return None if not name or name.lower() in _NO_SERVICE_ALONE else name


def _named_after(text: str, start: int) -> str | None:
    """The service a title names after the word for what happened ("Outage of wire.example"), or after a word
    for its state ("Broken Lighttpd Web Server"), or ``None``."""
    found = _OF_SUBJECT.fullmatch(text, start) or _BROKEN.search(text)
    if found is None:
        return None
    name = found.group("name")
    return None if name.split()[0].lower() in _NO_SERVICE_WORDS or name.lower() in _NO_SERVICE_ALONE else name
