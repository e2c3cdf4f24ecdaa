"""A paragraph of proposals left beside the numbered next steps ("We will also review whether …") is an
improvement: the idea not yet made a task."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

STEPS = """\
Outage Report: card terminals offline in the north stores
=========================================================

Severity:     SEV2

SUMMARY
-------
From 10:05 until 11:40 the card terminals in the north stores could not reach the acquirer.

NEXT STEPS
----------
  1. Add a second uplink to the north stores' router - Ida Berg - by 6 Mar 2026
  2. Alert when more than five terminals go offline - Tom Hale - by 13 Mar 2026

We will also review whether terminal firmware updates should be rolled out one region at a time.
"""


def test_the_proposal_paragraph_is_an_improvement_and_the_steps_stay_tasks() -> None:
    measures = from_markdown(STEPS).measures
    assert [task.owner for task in measures.tasks] == ["Ida Berg", "Tom Hale"]
    assert [improvement for improvement in measures.improvements] == [
        "We will also review whether terminal firmware updates should be rolled out one region at a time."
    ]


OWN_HEADING = """\
# Review: search suggestions stale (4 May 2026)

## Summary

Suggestions were a day old for three hours.

## Things we would change

We should rebuild the suggestion index on every catalogue import.
We could also show the index's age on the search dashboard.

## Action items

- Rebuild on import — Lea Brandt — 2026-05-20
"""


def test_a_section_of_proposals_only_gives_improvements_whatever_its_name() -> None:
    document = from_markdown(OWN_HEADING)
    assert document.measures.improvements == [
        "We should rebuild the suggestion index on every catalogue import.",
        "We could also show the index's age on the search dashboard.",
    ]
    assert [task.owner for task in document.measures.tasks] == ["Lea Brandt"]
