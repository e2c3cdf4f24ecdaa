"""Marks a timeline writes beside its entries ("<START OF OUTAGE>", "[end of impact]") set the incident's window.

Google's SRE template tags the entry where the outage began and the one where it ended; a later "incident
closed" is the paperwork, not the end of the impact, and a careful reader takes the tagged times.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown


def window(text: str) -> tuple[datetime | None, datetime | None]:
    document = from_markdown(text)
    return document.summary.start, document.summary.end


def at(hour: int, minute: int) -> datetime:
    return datetime(2026, 8, 14, hour, minute, tzinfo=UTC)


def test_tagged_start_and_end_of_the_outage_are_the_window_not_the_closing_entry() -> None:
    start, end = window(
        "# Search down\n\n## Timeline\n\n2026-08-14 (UTC)\n\n"
        "* 09:50 Index mapping change merged.\n"
        "* 10:12 Mapping deployed to the cluster. <START OF OUTAGE>\n"
        "* 10:20 Alert for empty results fires.\n"
        "* 10:41 Mapping reverted; results come back. <END OF OUTAGE>\n"
        "* 11:10 Incident closed after a quiet half hour.\n"
    )
    assert (start, end) == (at(10, 12), at(10, 41))


def test_bracketed_marks_in_other_words_set_the_window_too() -> None:
    start, end = window(
        "# Search down\n\n## Timeline\n\n2026-08-14 (UTC)\n\n"
        "- 10:12 Mapping deployed [beginning of customer impact]\n"
        "- 10:41 Mapping reverted [end of the outage]\n"
        "- 11:10 Incident resolved and closed.\n"
    )
    assert (start, end) == (at(10, 12), at(10, 41))


def test_a_meeting_named_after_the_incident_is_no_mark() -> None:
    start, _ = window(
        "# Search down\n\n## Timeline\n\n2026-08-14 (UTC)\n\n"
        "- 10:12 Mapping deployed; searches fail with errors.\n"
        "- 10:41 Mapping reverted; searches healthy again.\n"
        "- 11:30 Start of the incident review meeting.\n"
    )
    assert start == at(10, 12)


def test_a_return_to_normal_and_the_issue_closed_end_the_window_with_no_resolution_entry() -> None:
    # Headings over paragraphs, none of them a fix in so many words: the words saying it is over end it.
    start, end = window(
        "# Hub frozen\n\n## Timeline\n\n2026-08-14 (UTC)\n\n"
        "### 09:10 AM\n\nA user writes that the notebooks hang.\n\n"
        "### 09:30 AM\n\nWe give the core pods more memory. Load seems to return to normal.\n\n"
        "### 09:55 AM\n\nThe issue is closed and everything looks fine.\n"
    )
    assert start == at(9, 10)
    assert end == at(9, 55)
