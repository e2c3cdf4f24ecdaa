"""A title that signs the report at its end ("… report by Ama Kofi Boateng (ama@example.com)") names its author;
the title stays as written."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def test_report_by_a_person_in_the_title() -> None:
    document = from_markdown(
        "# Database Outage report by Ama Kofi Boateng (ama@example.com)\n\nOn 3 May 2024 it broke.\n"
    )
    assert document.metadata.authors == ["Ama Kofi Boateng"]
    assert document.metadata.title.startswith("Database Outage report by Ama Kofi Boateng")


def test_a_cause_or_a_team_after_by_is_no_author() -> None:
    for title in ("# Outage caused by Redis", "# Outage report by the platform team"):
        assert not from_markdown(f"{title}\n\nOn 3 May 2024 it broke.\n").metadata.authors
