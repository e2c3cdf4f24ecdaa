"""Opening Markdown written by people: the reference layout, hand-written variants, other templates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import EventKind, Severity, Status, TaskStatus
from tests.conftest import EXAMPLES, SHARED_EXAMPLE

REFERENCE = SHARED_EXAMPLE if SHARED_EXAMPLE.exists() else EXAMPLES / "dns-outage.md"


@pytest.fixture(scope="module")
def reference():
    return from_markdown(REFERENCE.read_text(encoding="utf-8"))


def test_the_bundled_copy_is_the_shared_example():
    if not SHARED_EXAMPLE.exists():
        pytest.skip("the shared example folder is not beside this checkout")
    assert (EXAMPLES / "dns-outage.md").read_text(encoding="utf-8") == SHARED_EXAMPLE.read_text(encoding="utf-8")


def test_reference_title_introduction_and_summary(reference):
    assert reference.metadata.title == "Status Page DNS Outage Post-Mortem"
    assert reference.introduction.startswith("This document is the post-mortem of the DNS outage")
    assert reference.summary.start == datetime(2025, 3, 3, 11, 5, tzinfo=UTC)
    assert reference.summary.end == datetime(2025, 3, 3, 12, 47, tzinfo=UTC)
    assert reference.summary.impact.startswith("About 62% of visitors")
    assert reference.summary.root_cause.startswith("An automated certificate-renewal job")


def test_reference_timeline_with_the_detection_pair_as_one_timed_event(reference):
    kinds = [event.kind for event in reference.timeline]
    assert kinds == [
        EventKind.DETECTION,
        EventKind.ACTION,
        EventKind.ACTION,
        EventKind.MISLEADING,
        EventKind.MISLEADING,
        EventKind.ESCALATION,
        EventKind.RESOLUTION,
    ]
    detection = reference.timeline[0]
    assert detection.time == datetime(2025, 3, 3, 11, 12, tzinfo=UTC)
    assert detection.text.startswith("Synthetic checks from three regions")
    assert all(event.time is None for event in reference.timeline[1:])
    assert reference.timeline[4].text == "Rolled back the morning's front-end release, which changed nothing."


def test_reference_root_cause_measures_closing_and_humor(reference):
    assert reference.root_cause.cause.startswith("The certificate-renewal job used a DNS-01 challenge")
    assert reference.root_cause.resolution.startswith("Restored the records, pinned the library version")
    assert reference.measures.improvements == [
        "Alert on any change to the apex and www records.",
        "Keep the DNS zone under the same review process as application code.",
    ]
    assert [task.text for task in reference.measures.tasks] == [
        "Add a pre-deployment diff of DNS changes to the renewal job.",
        "Add a synthetic check that resolves through two independent public resolvers.",
        "Document the zone-restore procedure in the runbook.",
    ]
    assert reference.closing_notes.startswith("The site was down for well over an hour")
    assert reference.humor.caption.startswith("Below is our investigation flowchart")
    assert reference.humor.closing == "Remember: it is always DNS, except when it is not, which is when it is DNS."
    assert reference.extra_sections == []


HAND_WRITTEN = """\
Outage of the lunch ordering site
=================================

### Introduction ###

We broke DNS.

### issue summary

* __Duration__:
    * Start time: 2025-03-03 11:05
    * End: Mar 3 2025 12:47 UTC
* Impact
    * Nobody could order lunch.
* Root cause:   the renewal job

### TIMELINE

+ Detection
    + March 3, 2025, 11:12 UTC
    + The checks failed.
+ **Actions taken**
    + 11:20 Looked at the web servers.
+ **Red herrings:**
    + Blamed the CDN.

### Corrective and preventive measures

- **Tasks:**
  1. [x] Add a DNS diff
     - Owner: ana
     - Due: 2025-04-01
  2. [ ] Add a second resolver check
