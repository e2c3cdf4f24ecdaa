"""Measures a careful reader counts in layouts the importer missed or over-counted.

- Plain text with no blank lines, each line a "Label: text" of its own, and "Corrective Actions: we propose
  these fixes:" among them over "Name: what to do" lines: those lines are the measures.
- "With these changes in place, we expect …" under the last task: the closing words, no task.
- "- **Preventative Measures:**" over bullets in "### Learnings and Next Steps", beside "- **What Went Well:**"
  over its own: the first group are the improvements, what went well is a lesson kept as written.
- An assignment's "#### Corrective and preventative measures must contain:" under the timeline: the measures.
- One measure line over "TODO:" and its lines: that line is the improvement, the lines the tasks.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def test_plain_text_corrective_actions_lead_over_label_lines() -> None:
    doc = from_markdown(
        "Case: Search went dark\n\n"
        "Review steps:\n\n"
        "Log review: The on-call engineer read the proxy logs for the hour before the outage.\n"
        "Cause Analysis: A certificate on the proxy expired overnight.\n"
        "Corrective Actions: From what we found, the team proposes these fixes:\n"
        "Certificate Renewal: Renew proxy certificates automatically a month ahead.\n"
        "Expiry Alerts: Alert the on-call engineer two weeks before any certificate expires.\n"
        "Outcome:\n\n"
        "The proxy team renewed the certificate by hand that morning.\n"
    )
    texts = [task.text for task in doc.measures.tasks] + doc.measures.improvements
    assert len(texts) == 2
    assert any("Renew proxy certificates automatically" in text for text in texts)
    assert any("two weeks before any certificate expires" in text for text in texts)


def test_closing_sentence_under_the_last_task_is_no_task() -> None:
    doc = from_markdown(
        "Postmortem: Cache outage\n\nIssue Summary\n\nThe cache cluster was down for an hour on 3 May 2024.\n\n"
        "Corrective and Preventative Measures\n\n"
        "Cache Sizing: Size the cluster for twice the daily peak.\n"
        "Failover Drills: Rehearse a cache failover each quarter.\n\n"
        "Action Items:\n\n"
        "Add Memory Alerts: Page the on-call engineer at 80% memory.\n"
        "Write a Runbook: Describe the failover step by step.\n"
        "With these changes in place, we expect the cache to stay up through the next sale.\n"
    )
    tasks = [task.text for task in doc.measures.tasks]
    assert len(tasks) == 2
    assert not any("With these changes in place" in text for text in tasks + doc.measures.improvements)
    assert "With these changes in place" in doc.closing_notes


def test_preventative_group_inside_learnings_and_next_steps() -> None:
    doc = from_markdown(
        "## Postmortem: Login page blank\n\n### Summary\n\nThe login page was blank for 40 minutes.\n\n"
        "### Root Cause Analysis\n\nA deploy dropped the page's template.\n\n"
        "### Actions Taken\n\nWe rolled the deploy back and the page came back.\n\n"
        "### Learnings and Next Steps\n\n"
        "- **What Went Well:**\n  - The alert fired within two minutes.\n\n"
        "- **What Didn't Go Well:**\n  - Nobody knew who owned the login page.\n\n"
        "- **Preventative Measures:**\n  - Add a smoke test that loads the login page after each deploy.\n"
        "  - Name an owner for every public page.\n\n"
        "### Metrics\n\n- **Downtime:** 40 minutes\n\n"
        "### Conclusion\n\nThis incident showed how much one page matters.\n\n"
        "### Next Steps\n\n1. Book a review of page ownership.\n2. Write the smoke test.\n"
    )
    assert doc.measures.improvements == [
        "Add a smoke test that loads the login page after each deploy.",
        "Name an owner for every public page.",
    ]
    assert [task.text for task in doc.measures.tasks] == ["Book a review of page ownership.", "Write the smoke test."]
    assert "The alert fired within two minutes." in doc.model_dump_json()


def test_measures_prompt_under_the_timeline_is_its_own_section() -> None:
    doc = from_markdown(
        "# Postmortem\n\n### Issue Summary:\n\n* Start-time: 06/May/2022 2:17 PM (GMT)\n\n### Timeline\n\n"
        "* when was the issue detected:\n\n\t2:17 PM (GMT) the home page timed out\n\n"
        "#### Corrective and preventative measures must contain:\n\n"
        "Move the nightly export off the web server so it cannot starve the site.\n\n"
        "To-do:\n\n Set up an export job on the reporting server.\n"
    )
    assert doc.measures.improvements == ["Move the nightly export off the web server so it cannot starve the site."]
    assert [task.text for task in doc.measures.tasks] == ["Set up an export job on the reporting server."]
    assert not any("export" in event.text for event in doc.timeline)


def test_one_measure_line_over_a_todo_label_is_the_improvement() -> None:
    doc = from_markdown(
        "Postmortem: Settings typo\n\nIssue Summary:\nA typo in a settings file took the blog down.\n\n"
        "Corrective and Preventative Measures:\n"
        "Only the platform team may edit settings files, so that no stray edit reaches production again.\n"
        "TODO:\n"
        "Make the settings files read-only for everyone else.\n"
        "Review every settings file for similar typos.\n"
    )
    assert len(doc.measures.improvements) == 1
    assert doc.measures.improvements[0].startswith("Only the platform team may edit settings files")
    assert [task.text for task in doc.measures.tasks] == [
        "Make the settings files read-only for everyone else.",
        "Review every settings file for similar typos.",
    ]
