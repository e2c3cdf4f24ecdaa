"""The service a title says went down, named by whatever words the writer used for it.

"Postmortem: MySQL Database Outage", "Web server 02 down", "The Great Emoji Outage of 2022", "Incident 7 -
Feature Flags Service Outage", "Checkout Failure", "Reddit API Connectivity Issue": a careful reader filling
the Service box writes the words before the word for what happened. Only a short name is taken; a title whose
words there say when, how big or what kind of work it was ("Global Outage", "Weekend downtime", "Web Stack
Debugging Outage", "Apache 500 Error Outage") names no service.
"""

from __future__ import annotations

import re

_LONGEST_TITLE = 200
# What leads a title before its subject: decoration, a date, "Postmortem Report:", "Incident 0x19 -", "The Great".
_LEAD = re.compile(
    r"[\W_]{0,8}(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ \t]*[-–—:,]?[ \t]*)?"
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


def subject_in_title(title: str) -> str | None:
    """The service a title's words before "Outage", "down", "Failure" … name, or ``None``."""
    text = title[:_LONGEST_TITLE].strip().strip("*_")
    lead = _LEAD.match(text)
    found = _SUBJECT.fullmatch(text, lead.end() if lead else 0)
    if found is None:
        return None
    words = found.group("name").split()
    while words and words[0].lower() in _SIZE_WORDS:
        words = words[1:]
    if any(word.lower() in _NO_SERVICE_WORDS or _STATUS_CODE.fullmatch(word) for word in words):
        return None
    name = " ".join(words)
    return None if not name or name.lower() in _NO_SERVICE_ALONE else name
