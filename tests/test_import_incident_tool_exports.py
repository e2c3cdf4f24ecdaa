"""Write-ups exported from incident tools (incident.io and its like), read as their reader reads them.

Such a tool writes the incident's own status beside the write-up's ("Status: Closed", "Postmortem status: In
review") and its follow-ups as one line each, the details after the text split by middle dots
("… · Owner: Ana · Due: 2026-03-18 · OPS-12").
"""

from __future__ import annotations

from datetime import date

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import PostMortem, Status, TaskStatus


def _read(text: str) -> PostMortem:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document
    return document


EXPORT = """\
# Search results empty for new tenants

**Severity:** SEV3
**Status:** Closed
**Post-mortem status:** Draft
**Incident lead:** Kofi Mensah

## Summary

New tenants saw no search results for an hour.

## Follow-ups

- [ ] Index tenants on creation · Owner: Kofi Mensah · Due: 2025-11-04 · SRCH-310
- [x] Alert on empty result rates · Owner: Lina Berg · SRCH-311
- [ ] Document the reindex runbook · Owner: Kofi Mensah
"""


def test_the_write_up_s_own_status_wins_over_the_incident_s_and_the_incident_s_stays_in_the_text() -> None:
    document = _read(EXPORT)
    assert document.metadata.status == Status.DRAFT
    assert "Closed" in document.introduction


def test_a_follow_up_s_details_split_by_middle_dots_are_its_fields() -> None:
    document = _read(EXPORT)
    tasks = [(task.text, task.owner, task.due, task.status, task.link) for task in document.measures.tasks]
    assert tasks == [
        ("Index tenants on creation", "Kofi Mensah", date(2025, 11, 4), TaskStatus.OPEN, "SRCH-310"),
        ("Alert on empty result rates", "Lina Berg", None, TaskStatus.DONE, "SRCH-311"),
        ("Document the reindex runbook", "Kofi Mensah", None, TaskStatus.OPEN, ""),
    ]


def test_a_middle_dot_in_a_follow_up_s_words_splits_nothing_without_a_labelled_detail() -> None:
    document = _read("# Outage\n\n## Action items\n\n- Rename the job · it confuses everyone\n")
    assert [task.text for task in document.measures.tasks] == ["Rename the job · it confuses everyone"]


def test_a_plain_status_stays_the_write_up_s_when_the_other_label_gives_no_status_a_reader_knows() -> None:
    document = _read(
        "# Disk full\n\nStatus: Final\nReview status: looked at by the SRE guild\n\n## Summary\n\nIt filled.\n"
    )
    assert document.metadata.status == Status.FINAL
