"""Opening post-mortems written from other common templates: their headings, front matter and task lists.

Each test names what a user would see after opening such a file: which
field a section lands in, and that nothing of it is left behind.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import EventKind, PostMortem, Severity, Status, TaskStatus

PAGERDUTY_STYLE = """\
---
title: Checkout latency
date: 2024-05-02
---

Incident Postmortem: Checkout latency
=====================================

**Date:** 2024-05-02  
**Authors:** Sam Lee, Ana Ruiz  
**Status:** Complete, action items in progress  
**Severity:** SEV-2

Overview
--------

Between 14:02 and 15:10 UTC, checkout p99 rose to 9s.

## What Happened

| Time (UTC) | Event |
|---|---|
| 14:02 | Alert fired: checkout p99 > 2s |
| 15:10 | Rolled back release 4.2.1 |

## Contributing Factors

* A slow query introduced in 4.2.1

## Follow-up Actions

- [ ] Add index (owner: Ana, due 2024-05-10) [JIRA-123](https://jira/JIRA-123)
- [x] Add a latency SLO alert — Sam
"""  # noqa: W291 - the trailing spaces are Markdown hard line breaks, on purpose.


@pytest.fixture(scope="module")
def pagerduty():
    return from_markdown(PAGERDUTY_STYLE)


def test_setext_title_and_overview_heading_are_read_as_headings(pagerduty):
    assert pagerduty.metadata.title == "Incident Postmortem: Checkout latency"
    assert pagerduty.introduction.endswith("Between 14:02 and 15:10 UTC, checkout p99 rose to 9s.")
    assert "Overview" not in pagerduty.introduction and "-----" not in pagerduty.introduction


def test_header_lines_fill_the_metadata_and_the_rest_stays_with_its_line_breaks(pagerduty):
    assert pagerduty.metadata.authors == ["Sam Lee", "Ana Ruiz"]
    assert pagerduty.metadata.severity is Severity.SEV2
    # "Complete, action items in progress": the write-up is complete (Final); the line says more, and stays.
    assert pagerduty.metadata.status is Status.FINAL
    # The two-space hard break is kept as a backslash break (same rendering, survives trimming).
    assert pagerduty.introduction.startswith(
        "**Date:** 2024-05-02\\\n**Status:** Complete, action items in progress\n\n"
    )


def test_what_happened_table_becomes_events_on_the_day_of_the_date_line(pagerduty):
    assert [(e.kind, e.time, e.text) for e in pagerduty.timeline] == [
        (EventKind.DETECTION, datetime(2024, 5, 2, 14, 2, tzinfo=UTC), "Alert fired: checkout p99 > 2s"),
        # At 15:10, the end the overview states, with no other entry resolving it: the rollback ended it.
        (EventKind.RESOLUTION, datetime(2024, 5, 2, 15, 10, tzinfo=UTC), "Rolled back release 4.2.1"),
    ]


def test_contributing_factors_are_the_cause_and_a_one_item_list_is_its_text(pagerduty):
    assert pagerduty.root_cause.cause == "A slow query introduced in 4.2.1"
    assert "- * " not in to_markdown(pagerduty)  # Not a list inside the Cause bullet.


def test_task_list_items_under_follow_up_actions_become_tasks_with_their_status_and_details(pagerduty):
    assert [(t.text, t.status, t.owner, t.due, t.link) for t in pagerduty.measures.tasks] == [
        ("Add index", TaskStatus.OPEN, "Ana", date(2024, 5, 10), "[JIRA-123](https://jira/JIRA-123)"),
        # "— Sam" after the last dash: the authors' "Sam Lee", so the owner (a name the document writes nowhere
        # else stays in the text: test_import_task_dash_owner_and_due_words.py).
        ("Add a latency SLO alert", TaskStatus.DONE, "Sam", None, ""),
    ]


@pytest.mark.parametrize(
    ("line", "text", "details"),
    [
        ("Add index (owner: Ana; status: in progress)", "Add index", {"owner": "Ana", "status": "in progress"}),
        ("Add index (owner: Ana; due: March 3, 2025)", "Add index", {"owner": "Ana", "due": date(2025, 3, 3)}),
        ("Add index https://tracker.example.com/T-1", "Add index", {"link": "https://tracker.example.com/T-1"}),
        ("Add index <https://tracker.example.com/T-1>", "Add index", {"link": "https://tracker.example.com/T-1"}),
        ("Add index (see the runbook)", "Add index (see the runbook)", {}),  # Not details: kept.
        ("Add index (owner: Ana, see the runbook)", "Add index (owner: Ana, see the runbook)", {}),
        ("Read [the runbook](https://wiki/runbook)", "Read [the runbook](https://wiki/runbook)", {}),
        ("(owner: Ana)", "(owner: Ana)", {}),  # Nothing would be left of the task.
    ],
)
def test_details_written_on_a_task_line_of_another_template(line, text, details):
    (task,) = from_markdown(f"# T\n\n## Action Items\n\n- [ ] {line}\n\n## Notes\n\nx\n").measures.tasks
    assert task.text == text
    assert {name: getattr(task, name) for name in details} == details


def test_details_on_a_task_line_are_text_in_the_editors_own_export():
    document = PostMortem.model_validate({"measures": {"tasks": [{"text": "Ask Bo (owner: Ana)"}]}})
    assert from_markdown(to_markdown(document)) == document


def test_front_matter_is_kept_whole_as_a_code_block_in_its_own_section(pagerduty):
    assert [(s.heading, s.body) for s in pagerduty.extra_sections] == [
        ("Front matter", "```yaml\ntitle: Checkout latency\ndate: 2024-05-02\n```")
    ]


def test_the_imported_file_saves_and_reopens_unchanged(pagerduty):
    exported = to_markdown(pagerduty)
    again = from_markdown(exported)
    assert again == pagerduty
    assert to_markdown(again) == exported


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("What Happened", "timeline"),
        ("Incident Timeline", "timeline"),
        ("CHRONOLOGY", "timeline"),
        ("Contributing Factors", "cause"),
        ("Root Cause Analysis", "cause"),
        ("causes", "cause"),
        ("Follow-up Actions", "tasks"),
        ("Action Items", "tasks"),
        ("Remediation", "tasks"),
        ("Next Steps", "tasks"),
        ("Overview", "introduction"),
        ("TL;DR", "introduction"),
        ("Business Impact", "impact"),
        ("Mitigation and Resolution", "resolution"),
    ],
)
def test_common_heading_names_map_to_their_field_whatever_the_case(heading, field):
    body = {"timeline": "- 2024-05-02 14:02 Paged", "tasks": "- [ ] Fix it"}.get(field, "Some text.")
    document = from_markdown(f"# T\n\n## {heading}\n\n{body}\n\n## Unknown\n\nkept\n")
    found = {
        "timeline": [e.text for e in document.timeline] == ["Paged"],
        "cause": document.root_cause.cause == "Some text.",
        "tasks": [t.text for t in document.measures.tasks] == ["Fix it"],
        "introduction": document.introduction == "Some text.",
        "impact": document.summary.impact == "Some text.",
        "resolution": document.root_cause.resolution == "Some text.",
    }
    assert found[field]
    assert [(s.heading, s.body) for s in document.extra_sections] == [("Unknown", "kept")]


def test_setext_headings_at_both_levels_split_sections():
    document = from_markdown(
        "Database failover\n=================\n\nSummary\n-------\n\nThe primary died.\n\n"
        "Timeline\n--------\n\n- 2024-01-09 03:12 UTC Paged\n\nLessons\n-------\n\nPractice failovers.\n"
    )
    assert document.metadata.title == "Database failover"
    assert document.introduction == "The primary died."
    assert [e.text for e in document.timeline] == ["Paged"]
    assert document.closing_notes == "Practice failovers."  # "Lessons" are the closing notes
    assert document.extra_sections == []


def test_rules_and_underlines_that_are_not_headings_stay_in_the_text():
    text = "# T\n\n## Introduction\n\nFirst paragraph.\n\n---\n\n- item\n---\n\n> quote\n---\n"
    document = from_markdown(text)
    assert document.introduction == "First paragraph.\n\n---\n\n- item\n---\n\n> quote\n---"
    assert document.extra_sections == []


def test_an_underline_in_the_editors_own_export_is_text_not_a_heading():
    exported = to_markdown(PostMortem(introduction="Not a heading\n---\n\nMore."))
    again = from_markdown(exported)
    assert again.introduction == "Not a heading\n---\n\nMore."
    assert again.extra_sections == []


def test_front_matter_title_and_date_are_used_when_the_file_has_no_title():
    document = from_markdown(
        '---\ntitle: "Queue backlog"\ndate: 2024-02-29T10:00:00Z\ntags: [queue, sev3]\n---\n\n'
        "## Timeline\n\n- 10:05 Backlog alert fired\n\n## Notes\n\nNone.\n"
    )
    assert document.metadata.title == "Queue backlog"
    assert document.timeline[0].time == datetime(2024, 2, 29, 10, 5, tzinfo=UTC)
    kept, _ = document.extra_sections
    assert kept.body == '```yaml\ntitle: "Queue backlog"\ndate: 2024-02-29T10:00:00Z\ntags: [queue, sev3]\n```'


def test_toml_front_matter_and_fences_inside_front_matter_are_kept_and_read_back():
    document = from_markdown('+++\ntitle = "Cache storm"\nnote = """\n```\n"""\n+++\n\nBody text.\n')
    assert document.metadata.title == "Cache storm"
    (kept,) = document.extra_sections
    assert kept.body == '````toml\ntitle = "Cache storm"\nnote = """\n```\n"""\n````'
    assert document.introduction == "Body text."
    assert from_markdown(to_markdown(document)) == document


def test_a_rule_at_the_top_without_a_closing_one_is_not_front_matter():
    document = from_markdown("---\nJust text after a rule.\n")
    assert document.extra_sections == []
    assert document.introduction == "---\nJust text after a rule."


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("one  \ntwo", "one\\\ntwo"),  # A hard break inside a paragraph.
        ("- item  \n  more", "- item\\\n  more"),  # Inside a list item.
        ("end of paragraph  \n\nnext", "end of paragraph\n\nnext"),  # Not a break: nothing follows.
        ("line  \n- list", "line\n- list"),  # A list starts: not a break.
        ("```\ncode  \nmore\n```", "```\ncode\nmore\n```"),  # Code: spaces are not a break.
        # Left alone (the model trims the spaces, as before): a backslash break here would need a second one.
        ("ends in a backslash\\  \nnext", "ends in a backslash\\\nnext"),
        ("one\\\ntwo", "one\\\ntwo"),  # A backslash break is already safe.
    ],
)
def test_hard_line_breaks_in_kept_text_survive(text, kept):
    document = from_markdown(f"# T\n\n## Introduction\n\n{text}\n")
    assert document.introduction == kept
    assert from_markdown(to_markdown(document)) == document


def test_hard_breaks_survive_in_events_and_additional_sections():
    document = from_markdown(
        "# T\n\n## Timeline\n\n- 2024-05-02 14:02 Paged  \n  by the latency alert\n\n## Notes\n\nfirst  \nsecond\n"
    )
    assert document.timeline[0].text == "Paged\\\nby the latency alert"
    assert document.extra_sections[0].body == "first\\\nsecond"


def test_a_date_header_line_gives_the_day_of_times_written_alone():
    document = from_markdown("# T\n\n**Date:** March 3, 2025\n\n## Timeline\n\n- 11:12 Paged\n")
    assert document.timeline[0].time == datetime(2025, 3, 3, 11, 12, tzinfo=UTC)
    assert document.introduction == ""  # the incident's start shows the day: the line says no more


def test_a_date_header_line_stays_when_no_time_shows_its_day():
    document = from_markdown("# T\n\n**Date:** March 3, 2025\n\n## Summary\n\nThe site was slow.\n")
    assert document.introduction.startswith("**Date:** March 3, 2025")


def test_a_finished_post_mortem_status_reads_as_final():
    assert from_markdown("# T\n\n**Status:** Complete\n").metadata.status is Status.FINAL
    assert from_markdown("# T\n\n- **Status:** published\n").metadata.status is Status.FINAL


def test_task_details_in_nested_bullets_under_a_checkbox_item():
    document = from_markdown(
        "# T\n\n## Action Items\n\n- [x] Add index\n  - Owner: Ana\n  - Due: 2024-05-10\n  - Ticket: JIRA-123\n"
    )
    (task,) = document.measures.tasks
    assert (task.text, task.status, task.owner, task.due, task.link) == (
        "Add index",
        TaskStatus.DONE,
        "Ana",
        date(2024, 5, 10),
        "JIRA-123",
    )


def test_a_table_row_wider_than_its_header_is_kept_as_written_not_cut():
    document = from_markdown(
        "# T\n\n## Action Items\n\n| Task | Owner |\n|---|---|\n| Fix it | ana | urgent |\n\n"
        "## Timeline\n\n| Time | Event |\n|---|---|\n| 2025-03-03 11:12 | Paged | by phone |\n"
    )
    assert document.measures.tasks == [] and all(event.time is None for event in document.timeline)
    # Issue 9: a timeline that cannot be read stays in the Timeline section, as written (as a note).
    bodies = "\n".join([*(section.body for section in document.extra_sections), *(e.text for e in document.timeline)])
    assert "urgent" in bodies and "by phone" in bodies


def test_a_document_opening_with_a_rule_is_not_taken_for_front_matter():
    text = "---\n\n# Outage of API\n\n## Timeline\n\n- 10:00 went down\n\n---\n\n## Impact\n\nusers sad\n"
    document = from_markdown(text)
    assert document.metadata.title == "Outage of API"
    assert document.summary.impact == "users sad"
    assert "Front matter" not in [section.heading for section in document.extra_sections]
    assert "10:00 went down" in to_markdown(document)


def test_a_word_before_a_date_in_a_timeline_line_is_kept():
    document = from_markdown("# T\n\n## Timeline\n\nDNS March 3, 2025, 11:12 UTC went down\n")
    assert "DNS March 3, 2025, 11:12 UTC went down" in to_markdown(document)


@pytest.mark.parametrize(
    ("written", "severity"),
    [
        ("High", Severity.SEV2),
        ("**Critical**", Severity.SEV1),
        ("SEV2 (major)", Severity.SEV2),
        ("1 - Critical", Severity.SEV1),
        ("P3: Moderate", Severity.SEV3),
        ("low", Severity.SEV4),
    ],
)
def test_a_severity_written_on_a_common_scale_is_its_level(written, severity):
    from app.formats.markdown_read import read_markdown

    document, notes = read_markdown(f"# Outage\n\n**Severity:** {written}\n\nPayments failed.\n")
    assert document.metadata.severity is severity
    assert "Severity" not in document.introduction
    # A word alone is a reading of the team's own scale: the user is told to check it.
    told = any("was read as" in note for note in notes)
    assert told == (written.strip("*").isalpha())


def test_a_severity_with_more_words_than_a_level_stays_as_written():
    document = from_markdown("# Outage\n\n**Severity:** High, because of the checkout path\n\nPayments failed.\n")
    assert document.metadata.severity is None
    assert "High, because of the checkout path" in document.introduction
