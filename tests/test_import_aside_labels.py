"""A plain-text report's "Notes:" or "Comms:" label after its "Action items:" list starts an aside.

A careful reader counts only the bullets under "Action items:" as action items: the remarks under "Notes:"
and the messages under "Comms:" are kept as sections of their own.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

PLAIN = """\
# Incident 88 — Search index stale

Search showed week-old results for an hour.

Action items:
- Alert when the indexer lags more than ten minutes — owner: Priya Nair
- Add a freshness check to the deploy pipeline — owner: Tom Becker

Notes:
- The indexer had been paused by hand during last month's migration.
- Nobody noticed because dashboards only show the query rate.

Comms:
- status page updated at the start and at the end
"""


def test_bullets_under_notes_and_comms_are_not_action_items() -> None:
    document = from_markdown(PLAIN)
    assert [task.owner for task in document.measures.tasks] == ["Priya Nair", "Tom Becker"]
    kept = {section.heading: section.body for section in document.extra_sections}
    assert "paused by hand" in kept["Notes"]
    assert "status page updated" in kept["Comms"]