"""


def test_hand_written_variant_with_other_levels_bullets_and_spacing():
    document = from_markdown(HAND_WRITTEN)
    assert document.introduction == "We broke DNS."
    assert document.summary.start == datetime(2025, 3, 3, 11, 5, tzinfo=UTC)
    assert document.summary.end == datetime(2025, 3, 3, 12, 47, tzinfo=UTC)
    assert document.summary.impact == "Nobody could order lunch."
    assert document.summary.root_cause == "the renewal job"
    assert [(e.kind, e.time, e.text) for e in document.timeline] == [
        (EventKind.DETECTION, datetime(2025, 3, 3, 11, 12, tzinfo=UTC), "The checks failed."),
        (EventKind.ACTION, datetime(2025, 3, 3, 11, 20, tzinfo=UTC), "Looked at the web servers."),
        (EventKind.MISLEADING, None, "Blamed the CDN."),
    ]
    first, second = document.measures.tasks
    assert (first.text, first.status, first.owner, str(first.due)) == (
        "Add a DNS diff",
        TaskStatus.DONE,
        "ana",
        "2025-04-01",
    )
    assert (second.text, second.status) == ("Add a second resolver check", TaskStatus.OPEN)


def test_metadata_lines_under_the_title():
    document = from_markdown(
        "# T\n\n- **Status:** In review\n- **Severity:** sev 2\n- **Authors:** Ana, Bo\n"
        "- **Service:** Lunch\n\n## Introduction\n\nHi"
    )
    assert document.metadata.status is Status.IN_REVIEW
    assert document.metadata.severity is Severity.SEV2
    assert document.metadata.authors == ["Ana", "Bo"]
    assert document.metadata.service == "Lunch"
    assert document.introduction == "Hi"


def test_google_sre_layout():
    document = from_markdown((EXAMPLES / "google-sre-style.md").read_text(encoding="utf-8"))
    assert document.metadata.title.startswith("Recipe Search Overload Postmortem")
    assert document.metadata.authors == ["mira", "oskar", "tien"]
    assert document.summary.impact.startswith("An estimated 1.1 million search queries failed")
    assert document.introduction.count("Recipe search was unavailable for 48 minutes") == 1
    # Timeline: "HH:MM text" lines on the day named above them; the outage markers set the window.
    assert len(document.timeline) == 6
    assert document.timeline[0].time == datetime(2025, 5, 14, 19, 2, tzinfo=UTC)
    assert document.timeline[1].text.startswith("**OUTAGE BEGINS**")
    assert document.summary.start == datetime(2025, 5, 14, 19, 4, tzinfo=UTC)
    assert document.summary.end == datetime(2025, 5, 14, 19, 52, tzinfo=UTC)
    assert document.timeline[2].kind is EventKind.DETECTION
    assert document.timeline[3].kind is EventKind.ESCALATION
    # Action items table: tasks with owner and bug link; its "Type" column has no field, so it stays in the text.
    tasks = document.measures.tasks
    assert (tasks[0].text, tasks[0].owner) == ("Add a rate limit to the fallback scan (Type: mitigate)", "oskar")
    assert tasks[0].link == "[BUG-4711](https://bugs.example.com/4711)"
    kept = {section.heading: section.body for section in document.extra_sections}
    assert "Action Items" not in kept
    assert document.closing_notes.startswith("### What went well\n\n- The alert fired within two minutes")
    assert kept["Supporting information"] == "- Monitoring dashboard: https://dashboards.example.com/search"
    # The header's trigger tells the story of the cause: it joins the cause, under its label.
    assert "Trigger: A television cooking show recommended the site on air." in document.root_cause.cause
    assert "Trigger" not in document.introduction


def test_tables_with_known_columns_become_events_and_tasks():
    document = from_markdown(
        "# T\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 2025-03-03 11:12 | Paged |\n| | Looked around |\n\n"
        "## Action Items\n\n| Task | Owner | Status | Due |\n|---|---|---|---|\n| Fix it | ana | done | 2025-04-01 |\n"
    )
    assert [(e.time, e.text) for e in document.timeline] == [
        (datetime(2025, 3, 3, 11, 12, tzinfo=UTC), "Paged"),
        (None, "Looked around"),
    ]
    task = document.measures.tasks[0]
    assert (task.text, task.owner, task.status, str(task.due)) == ("Fix it", "ana", TaskStatus.DONE, "2025-04-01")
    assert document.extra_sections == []


def test_unknown_sections_and_unknown_parts_of_known_ones_are_kept_verbatim():
    text = (
        "# T\n\n## Issue Summary\n\n- **Impact:**\n  - Bad.\n\nAn extra paragraph nobody expected,\n"
        "  with *odd* indentation.\n\n## Weird Section ##\n\n```text\n## not a heading\n```\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    document = from_markdown(text)
    assert document.summary.impact == "Bad."
    assert [(s.heading, s.body) for s in document.extra_sections] == [
        ("Issue Summary", "An extra paragraph nobody expected,\n  with *odd* indentation."),
        ("Weird Section", "```text\n## not a heading\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |"),
    ]


def test_a_second_section_for_the_same_field_is_kept():
    document = from_markdown("# T\n\n## Introduction\n\nOne.\n\n## Overview\n\nTwo.\n")
    assert document.introduction == "One."
    assert [(s.heading, s.body) for s in document.extra_sections] == [("Overview", "Two.")]


def test_text_without_headings_is_kept():
    document = from_markdown("just some notes\n- and a list\n")
    assert document.introduction == "just some notes\n- and a list"


def test_large_document_imports_in_one_pass():
    events = "\n".join(f"  - Event number {i} with **bold** text" for i in range(10_000))
    document = from_markdown(f"# Big\n\n## Timeline\n\n- **Actions Taken:**\n{events}\n")
    assert len(document.timeline) == 10_000
    assert document.timeline[-1].text == "Event number 9999 with **bold** text"


def test_bundled_json_example_is_the_reference_enriched(reference):
    from app.formats.json_format import loads
    from app.validation import check

    example = loads((EXAMPLES / "dns-outage.json").read_text(encoding="utf-8"))
    assert check(example) == []
    # Every text of the reference is there, word for word.
    assert example.introduction == reference.introduction
    assert example.summary == reference.summary
    assert example.root_cause == reference.root_cause
    assert example.closing_notes == reference.closing_notes
    assert sorted(event.text for event in example.timeline) == sorted(event.text for event in reference.timeline)
    assert [task.text for task in example.measures.tasks] == [task.text for task in reference.measures.tasks]
    # Enriched: metadata, a time on every event inside the incident window, task details, a flowchart.
    assert example.metadata.severity is Severity.SEV2
    assert example.metadata.service == "LunchLine ordering site"
    assert example.metadata.authors
    assert all(example.summary.start <= event.time <= example.summary.end for event in example.timeline)
    assert all(task.owner and task.due and task.link for task in example.measures.tasks)
    assert {task.status for task in example.measures.tasks} == set(TaskStatus)
    chart = example.humor.flowchart
    assert len(chart.nodes) >= 8 and len(chart.edges) >= 8
    assert {node.kind.value for node in chart.nodes} == {"start", "question", "dead end", "resolution"}
    assert any("DNS" in node.label for node in chart.nodes if node.kind.value == "resolution")


def test_timeline_with_kind_subheadings_over_plain_lists():
    document = from_markdown(
        "# T\n\n## Timeline\n\n### Detection\n\n- 2025-03-03 11:12 UTC Paged\n\n### Actions taken\n\n"
        "- Looked at the servers\n\n### Our thoughts\n\n- hmm\n"
    )
    assert [(e.kind, e.time, e.text) for e in document.timeline] == [
        (EventKind.DETECTION, datetime(2025, 3, 3, 11, 12, tzinfo=UTC), "Paged"),
        (EventKind.ACTION, None, "Looked at the servers"),
        (EventKind.NOTE, None, "hmm"),
    ]
    assert [(s.heading, s.body) for s in document.extra_sections] == [("Timeline", "### Our thoughts")]


def test_sub_headings_inside_known_sections_map_their_text():
    document = from_markdown(
        "# T\n\n## Issue Summary\n\n### Impact\n\nNobody could order.\n\n- not even by phone\n\n"
        "### Root cause\n\nDNS.\n\n"
        "### Customer quotes\n\n> where is lunch\n\n## Root Cause and Resolution\n\n### Cause\n\nThe renewal job.\n\n"
        "### Resolution\n\nRestored the records.\n\n## Corrective Actions\n\n"
        "### Improvements\n\n- Alert on DNS changes\n\n"
        "### Tasks\n\n- [ ] Add a diff\n"
    )
    assert document.summary.impact == "Nobody could order.\n\n- not even by phone"
    assert document.summary.root_cause == "DNS."
    assert document.root_cause.cause == "The renewal job."
    assert document.root_cause.resolution == "Restored the records."
    assert document.measures.improvements == ["Alert on DNS changes"]
    assert [task.text for task in document.measures.tasks] == ["Add a diff"]
    assert [(s.heading, s.body) for s in document.extra_sections] == [
        ("Issue Summary", "### Customer quotes\n\n> where is lunch")
    ]


def test_a_json_post_mortem_saved_as_md_is_refused_with_a_clear_message(tmp_path):
    from app.errors import DocumentError
    from app.formats import files, json_format

    document = from_markdown(REFERENCE.read_text(encoding="utf-8"))
    wrong_suffix = tmp_path / "dns.md"
    wrong_suffix.write_text(json_format.dumps(document), encoding="utf-8")

    with pytest.raises(DocumentError, match=r"looks like JSON, not Markdown: rename it to \.json"):
        files.load(wrong_suffix)
    for text in ('  [{"title": "x"}]\n', "{}", '\ufeff{"metadata": {"title": "x"}}\r\n'):
        with pytest.raises(DocumentError, match="looks like JSON"):
            from_markdown(text)
    assert files.load(wrong_suffix.rename(tmp_path / "dns.json")) == document


def test_markdown_that_merely_holds_braces_or_brackets_still_imports():
    braces = from_markdown("{braces} are fine\n\nand so is {this}")
    assert braces.introduction == "{braces} are fine\n\nand so is {this}"
    link = from_markdown("[the runbook](https://example.com/runbook)")
    assert link.introduction == "[the runbook](https://example.com/runbook)"
    fenced = from_markdown('## Introduction\n\n```json\n{"a": 1}\n```')
    assert fenced.introduction == '```json\n{"a": 1}\n```'
    not_quite = from_markdown('{"title": "x"} is what the API sent')
    assert not_quite.introduction == '{"title": "x"} is what the API sent'


SRE_ACTION_ITEMS = """# Shakespeare Sonnet++ Postmortem (incident #465)

