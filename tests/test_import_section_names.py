"""Opening post-mortems whose sections go by other names: each lands in the field a careful reader would put it in.

Lessons are closing notes; recommendations and "what we're changing" are the
measures; "Fix" is the resolution; "What went wrong" is the cause alone and
a lesson beside "What went well". Markup that wikis and note apps leave in
the text (``<br>``, ``&nbsp;``, ``<aside>``) is read as the reader sees it.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import PostMortem, Status, TaskStatus

BODY = "Vivid sentence about the incident."


def _field(document: PostMortem, field: str) -> str:
    return {
        "closing": document.closing_notes,
        "resolution": document.root_cause.resolution,
        "cause": document.root_cause.cause,
        "impact": document.summary.impact,
    }[field]


def _with_section(heading: str, body: str = BODY) -> PostMortem:
    return from_markdown(f"# Queue outage\n\n## Summary\n\nThe queue stopped.\n\n## {heading}\n\n{body}\n")


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Lessons learned", "closing"),
        ("Lessons Learnt", "closing"),
        ("Lessons", "closing"),
        ("💡 Learnings", "closing"),
        ("6. Lessons learned", "closing"),
        ("What we learned", "closing"),
        ("Key takeaways", "closing"),
        ("Thanks", "closing"),
        ("Final thoughts", "closing"),
        ("Closing note", "closing"),
        ("Closing remarks", "closing"),
        ("In closing", "closing"),
        ("Wrap-up", "closing"),
        ("Epilogue", "closing"),
        ("Fix", "resolution"),
        ("The fix", "resolution"),
        ("What we did to fix it", "resolution"),
        ("What fixed it", "resolution"),
        ("What fixed the problem?", "resolution"),
        ("How it was fixed", "resolution"),
        ("How we solved it", "resolution"),
        # A security incident's response phases: what stopped the attacker and restored service.
        ("5. Containment, eradication and recovery", "resolution"),
        ("Containment and Recovery", "resolution"),
        ("Containment", "resolution"),
        ("What went wrong, and why?", "cause"),
        ("What went wrong", "cause"),
        ("What went wrong and why?", "cause"),
        ("Root cause analysis", "cause"),
        ("Why", "cause"),
        ("Issue", "impact"),
        ("Impact on customers", "impact"),
        ("Who was affected?", "impact"),
    ],
)
def test_a_section_under_another_common_name_lands_in_its_field(heading, field):
    document = _with_section(heading)
    assert _field(document, field) == BODY
    assert document.extra_sections == []


@pytest.mark.parametrize(
    "heading",
    [
        "7. Recommendations and actions",
        "Recommendations",
        "Corrective and preventive actions",
        "Corrective and Preventative Actions",
        "Preventative Actions",
        "Prevention",
        "What we're changing",
        "What we\u2019re changing",
        "How are we making incidents like this less likely or less impactful?",
        "What we'll do next",
        "Going forward",
        "How we will prevent this from happening again",
        "Preventing this in the future",
        "How are we making incidents like this less likely, or less impactful?",
        "How will we make outages like this less likely?",
    ],
)
def test_recommendations_and_changes_are_the_measures(heading):
    document = _with_section(heading, "- Stagger the compactions\n- Add per-node latency to the dashboard")
    # ("Prevention" over a plain list: the improvements; "What we'll do next": the tasks. Either way, the measures.)
    assert [*(task.text for task in document.measures.tasks), *document.measures.improvements] == [
        "Stagger the compactions",
        "Add per-node latency to the dashboard",
    ]
    assert document.extra_sections == []


def test_what_went_well_and_what_went_wrong_side_by_side_are_the_lessons_each_under_its_heading():
    document = from_markdown(
        "# Replica lag\n\n## Root Cause Analysis\n\nThe repack held a lock.\n\n"
        "## What went well\n\n- The alert fired within 11 minutes.\n\n"
        "## What went wrong\n\n- The failover was a guess.\n\n"
        "## Where we got lucky\n\n- It was a Sunday.\n"
    )
    assert document.root_cause.cause == "The repack held a lock."
    assert document.closing_notes == (
        "### What went well\n\n- The alert fired within 11 minutes.\n\n"
        "### What went wrong\n\n- The failover was a guess.\n\n"
        "### Where we got lucky\n\n- It was a Sunday."
    )
    assert document.extra_sections == []


def test_what_went_wrong_under_a_lessons_heading_stays_a_lesson():
    document = from_markdown(
        "# Uploads rejected\n\n## Root causes\n\nA renamed field.\n\n"
        "## Lessons Learned\n\n### What went well\n\n- Rollback worked.\n\n### What went wrong\n\n- Canary missed it.\n"
    )
    assert document.root_cause.cause == "A renamed field."
    assert document.closing_notes == (
        "### What went well\n\n- Rollback worked.\n\n### What went wrong\n\n- Canary missed it."
    )


def test_what_went_wrong_alone_is_the_cause_not_a_lesson():
    document = from_markdown(
        "# Payments stuck\n\n## What went wrong\n\nThe PSP pins its intermediates.\n\n"
        "## Fix\n\nWe restored the old chain.\n\n## Lessons learnt\n\nHealthy in one direction only.\n"
    )
    assert document.root_cause.cause == "The PSP pins its intermediates."
    assert document.root_cause.resolution == "We restored the old chain."
    assert document.closing_notes == "Healthy in one direction only."


def test_a_remediation_paragraph_is_the_resolution_and_the_task_table_after_it_the_measures():
    document = from_markdown(
        "# Webhooks delayed\n\n## Remediation\n\nWe restarted the delivery workers at 11:02.\n\n"
        "## Follow-up tasks\n\n| Task | Assignee | Due | State |\n|---|---|---|---|\n"
        "| Treat READONLY as a reconnect | Raj Patel | 2024-05-31 | In progress |\n"
    )
    assert document.root_cause.resolution == "We restarted the delivery workers at 11:02."
    [task] = document.measures.tasks
    assert (task.text, task.owner, task.status) == (
        "Treat READONLY as a reconnect",
        "Raj Patel",
        TaskStatus.IN_PROGRESS,
    )
    assert document.extra_sections == []


def test_a_follow_up_column_holds_the_tasks_text():
    document = _with_section(
        "✅ Follow-ups",
        "| Follow-up | Owner | Status |\n|---|---|---|\n| Align the idle timeout (ENG-2210) | Tomasz Wójcik | Done |",
    )
    [task] = document.measures.tasks
    assert (task.text, task.owner, task.status) == (
        "Align the idle timeout (ENG-2210)",
        "Tomasz Wójcik",
        TaskStatus.DONE,
    )


def test_what_happened_asked_beside_a_timeline_is_the_impact():
    document = from_markdown(
        "# Front Door errors\n\n## What happened?\n\nAbout 6% of requests failed.\n\n"
        "## Timeline\n\n- 2024-09-18 07:45 UTC – Customer impact began\n"
        "- 2024-09-18 10:20 UTC – Rollback completed\n"
    )
    assert document.summary.impact == "About 6% of requests failed."
    assert len(document.timeline) == 2


def test_a_fix_label_in_the_header_is_the_resolution():
    document = from_markdown("# Stale rules\n\n**Root cause:** An old queue host.\n\n**Fix:** The cache was purged.\n")
    assert document.root_cause.resolution == "The cache was purged."


@pytest.mark.parametrize("status", ["Done", "Closed", "Complete", "Completed", "Approved"])
def test_a_post_mortem_marked_done_or_closed_is_final(status):
    document = from_markdown(f"# Login emails\n\nStatus: {status}\n\n## Summary\n\nNo emails.\n")
    assert document.metadata.status is Status.FINAL


def test_a_rule_closing_a_section_is_not_kept_as_a_section_of_its_own():
    document = _with_section("Preventative Actions", "- Check the trust bundle\n\n---")
    assert [task.text for task in document.measures.tasks] == ["Check the trust bundle"]
    assert document.extra_sections == []


# --------------------------------------------------------------------------- markup left by wikis and note apps


def test_a_line_break_in_a_table_cell_joins_its_lines_and_entities_are_decoded():
    document = from_markdown(
        # The incident's day is stated: a task's due date in the table below never dates the incident.
        "# Billing run failed\n\nThe run of 7 March 2024 failed.\n\n"
        "## Timeline\n\n| Time (GMT) | What happened |\n|---|---|\n"
        "| 01:47 | Job fails with `ORA-01555: snapshot too old`<br>Automatic retry starts |\n"
        "| 09:59 | Billing run completes;&nbsp;invoices sent &amp; filed |\n\n"
        "## Impact\n\nSent at 09:59.&nbsp;Support received 140 calls.\n\n"
        "## Action items\n\n| # | Action | Owner | Due date | Status |\n|---|---|---|---|---|\n"
        "| 1 | Point notifications at the on-call alias<br>(retired mailbox removed) | Dev | 2024-03-08 | DONE |\n",
    )
    assert [event.text for event in document.timeline] == [
        "Job fails with `ORA-01555: snapshot too old`; Automatic retry starts",
        "Billing run completes; invoices sent & filed",
    ]
    assert (document.timeline[0].time.hour, document.timeline[0].time.minute) == (1, 47)
    assert document.summary.impact == "Sent at 09:59. Support received 140 calls."
    assert document.measures.tasks[0].text.startswith("Point notifications at the on-call alias; (retired mailbox")


def test_markup_in_code_stays_as_written():
    document = _with_section("Fix", "Set `a&amp;b<br>c` in the config.")
    assert document.root_cause.resolution == "Set `a&amp;b<br>c` in the config."


def test_a_line_break_in_prose_is_a_line_break_and_a_notion_callout_loses_its_tags():
    document = from_markdown(
        "# Login emails\n\n<aside>\n💡 **TL;DR:** A rotated key was not updated.\n\n</aside>\n\n"
        "## Fix<br>\n\nWe put the new key in place.<br>Then we redeployed.\n"
    )
    assert "aside" not in document.introduction
    assert "A rotated key was not updated." in document.introduction
    assert document.root_cause.resolution == "We put the new key in place.\nThen we redeployed."


def test_an_exported_document_with_decoded_markup_reopens_the_same():
    document = _with_section("Fix", "AT&amp;T&nbsp;links restored.")
    assert document.root_cause.resolution == "AT&T links restored."
    assert from_markdown(to_markdown(document)) == document


def test_what_went_wrong_beside_a_root_cause_section_is_a_lesson():
    document = from_markdown(
        "# Queue outage\n\n## Root cause\n\nA full disk.\n\n## What went wrong\n\n- Nobody watched the disk.\n"
    )
    assert document.root_cause.cause == "A full disk."
    assert document.closing_notes == "### What went wrong\n\n- Nobody watched the disk."


def test_numbered_section_names_on_lines_of_their_own_in_a_report_with_no_headings():
    # Pasted from a word processor: "1. Summary" is the section's number and name, not a list of one item.
    document = from_markdown(
        "Postmortem: registrar transfer\n\n1. Summary\n\nOn 2 February 2025 the domain pointed at a parking page.\n\n"
        "2. Timeline (all times UTC)\n\n09:40 - Transfer completes.\n11:05 - A customer reports it.\n\n"
        "3. Root Cause\n\nA box was ticked by default.\n\n4. Corrective Actions\n\n- Write a checklist\n\n"
        "5. Closing note\n\nIt was DNS.\n"
    )
    assert document.metadata.title == "Postmortem: registrar transfer"
    assert document.introduction == "On 2 February 2025 the domain pointed at a parking page."
    assert [event.text for event in document.timeline] == ["Transfer completes.", "A customer reports it."]
    assert document.root_cause.cause == "A box was ticked by default."
    assert [task.text for task in document.measures.tasks] == ["Write a checklist"]
    assert document.closing_notes == "It was DNS."


def test_a_numbered_list_of_ordinary_items_in_a_report_with_no_headings_stays_a_list():
    document = from_markdown("Postmortem: queue\n\nWhat we did:\n\n1. Restarted\n\n2. Drained the queue\n")
    assert "1. Restarted" in document.introduction and "2. Drained the queue" in document.introduction


def test_a_heading_with_a_typing_slip_is_still_its_section_and_the_import_says_how_it_read_it():
    from app.formats.markdown_import import read_markdown

    document, notes = read_markdown(
        "# Web stack outage\n\n## Isue Summary\n\nThe site was down for an hour.\n\n"
        "## timline\n\n- 2024-03-02 10:00 UTC - Alerts fire.\n- 2024-03-02 10:30 UTC - Restarted nginx.\n\n"
        "## Root Casue\n\nA typo in the config.\n"
    )
    assert [event.text for event in document.timeline] == ["Alerts fire.", "Restarted nginx."]
    assert document.root_cause.cause == "A typo in the config."
    assert document.extra_sections == []
    assert "read the heading “timline” as “timeline”" in notes


@pytest.mark.parametrize("heading", ["Monitoring", "Metrics", "Security", "Fixx", "Response"])
def test_a_heading_that_is_no_slip_of_a_section_name_stays_a_section_of_its_own(heading):
    document = _with_section(heading)
    assert [extra.heading for extra in document.extra_sections] == [heading]


def test_numbered_follow_ups_over_their_text_stay_the_tasks_not_sections():
    document = from_markdown(
        "Checkout outage on 12 March 2025\n\nRoot cause\nAn empty default in the flag file.\n\nFollow-up\n\n"
        "1. Fix\nPatch the parser.\n\n2. Monitoring\nAlert on parse failures.\n\n3. Process\nReview flag changes.\n"
    )
    assert document.root_cause.resolution == ""
    assert document.root_cause.cause == "An empty default in the flag file."


def test_a_table_of_contents_is_not_the_sections_it_lists():
    document = from_markdown(
        "Checkout outage\n\n1. Summary\n2. Timeline\n3. Root cause\n\nSummary\n\nCheckout failed for an hour.\n\n"
        "Root cause\n\nAn empty default.\n"
    )
    assert "Checkout failed for an hour." in document.introduction + document.summary.impact
    assert document.root_cause.cause == "An empty default."


def test_numbered_items_in_a_document_with_headings_stay_list_items():
    document = from_markdown(
        "# Outage\n\n## Summary\n\nDown.\n\n## Lessons learned\n\n1. Recovery:\nwas slow.\n\n2. Alerting:\nwas late.\n"
    )
    assert "1. Recovery:" in document.closing_notes and "###" not in document.closing_notes


@pytest.mark.parametrize("heading", ["How we fixed it", "What fixed it", "The fix", "Remediation"])
def test_the_fix_told_under_its_own_heading_is_the_resolution_beside_listed_action_items(heading):
    document = from_markdown(
        "# Printer queue stuck\n\n## Summary\n\nNo job printed for two hours.\n\n"
        f"## {heading}\n\nCleared the spool folder and restarted the print service.\n\n"
        "## Action items\n\n- [ ] Alert on spool size @Ana\n"
    )
    assert document.root_cause.resolution == "Cleared the spool folder and restarted the print service."
    assert [task.text for task in document.measures.tasks] == ["Alert on spool size"]
    assert document.extra_sections == []


@pytest.mark.parametrize("heading", ["Notes", "Additional notes", "Other notes"])
def test_notes_ending_the_page_after_the_action_items_are_the_closing_notes(heading):
    document = from_markdown(
        "# Webhooks delayed\n\n## TL;DR\n\nWebhooks waited an hour.\n\n"
        "## Action items\n\n- [ ] Alert on queue age @Ana\n\n"
        f"## {heading}\n\nThanks to support for spotting it first.\n"
    )
    assert document.closing_notes == "Thanks to support for spotting it first."
    assert document.extra_sections == []


@pytest.mark.parametrize(
    "layout",
    [
        # Before the measures: what the author noted while working, not closing words.
        "## Notes\n\nThe vendor's status page was down too.\n\n## Action items\n\n- [ ] Alert on queue age\n",
        # With closing notes of their own, the page's notes stay as written.
        "## Action items\n\n- [ ] Alert on queue age\n\n## Lessons learned\n\nAlert on age.\n\n"
        "## Notes\n\nThe vendor's status page was down too.\n",
    ],
)
def test_notes_elsewhere_stay_as_written(layout):
    document = from_markdown(f"# Webhooks delayed\n\n## TL;DR\n\nWebhooks waited an hour.\n\n{layout}")
    assert ("Notes", "The vendor's status page was down too.") in [
        (section.heading, section.body) for section in document.extra_sections
    ]


@pytest.mark.parametrize("parent", ["What happened", "Incident details", "Details"])
def test_an_empty_parent_heading_over_a_timeline_that_was_read_leaves_no_empty_section(parent):
    document = from_markdown(
        "# Webhooks delayed\n\n## TL;DR\n\nWebhooks waited an hour on 4 March 2025.\n\n"
        f"## {parent}\n\n### Timeline\n\n- 09:05 Deploy finished\n- 09:12 Queue started growing\n\n"
        "## Root cause\n\nA DNS lookup hung.\n"
    )
    assert [event.text for event in document.timeline] == ["Deploy finished", "Queue started growing"]
    assert document.extra_sections == []


def test_an_empty_heading_of_the_authors_own_words_over_a_timeline_stays():
    document = from_markdown(
        "# Webhooks delayed\n\n## TL;DR\n\nWebhooks waited an hour on 4 March 2025.\n\n"
        "## The Tuesday morning\n\n### Timeline\n\n- 09:05 Deploy finished\n- 09:12 Queue started growing\n"
    )
    assert [section.heading for section in document.extra_sections] == ["The Tuesday morning"]


@pytest.mark.parametrize(
    "heading",
    ["Detailed Look at the Root Cause and Resolution", "Root Cause Analysis and Resolution", "Root cause & fix"],
)
def test_a_heading_naming_the_cause_and_its_fix_in_more_words_is_read_as_both(heading):
    document = from_markdown(
        "# Search outage\n\n## Summary\n\nSearch returned nothing for an hour.\n\n"
        f"## {heading}\n\nA stale index alias pointed at an empty index.\n\n"
        "The resolution was repointing the alias at the full index and reindexing the day's documents.\n"
    )
    assert document.root_cause.cause == "A stale index alias pointed at an empty index."
    assert document.root_cause.resolution.startswith("The resolution was repointing the alias")
