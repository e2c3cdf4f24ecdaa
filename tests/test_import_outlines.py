"""Post-mortems written in an outliner: every line a bullet, the sections the top bullets."""

from __future__ import annotations

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import PostMortem


def _read(text: str) -> PostMortem:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document
    return document


# Logseq: page properties on top, each section a block named like a property ("Impact::"), tasks led by markers.
PROPERTY_BLOCKS = """\
title:: Ledger sync double-posted refunds
status:: in review
severity:: SEV2
authors:: [[Mara Quist]], [[Tobias Lind]]
service:: ledger-sync

- Summary::
\t- On 2025-11-03 the ledger sync posted some refunds twice.
- Impact::
\t- 412 refunds were posted twice
\t\t- finance reversed them by hand the next morning
- Root cause::
\t- A retry after a timeout re-sent a batch that had already been committed
- Timeline::
\t- 2025-11-03
\t\t- 14:05 — batch 88 times out and is retried
\t\t- 14:40 — finance reports duplicate refunds
\t\t\t- type:: detection
\t\t- 15:10 — sync paused, duplicates listed
- Resolution::
\t- Paused the sync and reversed the duplicates by hand
- Action items::
\t- TODO Make batch posting idempotent
\t\t- owner:: [[Tobias Lind]]
\t\t- due:: [[2025-11-21]]
\t- DOING Alert on duplicate ledger keys
\t\t- owner:: [[Mara Quist]]
\t- DONE Write the reversal runbook
\t\towner:: [[Mara Quist]]
"""


def test_an_outline_whose_sections_are_blocks_named_like_properties_reads_as_its_sections() -> None:
    document = _read(PROPERTY_BLOCKS)
    assert document.metadata.title == "Ledger sync double-posted refunds"
    assert document.metadata.status.value == "in review"
    assert document.metadata.authors == ["Mara Quist", "Tobias Lind"]
    assert "412 refunds were posted twice" in document.summary.impact
    assert "re-sent a batch" in document.root_cause.cause
    assert "reversed the duplicates by hand" in document.root_cause.resolution
    assert [(event.time.isoformat(), event.kind.value) for event in document.timeline][:2] == [
        ("2025-11-03T14:05:00+00:00", "note"),
        ("2025-11-03T14:40:00+00:00", "detection"),
    ]
    assert [(task.text, task.owner, task.status.value) for task in document.measures.tasks] == [
        ("Make batch posting idempotent", "Tobias Lind", "open"),
        ("Alert on duplicate ledger keys", "Mara Quist", "in progress"),
        ("Write the reversal runbook", "Mara Quist", "done"),
    ]
    assert document.measures.tasks[0].due.isoformat() == "2025-11-21"


# Workflowy and Dynalist: the whole page under one bullet, its title; the sections named in bold.
ONE_ROOT = """\
- Outage: image uploads failing
  - **Impact**
    - About 7,300 uploads failed over 50 minutes
  - **Timeline**
    - 2025-06-12 09:10 UTC upload errors start after the bucket policy change
    - 2025-06-12 10:00 UTC policy reverted, uploads succeed again
  - **Follow-ups**
    - [ ] Review bucket policy changes in CI (owner: Farid Haddad)
"""


def test_an_outline_hung_under_one_bullet_has_that_bullet_as_its_title() -> None:
    document = _read(ONE_ROOT)
    assert document.metadata.title == "Outage: image uploads failing"
    assert "7,300 uploads failed" in document.summary.impact
    assert [event.time.isoformat() for event in document.timeline] == [
        "2025-06-12T09:10:00+00:00",
        "2025-06-12T10:00:00+00:00",
    ]
    assert [(task.text, task.owner) for task in document.measures.tasks] == [
        ("Review bucket policy changes in CI", "Farid Haddad")
    ]


def test_steps_each_led_by_an_arrow_in_bullets_are_a_flowchart() -> None:
    document = _read(
        PROPERTY_BLOCKS + "- Humor::\n\t- how we chased it\n\t\t- -> Refunds look odd\n\t\t- -> Blame the bank\n"
        "\t\t- -> Read our own logs\n\t\t- -> It was our retry\n"
    )
    chart = document.humor.flowchart
    assert (len(chart.nodes), len(chart.edges)) == (4, 3)


def test_a_markdown_list_of_section_names_is_no_outline() -> None:
    document = _read(
        "# Cache outage\n\n## Contents\n\n- Summary\n  - the short story\n- Timeline\n  - what happened when\n\n"
        "## Summary\n\nThe cache fell over.\n"
    )
    assert document.metadata.title == "Cache outage"
    assert "The cache fell over." in document.introduction + document.summary.impact + to_markdown(document)
