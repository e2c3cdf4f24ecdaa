"""A report that opens with a section's name as its top heading and its title right under it, a level down
("# Issue Summary" over "## Postmortem: …"): the second heading is the title, the first the section it opens."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_NAME_OVER_TITLE = """\
# Issue Summary

## Postmortem: Search Index Went Stale for a Day

- **Duration:** 2 April 2025, 06:00 to 18:00 UTC.
- **Impact:** Search results missed every product added that day.

# Timeline

- **06:00 UTC:** The indexing job stopped without an error.
- **17:30 UTC:** A merchant reported missing products.
"""


def test_the_heading_under_the_first_section_name_is_the_title() -> None:
    document = from_markdown(_NAME_OVER_TITLE)
    assert document.metadata.title == "Postmortem: Search Index Went Stale for a Day"
    assert "Search results missed every product" in document.summary.impact
    assert len(document.timeline) == 2


def test_a_subheading_that_is_no_title_stays_in_its_section() -> None:
    document = from_markdown(_NAME_OVER_TITLE.replace("## Postmortem: Search Index Went Stale for a Day", "## Details"))
    assert document.metadata.title == ""
