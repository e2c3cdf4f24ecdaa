"""One sentence that tells the cause and counts who it hit: "a critical bug was discovered on our web service that
caused an unexpected service outage for approximately 2,000 users."

A summary's cause is copied from the sentence naming it, and its impact from the other sentences telling harm. When
the cause's sentence also counts the people or the share of traffic hit, a careful reader filling in the impact
copies it there too: that count is the impact the summary exists to tell.
"""

from __future__ import annotations

import re

_WHO = (
    r"(?:users?|customers?|clients?|visitors?|shoppers?|accounts?|subscribers?|members?|people|players?|tenants?"
    r"|merchants?|requests?|orders?|transactions?|traffic)"
)
_COUNTED = re.compile(
    rf"\b\d[\d,.]{{0,12}}[ \t]?(?:%|percent\b)|\b\d[\d,.]{{0,12}}[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{_WHO}\b",
    re.IGNORECASE,
)


def counts_who_was_hit(sentence: str) -> bool:
    """Whether ``sentence`` counts the people (or the share of traffic) the incident hit."""
    return _COUNTED.search(sentence[:2000]) is not None
