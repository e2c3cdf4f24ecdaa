"""Measures in layouts many post-mortems share, read as a careful reader counts them.

- "## Future Work" over a numbered list: the measures still to do.
- A list, then "Specific tasks for this include:" typed right under its last item: two lists, the improvements
  and the tasks.
- "Corrective Measures:" and "Preventive Measures:" over their lists, with the tasks in a section of their own:
  both lists are the improvements (the template's name split in two).
- "Over the past week we carried out an internal review of the outage." over the measures' lines: the lead of
  the list, no measure.
- "### 1. Name" sub-headings, each over a label and its bullets: one improvement a sub-heading; the bullets spell
  it out and are no tasks.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_HEAD = "# Postmortem: queue stalled\n\n## Issue Summary\n\nJobs waited for an hour on 4 June 2024.\n\n"


def test_future_work_heading_holds_the_measures() -> None:
    doc = from_markdown(
        _HEAD + "## Future Work\n\n1. Shard the job queue by tenant\n2. Alert on queue age over five minutes\n"
        "3. Load test the worker pool\n   before each release\n"
    )
    texts = [task.text for task in doc.measures.tasks] + doc.measures.improvements
    assert len(texts) == 3
    assert any("Shard the job queue" in text for text in texts)
    assert any("before each release" in text for text in texts)


def test_a_tasks_lead_typed_under_the_last_item_starts_the_tasks() -> None:
    doc = from_markdown(
        _HEAD + "## Corrective and Preventative Measures\n\n"
        "We will make these changes to avoid a repeat:\n\n"
        "- Watch queue age, not only queue length.\n\n"
        "- Keep worker images small so they start fast.\n"
        "Specific tasks for this include:\n\n"
        "- Add a queue-age alert to the dashboard.\n\n"
        "- Trim the worker image below 200 MB.\n\n"
        "- Document the restart steps.\n"
    )
    assert [task.text for task in doc.measures.tasks] == [
        "Add a queue-age alert to the dashboard.",
        "Trim the worker image below 200 MB.",
        "Document the restart steps.",
    ]
    assert doc.measures.improvements == [
        "Watch queue age, not only queue length.",
        "Keep worker images small so they start fast.",
    ]
    assert "Specific tasks for this include:" in doc.model_dump_json()


def test_corrective_and_preventive_labels_beside_a_tasks_section_are_improvements() -> None:
    doc = from_markdown(
        _HEAD + "## Corrective and Preventive Measures:\n\n"
        "**Corrective Measures:**\n- Cap the retries of a failing job.\n- Split slow jobs onto their own queue.\n\n"
        "**Preventive Measures:**\n- Review queue limits every quarter.\n\n"
        "## Tasks to Address the Issue:\n\n- Set the retry cap to five.\n- Create the slow-jobs queue.\n"
    )
    assert doc.measures.improvements == [
        "Cap the retries of a failing job.",
        "Split slow jobs onto their own queue.",
        "Review queue limits every quarter.",
    ]
    assert [task.text for task in doc.measures.tasks] == ["Set the retry cap to five.", "Create the slow-jobs queue."]


def test_the_sentence_telling_the_review_is_no_measure() -> None:
    doc = from_markdown(
        "Issue Summary\n\nJobs waited for an hour on 4 June 2024.\n\n"
        "Corrective and Preventative Measures\n\n"
        "Over the past week we carried out an internal review of the outage.\n"
        "These are the steps we are taking so it does not happen again:\n"
        "Alert when the oldest job is older than five minutes.\n"
        "Give each tenant its own queue.\n"
    )
    texts = [task.text for task in doc.measures.tasks] + doc.measures.improvements
    assert texts == ["Alert when the oldest job is older than five minutes.", "Give each tenant its own queue."]
    assert "internal review of the outage" in doc.model_dump_json()


def test_numbered_sub_headings_over_labelled_bullets_are_one_improvement_each() -> None:
    doc = from_markdown(
        _HEAD + "## Prevention Measures\n\n"
        "### 1. Guard the deploy pipeline\n\n**Steps:**\n- Require a second approver\n- Block deploys on Friday\n\n"
        "### 2. Backups\n\n**Every database must have:**\n- A nightly snapshot\n- A tested restore\n\n"
        "```bash\npg_dump jobs > jobs.sql\n```\n\n"
        "## Action Items\n\n- [ ] Turn on branch protection\n- [ ] Schedule the restore drill\n"
    )
    assert doc.measures.improvements == ["Guard the deploy pipeline", "Backups"]
    assert [task.text for task in doc.measures.tasks] == ["Turn on branch protection", "Schedule the restore drill"]
    assert "Block deploys on Friday" in doc.model_dump_json()


def test_numbered_sub_headings_over_bare_task_lists_stay_tasks() -> None:
    doc = from_markdown(
        _HEAD + "## Action Items\n\n### 1. This week\n- Turn on branch protection\n\n"
        "### 2. This quarter\n- Schedule the restore drill\n"
    )
    assert [task.text for task in doc.measures.tasks] == ["Turn on branch protection", "Schedule the restore drill"]
