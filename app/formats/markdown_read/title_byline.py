"""The author a title credits at its end: "# Server Outage Incident report by Ama Boateng (ama@example.com)".

A student's heading sometimes signs the report in the same line as its name. A careful reader takes the name
after "report by" as the author; the title stays as written (the address in brackets has no other place).
"""

from __future__ import annotations

import re

# "… report by Ama Boateng", "… postmortem written by Kofi O. Mensah (kofi@…)": the credit closing the title.
_CREDIT = re.compile(
    r"\b(?:report|post-?mortem|write-?up|review|analysis|rca)[ \t]+(?:(?:written|prepared|compiled)[ \t]+)?by[ \t]+"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,4})[ \t]*(?:\([^()]{0,120}\))?[ \t]*$",
    re.IGNORECASE,
)
_LONGEST_TITLE = 300


def title_author(title: str) -> str | None:
    """The person a title's closing "report by …" credits; ``None`` when it credits nobody."""
    if len(title) > _LONGEST_TITLE:
        return None
    found = _CREDIT.search(title)
    if found is None:
        return None
    name = found.group("name")
    # (IGNORECASE lets "Report By" match: the name's words must still be capitalised, as a person's are.)
    return name if all(word[:1].isupper() for word in name.split()) else None
