"""A wiki page (Confluence, SharePoint) pasted as plain text: its names on lines of their own, no blank line
between a section's name and the text before it, and each table cell on a line of its own."""

from __future__ import annotations

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import PostMortem

PASTED_PAGE = """\
Pages /  Platform /  Post-incident reviews
Page tree

Ferry booking API returned errors at the morning peak
Created by Odile Marsh, last modified by Kwame Asante on Jul 14, 2025

Overview
Field
Value
Severity
SEV3
Document status
FINAL
Authors
Odile Marsh, Kwame Asante

Summary
On 12 July 2025 the booking API failed for about an hour.
Impact
Roughly 2,600 bookings could not be made online.
Root cause
A connection pool limit was lowered in the last release.
Timeline
All times BST.
Time
Event
07:40
Release 4.2 reaches all booking pods
07:52
Error rate alert fires
08:45
Pool limit restored, errors stop
<empty cell>
Follow-up actions
Action
Owner
Due date
Status
Load-test pool limits before each release
Kwame Asante
1 Aug 2025
IN PROGRESS
Document the pool settings
Odile Marsh
<empty cell>
OPEN
Lessons learned
Limits belong in the release notes.
""".replace("<empty cell>", " ")  # a copy keeps an empty cell's line as one space


def _read(text: str) -> PostMortem:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document
    return document


def test_a_pasted_wiki_page_gives_its_title_fields_sections_and_tables() -> None:
    document = _read(PASTED_PAGE)
    assert document.metadata.title == "Ferry booking API returned errors at the morning peak"
    assert (document.metadata.severity, document.metadata.status.value) == ("SEV3", "final")
    assert document.metadata.authors == ["Odile Marsh", "Kwame Asante"]
    assert "2,600 bookings" in document.summary.impact
    assert "pool limit was lowered" in document.root_cause.cause
    assert [(event.time.isoformat(), event.text) for event in document.timeline] == [
        ("2025-07-12T07:40:00+01:00", "Release 4.2 reaches all booking pods"),
        ("2025-07-12T07:52:00+01:00", "Error rate alert fires"),
        ("2025-07-12T08:45:00+01:00", "Pool limit restored, errors stop"),
    ]
    assert [(task.text, task.owner, task.status.value) for task in document.measures.tasks] == [
        ("Load-test pool limits before each release", "Kwame Asante", "in progress"),
        ("Document the pool settings", "Odile Marsh", "open"),
    ]
    assert document.measures.tasks[0].due.isoformat() == "2025-08-01"


def test_two_column_words_in_a_sentence_list_stay_text() -> None:
    document = _read("# Notes\n\n## Summary\n\nWe looked at:\nStatus\nOwner\n\nNothing else.\n")
    assert "Status\nOwner" in document.introduction
