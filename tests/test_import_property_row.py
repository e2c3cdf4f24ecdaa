"""A page's properties as one row under a row of names (Notion's database export) are read as labelled lines:
the service and severity from their columns, the owner among the authors; the table stays as written.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_PAGE = """\
# Image uploads failing

| Date | Severity | Owner | Service | Tags |
| --- | --- | --- | --- | --- |
| May 4, 2026 | SEV2 | Rosa Delgado | media-uploader | storage, mobile |

Written for the May review. Written by Rosa Delgado and Finn Larsen.

## Summary

Uploads from the apps failed for 40 minutes.
"""


def test_the_properties_row_gives_the_service_and_severity() -> None:
    document = from_markdown(_PAGE)

    assert document.metadata.service == "media-uploader"
    assert document.metadata.severity == "SEV2"
    assert "| May 4, 2026 | SEV2 |" in document.introduction


def test_a_written_by_sentence_naming_the_owner_and_another_gives_both() -> None:
    assert from_markdown(_PAGE).metadata.authors == ["Rosa Delgado", "Finn Larsen"]


def test_a_table_of_several_rows_is_no_properties_row() -> None:
    rows = "| Date | Severity | Owner | Service | Tags |\n| --- | --- | --- | --- | --- |\n"
    rows += "| May 4 | SEV2 | Rosa | media-uploader | a |\n| May 5 | SEV3 | Finn | thumbnails | b |\n"

    assert from_markdown(f"# Uploads\n\n{rows}\n## Summary\n\nDown.\n").metadata.service == ""
