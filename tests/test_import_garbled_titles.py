"""Titles typed imperfectly: a cut-off first word over the real title, a heading typed without its space.

"rtmortem" over "Outage Postmortem: Checkout down for two hours." is a word lost in pasting, and the line
under it is the title; "#INCIDENT REPORT" is a heading typed without its space: the title has no "#".
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def test_cut_off_first_line_gives_way_to_the_title_under_it() -> None:
    text = """rtmortem
Outage Postmortem: Checkout down for two hours.

Issue Summary:
Checkout returned errors from 14:00 to 16:00 UTC on 2 June 2025.
"""
    incident = from_markdown(text)
    assert incident.metadata.title == "Outage Postmortem: Checkout down for two hours"
    assert "rtmortem" in incident.model_dump_json()


def test_heading_typed_without_its_space_loses_the_hash() -> None:
    text = """#INCIDENT REPORT

Issue Summary:
On 2 June 2025, from 14:00 to 16:00 UTC, checkout returned errors for a third of shoppers.
"""
    incident = from_markdown(text)
    assert incident.metadata.title == "INCIDENT REPORT"


def test_chat_channel_title_keeps_its_hash() -> None:
    text = """#inc-2025-06-02-checkout

[14:02] dana: checkout is throwing 500s
[14:05] lee: rolling back the release
"""
    assert from_markdown(text).metadata.title.startswith("#inc-")


def test_a_generic_first_line_gives_way_to_the_bold_title_the_bold_labels_made_a_heading() -> None:
    # With "**Issue Summary:**"-style labels every bold line alone is read as a heading, the title line too.
    text = (
        "#Post-mortem\n\n**Postmortem: Queue workers starved overnight**\n\n**Issue Summary:**\n"
        "- **Impact:** Orders waited for hours.\n\n**Timeline:**\n- **10:00 PM:** Queue depth alert.\n\n"
        "**Root Cause:**\n- A worker pool capped at one.\n"
    )
    document = from_markdown(text)
    assert document.metadata.title == "Postmortem: Queue workers starved overnight"
    assert all(section.heading != document.metadata.title for section in document.extra_sections)
    assert "#Post-mortem" in document.introduction  # the first line's words are kept


def test_a_specific_first_line_stays_the_title_over_a_bold_line_naming_the_incident() -> None:
    text = (
        "# Queue outage\n\n**Postmortem: Queue workers starved overnight**\n\n**Issue Summary:**\n"
        "- **Impact:** Orders waited for hours.\n\n**Timeline:**\n- **10:00 PM:** Queue depth alert.\n\n"
        "**Root Cause:**\n- A worker pool capped at one.\n"
    )
    assert from_markdown(text).metadata.title == "Queue outage"
