"""A controlled document's "Version: 2.1 (final)" line gives the post-mortem's status; a bare version number
gives none, and the line stays in the document."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import Status

REPORT = """# Council payments portal outage

Document reference: DS-2026-014
Version: {version}
Prepared by: Ruth Evans

## Summary

The payments portal was down for an hour.
"""


def test_the_word_after_the_version_number_is_the_status() -> None:
    assert from_markdown(REPORT.format(version="2.1 (final)")).metadata.status is Status.FINAL
    assert from_markdown(REPORT.format(version="0.4 - draft")).metadata.status is Status.DRAFT


def test_a_bare_version_number_says_nothing_of_the_status_and_is_kept() -> None:
    document = from_markdown(REPORT.format(version="2.1"))

    assert document.metadata.status is Status.DRAFT  # the default: nothing stated
    assert "Version: 2.1" in document.introduction


def test_the_version_line_is_not_lost_when_it_gives_the_status() -> None:
    assert "2.1 (final)" in from_markdown(REPORT.format(version="2.1 (final)")).introduction
