"""Names of a report's asides ("Notes:", "Comms:", "Links:") written as plain-text labels over a list.

In a plain-text report whose sections are named by a line ending in a colon ("Timeline (UTC):",
"Action items:"), a line of the same form naming an aside ends the section above: a careful reader does
not take the bullets under "Notes:" or "Comms:" as more action items (or more timeline entries). These
names are no known section's, so they are kept as the additional sections they are.
"""

from __future__ import annotations

from app.formats.markdown_read.names import plain_name

_ASIDES = frozenset(
    (
        "notes",
        "other notes",
        "additional notes",
        "misc",
        "miscellaneous",
        "comms",
        "communications",
        "communication",
        "customer communication",
        "customer communications",
        "external communication",
        "external communications",
        "internal communication",
        "internal communications",
        "links",
        "references",
        "related links",
        "attachments",
    )
)


def names_an_aside(name: str) -> bool:
    """Whether ``name`` ("Notes", "Comms") names an aside of the report rather than a part of a section."""
    return len(name) <= 40 and plain_name(name).rstrip(":").strip() in _ASIDES
