"""A note under the title that says who wrote the report in one of its sentences ("… times are CET. Written by
Ana Ruiz and Bo Li. Reviewed on Monday.") gives the authors, as a byline would.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def _authors(note: str) -> list[str]:
    return from_markdown(f"# Search slow\n\n{note}\n\n## Summary\n\nSearch was slow for an hour.\n").metadata.authors


def test_a_written_by_sentence_in_the_header_note_names_the_authors() -> None:
    note = "> 🕑 Times are CET. Written by Ingrid Solberg and Kofi Boateng. Reviewed at the weekly review."

    assert _authors(note) == ["Ingrid Solberg", "Kofi Boateng"]


def test_a_sentence_about_something_written_by_a_tool_names_no_one() -> None:
    assert _authors("Times are CET. Written by hand from the logs. Reviewed on Monday.") == []