## Action Items

| Action Item | Type | Owner | Bug |
|-------------|------|-------|-----|
| Update playbook | mitigate | jennifer | n/a **DONE** |
| Use flux capacitor | prevent | martym | Bug 5554823 **TODO** |
| Page the on-call sooner | detect | agoogler | **IN PROGRESS** |
| Write the runbook | | jennifer | - |
"""


def test_sre_action_items_become_tasks_once_with_their_type_status_and_bug():
    from app.formats.markdown_export import to_markdown

    document = from_markdown(SRE_ACTION_ITEMS)

    assert [(t.text, t.owner, t.status, t.link) for t in document.measures.tasks] == [
        ("Update playbook (Type: mitigate)", "jennifer", TaskStatus.DONE, ""),
        ("Use flux capacitor (Type: prevent)", "martym", TaskStatus.OPEN, "Bug 5554823"),
        ("Page the on-call sooner (Type: detect)", "agoogler", TaskStatus.IN_PROGRESS, ""),
        ("Write the runbook", "jennifer", TaskStatus.OPEN, ""),
    ]
    assert document.extra_sections == []  # Not also kept as a second copy of the table.
    exported = to_markdown(document)
    assert exported.count("Update playbook") == 1 and exported.count("flux capacitor") == 1
    assert to_markdown(from_markdown(exported)) == exported


def test_table_cells_that_have_no_field_stay_in_the_task_text():
    document = from_markdown(
        "# T\n\n## Action Items\n\n| Task | Status | Due | Priority | Link |\n|---|---|---|---|---|\n"
        "| Fix it | blocked | next sprint | P1 | https://bugs.example.com/1 DONE |\n"
    )
    (task,) = document.measures.tasks
    assert task.text == "Fix it (Priority: P1; Status: blocked; Due: next sprint)"
    # The status column says nothing the model knows, so the link's marker gives the status.
    assert (task.status, task.due, task.link) == (TaskStatus.DONE, None, "https://bugs.example.com/1")
    assert document.extra_sections == []


@pytest.mark.parametrize("heading", ["Fun Fact", "A Touch of Humour", "On a lighter note", "The obligatory meme"])
def test_a_light_hearted_heading_is_the_humor_element(heading):
    document = from_markdown(
        f"# Login down\n\n## Timeline\n\n- 09:30 Alert fired\n\n## {heading}\n\nOur login page took a nap. 😴\n"
    )
    assert document.humor.caption == "Our login page took a nap. 😴"
    assert document.extra_sections == []


def test_a_picture_in_someone_elses_humor_element_stays_in_it_and_comes_back_the_same():
    document = from_markdown(
        "# Outage\n\n## Timeline\n\n- 10:00 alert\n\n## Humor Element\n\nOur investigation in one picture:\n\n"
        "![It was DNS](https://i.imgur.com/dns.jpg)\n\n*Me realizing it was DNS. Again.*\n"
    )
    assert document.humor.caption == "Our investigation in one picture:"
    assert document.humor.closing == ("![It was DNS](https://i.imgur.com/dns.jpg)\n\n*Me realizing it was DNS. Again.*")
    assert document.extra_sections == []
    assert from_markdown(to_markdown(document)) == document
