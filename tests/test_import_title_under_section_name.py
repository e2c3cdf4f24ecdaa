"""Titles written among the sections' headings.

A section's name as the top heading with the title right under it, a level down ("# Issue Summary" over
"## Postmortem: …"): the second heading is the title, the first the section it opens. A first heading at the
sections' level that calls itself the report, with no text of its own ("## Incident Report for …"): the title."""

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


_REPORT_AT_SECTION_LEVEL = """\
## Incident Report for the Missed Nightly Payout

## Details:

The nightly payout job did not run because its scheduler host was out of disk.

### Mitigation:

The payout was sent by hand the next morning.
"""


def test_a_report_opening_with_a_level_two_heading_that_calls_itself_the_report_is_titled_by_it() -> None:
    document = from_markdown(_REPORT_AT_SECTION_LEVEL)
    assert document.metadata.title == "Incident Report for the Missed Nightly Payout"
    assert "Incident Report for the Missed Nightly Payout" not in [
        section.heading for section in document.extra_sections
    ]


def test_a_level_two_heading_over_its_own_text_is_a_section_not_the_title() -> None:
    text = _REPORT_AT_SECTION_LEVEL.replace(
        "Payout\n\n## Details:", "Payout\n\nWritten by the payments team.\n\n## Details:"
    )
    assert from_markdown(text).metadata.title == ""
