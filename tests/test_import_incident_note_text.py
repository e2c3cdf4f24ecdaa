"""A short plain-text incident note: its first line "Incident note: …" is the title, and "Filed by:" names
its author."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

NOTE = """Incident note: staging certificates expired over the weekend

Filed by: Oluwaseun Bello
Severity: SEV4

Summary:
The staging certificates expired on Saturday and nobody noticed until Monday.
"""


def test_the_first_line_is_the_title() -> None:
    assert from_markdown(NOTE).metadata.title == "Incident note: staging certificates expired over the weekend"


def test_filed_by_names_the_author() -> None:
    assert from_markdown(NOTE).metadata.authors == ["Oluwaseun Bello"]
