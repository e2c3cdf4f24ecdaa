"""A ticket's "Impact / Urgency: 2 - Medium / 1 - High" field rates the incident; the impact is what it did.

Service-desk exports carry ITIL's impact and urgency levels as fields. A reader does not copy "2 - Medium" as
the incident's impact: the report's own "Business impact" section tells it.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

TICKET = """# INC0071234 — P2 — Badge readers rejecting staff cards

| Field | Value |
|---|---|
| Number | INC0071234 |
| Priority | 2 - High |
| Impact / Urgency | 2 - Medium / 1 - High |
| State | Resolved |

## Business impact

About 400 staff queued at the north entrance for up to 25 minutes; security let them in by hand.

## Work notes

- 2026-02-10 07:40 Badge readers at the north entrance reject all cards.
- 2026-02-10 08:05 Controller restarted, cards accepted again.
"""


def test_an_impact_rating_is_not_the_impact() -> None:
    document = from_markdown(TICKET)
    assert "About 400 staff queued at the north entrance" in document.summary.impact
    assert "Medium" not in document.summary.impact
