"""The exported Markdown reads like the reference post-mortem, and the extras read naturally too."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import PostMortem
from tests.conftest import EXAMPLES

REFERENCE_TEXT = (EXAMPLES / "dns-outage.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def exported():
    return to_markdown(from_markdown(REFERENCE_TEXT))


def _sections(text: str) -> list[tuple[str, str]]:
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return [(parts[i], parts[i + 1].strip()) for i in range(1, len(parts), 2)]


def test_same_headings_in_the_same_order(exported):
    assert re.findall(r"^#{1,2} .+$", exported, flags=re.MULTILINE) == re.findall(
        r"^#{1,2} .+$", REFERENCE_TEXT, flags=re.MULTILINE
    )


def test_every_section_of_the_reference_is_written_as_in_the_reference(exported):
    ours = dict(_sections(exported))
    for heading, body in _sections(REFERENCE_TEXT):
        assert ours[heading] == body, heading


def test_the_only_addition_is_the_status_line_under_the_title(exported):
    assert exported.startswith("# Status Page DNS Outage Post-Mortem\n\n- **Status:** Draft\n\n## Introduction\n")
    assert exported.replace("- **Status:** Draft\n\n", "", 1) == REFERENCE_TEXT.rstrip("\n") + "\n"


def _rich() -> PostMortem:
    return PostMortem.model_validate(
        {
            "metadata": {
                "title": "DNS outage",
                "status": "final",
                "severity": "SEV2",
                "authors": ["Ana", "Bo"],
                "service": "LunchLine ordering site",
            },
            "timeline": [
                {"kind": "action", "text": "Checked the servers."},
                {"kind": "misleading", "text": "Blamed the CDN."},
                {
                    "kind": "action",
                    "time": datetime(2025, 3, 3, 13, 20, 30, tzinfo=timezone(timedelta(hours=2))),
                    "text": "Flushed the cache.\nIt did not help.",
                },
            ],
            "measures": {
                "tasks": [
                    {
                        "text": "Add a DNS diff",
                        "owner": "Priya",
                        "due": date(2025, 4, 1),
                        "status": "in progress",
                        "link": "https://tracker.example.com/OPS-1",
                    },
                    {"text": "Write the runbook"},
                ]
            },
            "humor": {
                "caption": "Our flowchart.",
                "closing": "It was DNS.",
                "flowchart": {
                    "direction": "LR",
                    "nodes": [
                        {"id": "start", "kind": "start", "label": "Site down"},
                        {"id": "q1", "kind": "question", "label": "Web servers?"},
                    ],
                    "edges": [{"source": "start", "target": "q1"}, {"source": "q1", "target": "start", "label": "no"}],
                },
            },
            "extra_sections": [{"heading": "Lessons Learned", "body": "- Check DNS first."}],
        }
    )


def test_metadata_as_bold_label_lines_under_the_title():
    text = to_markdown(_rich())
    assert text.startswith(
        "# DNS outage\n\n- **Status:** Final\n- **Severity:** SEV2\n- **Authors:** Ana, Bo\n"
        "- **Service:** LunchLine ordering site\n\n## Introduction"
    )


def test_interleaved_kinds_repeat_their_group_and_times_use_the_reference_pair():
    text = to_markdown(_rich())
    timeline = dict(_sections(text))["Timeline"]
    assert timeline == (
        "- **Actions Taken:**\n  - Checked the servers.\n\n"
        "- **Misleading Paths:**\n  - Blamed the CDN.\n\n"
        "- **Actions Taken:**\n  - March 3, 2025, 13:20:30 UTC+02:00\n  - Flushed the cache.\n    It did not help."
    )


def test_tasks_are_a_numbered_list_with_readable_details():
    measures = dict(_sections(to_markdown(_rich())))["Corrective and Preventative Measures"]
    assert measures == (
        "- **Tasks:**\n"
        "  1. Add a DNS diff\n"
        "     - Owner: Priya\n"
        "     - Due: April 1, 2025\n"
        "     - Status: In progress\n"
        "     - Link: <https://tracker.example.com/OPS-1>\n"
        "  2. Write the runbook"
    )


def test_humor_element_links_the_image_where_the_placeholder_was_and_lists_the_chart():
    humor = dict(_sections(to_markdown(_rich(), flowchart_image="dns.flowchart.png")))["Humor Element"]
    humor = humor.removesuffix("<!-- Additional sections -->").rstrip()
    assert humor.startswith("Our flowchart.\n\n![Investigation flowchart](dns.flowchart.png)\n\nIt was DNS.\n\n")
    assert humor.endswith(
        "### Investigation Flowchart\n\n- **Layout:** Left to right\n\n"
        "- **Steps:**\n  - **start** (start): Site down\n  - **q1** (question): Web servers?\n\n"
        "- **Arrows:**\n  - **start** → **q1**\n  - **q1** → **start**: no"
    )


def test_without_an_image_the_chart_is_announced_in_words():
    humor = dict(_sections(to_markdown(_rich())))["Humor Element"]
    assert "*[Flowchart: see the steps and arrows below]*" in humor
    assert "![" not in humor


def test_additional_sections_come_after_the_standard_ones_behind_an_invisible_marker():
    text = to_markdown(_rich())
    assert text.endswith("\n\n<!-- Additional sections -->\n\n## Lessons Learned\n\n- Check DNS first.\n")
    assert text.index("## Humor Element") < text.index("## Lessons Learned")


def test_structure_in_free_text_is_escaped_so_it_stays_text():
    document = PostMortem.model_validate(
        {"introduction": "## Not a section\n```python\nprint(1)", "closing_notes": "x"}
    )
    text = to_markdown(document)
    assert "\n\\## Not a section\n\\```python\nprint(1)\n\n## Issue Summary" in text
    assert from_markdown(text).introduction == document.introduction


def test_empty_document_is_the_reference_skeleton():
    text = to_markdown(PostMortem())
    assert re.findall(r"^## (.+)$", text, flags=re.MULTILINE) == [
        "Introduction",
        "Issue Summary",
        "Timeline",
        "Root Cause and Resolution",
        "Corrective and Preventative Measures",
        "Closing Notes",
        "Humor Element",
    ]
    assert from_markdown(text) == PostMortem()


def test_times_in_the_issue_summary_read_like_the_reference():
    document = PostMortem.model_validate(
        {
            "summary": {
                "start": datetime(2025, 3, 3, 11, 5, tzinfo=UTC),
                "end": datetime(2025, 3, 3, 12, 47, 9, tzinfo=UTC),
            }
        }
    )
    summary = dict(_sections(to_markdown(document)))["Issue Summary"]
    assert summary == (
        "- **Duration:**\n  - Start Time: March 3, 2025, 11:05 UTC\n  - End Time: March 3, 2025, 12:47:09 UTC"
    )


def test_a_root_cause_written_only_in_the_issue_summary_leaves_no_empty_root_cause_section():
    from app.model import IssueSummary

    document = PostMortem(summary=IssueSummary(root_cause="A stale DNS record."))
    markdown = to_markdown(document)
    assert "Root Cause and Resolution" not in markdown
    assert from_markdown(markdown) == document
    assert "## Root Cause and Resolution" in to_markdown(PostMortem())  # a blank document keeps every heading
