"""A post-mortem kept in a project's README, and other header forms a careful reader still reads.

A student's README opens with the project's name ("# 0x19-postmortem", "# My First Postmortem"), an "**Author:**"
label over the writer's name and a GitHub line, the README's own sections, and only then the report under its own
heading ("## Postmortem: Mail queue outage" over "### Issue Summary"). A reader takes that heading as the title,
the name under "Author:" as the author (the GitHub line says how to reach them), and the window as the summary
states it.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

README = """# My First Postmortem

**Author:**
- Mira Castell
- GitHub Username: [mcastell](https://github.com/mcastell)

## Table of Contents
- [Overview](#overview)
- [Usage](#usage)

## Overview
This repository holds a post-mortem written for a course.

## Usage
Clone the repository and read on.

---

## Postmortem: Mail queue outage

### Issue Summary

**Duration:**

- Start Time: March 3, 2024, 9:15 AM (UTC)
- End Time: March 3, 2024, 10:05 AM (UTC)

**Impact:**

- The outage affected our outbound mail service, delaying every message.

### Timeline

- 9:15 AM: Alerts fired on the queue depth.
- 10:05 AM: The stuck worker was restarted.
"""


def test_the_heading_the_report_stands_under_is_the_title() -> None:
    document = from_markdown(README)
    assert document.metadata.title == "Postmortem: Mail queue outage"
    assert "My First Postmortem" in document.introduction  # the README's own name is not lost


def test_the_author_label_over_a_list_names_the_writer_not_the_github_line() -> None:
    document = from_markdown(README)
    assert document.metadata.authors == ["Mira Castell"]
    assert any("mcastell" in section.body for section in document.extra_sections)  # kept as written


def test_the_report_under_a_readme_keeps_its_window_and_service() -> None:
    document = from_markdown(README)
    assert document.summary.start is not None and document.summary.start.isoformat() == "2024-03-03T09:15:00+00:00"
    assert document.summary.end is not None and document.summary.end.isoformat() == "2024-03-03T10:05:00+00:00"
    assert document.metadata.service == "outbound mail service"


def test_a_project_folder_name_over_html_headings_gives_way_to_the_report_heading() -> None:
    text = (
        "<h1>0x19-postmortem</h1>\n\n<h1>About:</h1>\n<p>\nA write-up of a problem in my project.\n</p>\n<br>\n"
        "<h2>Postmortem: Ticket Booking Service Outage</h2>\n\n<h3>Issue Summary:</h3>\n\n<p>\n"
        "  <strong>Duration:</strong> May 2, 2024<br>\n  <strong>Root Cause:</strong> A full disk\n</p>\n\n"
        "<h3>Timeline:</h3>\n\n<p>\n  - Noticed the problem.<br>\n  - Cleared the disk.<br>\n</p>\n"
    )
    assert from_markdown(text).metadata.title == "Postmortem: Ticket Booking Service Outage"


def test_a_title_naming_the_incident_is_kept_over_a_later_report_heading() -> None:
    text = README.replace("# My First Postmortem", "# Mail delays in March")
    assert from_markdown(text).metadata.title == "Mail delays in March"


def test_a_start_and_end_typed_with_a_dash_after_the_comma_are_both_read() -> None:
    text = (
        "# Postmortem\n\n## Issue Summary:\n\n- **Duration**: 6 hrs, Start time: May 9, 2024 8:00 AM (GMT+02:00),- "
        "End time: May 9, 2024 2:00 PM (GMT+02:00)\n\n## Timeline:\n\n- **May 9, 2024 8:00 AM (GMT+02:00)** - "
        "Alerts fired.\n"
    )
    summary = from_markdown(text).summary
    assert summary.start is not None and summary.start.isoformat() == "2024-05-09T08:00:00+02:00"
    assert summary.end is not None and summary.end.isoformat() == "2024-05-09T14:00:00+02:00"


def test_a_window_sentence_with_its_times_in_bold_is_read() -> None:
    text = (
        "# Report\n\n### Issue Summary:\n\n- Time:\n> From **Apr 2, 2024 7:00 AM**  to **Apr 4, 2024 7:00 AM "
        "(UTC-4)**, the lab machines served empty replies.\n\n### Timeline\n\n- 07:00 AM: first report\n"
        "- 11:00 PM: fixed\n"
    )
    summary = from_markdown(text).summary
    assert summary.start is not None and summary.start.isoformat() == "2024-04-02T07:00:00-04:00"
    assert summary.end is not None and summary.end.isoformat() == "2024-04-04T07:00:00-04:00"


def test_a_byline_naming_the_role_before_the_person_names_the_person() -> None:
    text = (
        "# Broken web server report\n\n*Posted on 3 May 2024*\n\nBy the person on call: Tomas Ferreira\n\n"
        "## Issue Summary\n\nThe web pages stopped loading.\n"
    )
    assert from_markdown(text).metadata.authors == ["Tomas Ferreira"]


def test_a_severity_section_opening_with_its_level_gives_the_severity() -> None:
    text = (
        "# 2026-02-03 - Reports unavailable\n\n## Severity\n\n**Critical** - Complete outage for every "
        "customer.\n\n## Issue Summary\n\nNo report could be opened.\n"
    )
    document = from_markdown(text)
    assert document.metadata.severity == "SEV1"
    assert any("Complete outage" in section.body for section in document.extra_sections)
