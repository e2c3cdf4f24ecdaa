"""The service a provider's event summary names in its title.

Cloud providers head their public accounts "Summary of the Nimbus Object Storage Service Event in the Oregon
Region", "Summary of the Amazon S3 Service Disruption in the Northern Virginia (US-EAST-1) Region". A careful
reader takes the capitalised name before "Service Event" (or "Service Disruption", "Service Outage") as the service
affected, when no label names it. A blog post's "docs.rs outage postmortem" names it before "outage".
"""

from __future__ import annotations

import re

# "Summary of the Amazon S3 Service Disruption …": a name of one to six capitalised words (or ones with a digit:
# "S3", "EC2") after "Summary of the", before "Service" and the kind of event.
_NAMED = re.compile(
    r"[ \t]*(?:post-event[ \t]+)?summary[ \t]+of[ \t]+the[ \t]+"
    r"(?P<service>[A-Z0-9][\w.&/-]{0,30}(?:[ \t]+[A-Z0-9][\w.&/-]{0,30}){0,5}?)"
    r"[ \t]+service[ \t]+(?:event|disruption|outage|interruption|degradation|issue|incident)s?\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"[A-Z0-9]")
_LONGEST_TITLE = 300


# A blog post's title that is the name and "outage" alone: "docs.rs outage postmortem", "2022-05-23 - wire.com
# website outage", "ADFS Outage". The name is a host's ("docs.rs", "wire.com") or an acronym ("ADFS", "LEAP hub"):
# "Global Outage", "Database outage" name no service of their own.
_NAME_OUTAGE = re.compile(
    r"[ \t]*(?:[\d/-]{8,12}[ \t]+[-–—:][ \t]+)?(?P<service>\S{2,40}(?:[ \t]+[a-z]{2,20})?)[ \t]+(?:outage|downtime)"
    r"(?:[ \t]+(?:post-?mortem|retrospective|report|incident[ \t]+report))?[ \t]*",
    re.IGNORECASE,
)
_HOST_OR_ACRONYM = re.compile(r"[a-z0-9-]{2,30}(?:\.[a-z]{2,12})+|[A-Z][A-Z0-9]{1,9}")


def service_in_title(title: str) -> str | None:
    """The service a "Summary of the … Service Event" or a "docs.rs outage postmortem" title names, or ``None``."""
    if (outage := _NAME_OUTAGE.fullmatch(title[:_LONGEST_TITLE])) is not None:
        name = outage.group("service")
        return name if _HOST_OR_ACRONYM.fullmatch(name.split()[0]) else None
    found = _NAMED.match(title[:_LONGEST_TITLE])
    if found is None:
        return None
    words = found.group("service").split()
    # (IGNORECASE lets "the" through the pattern: every word of a name is written capitalised.)
    return " ".join(words) if all(_CAPITALISED.match(word) for word in words) else None
