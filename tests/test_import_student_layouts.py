"""Layouts found in real students' and teams' post-mortems (read beside the importer's result, 2026-12).

Each test is one form a careful reader reads without thinking, which the import once got wrong:
which line is the title, a section written a level up, a window under its own heading, measures
told in prose or in two lists written differently, and HTML a saved page leaves behind.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown


def test_a_heading_that_labels_the_title_gives_the_text_under_it_as_the_title() -> None:
    document = from_markdown(
        "# Incident Title\n\nVPN Gateway Outage\n\n## Summary\n\nThe gateway's certificate expired.\n\n"
        "## Action Items\n\n- Monitor certificate expiry\n"
    )
    assert document.metadata.title == "VPN Gateway Outage"
    assert "VPN Gateway Outage" not in document.introduction


def test_a_label_whose_value_is_only_a_link_is_not_the_title() -> None:
    document = from_markdown(
        "Internal write-up: https://example.com/incidents/58\n\nOn 3 May the flags service was down for an hour.\n"
    )
    assert document.metadata.title == ""
    assert "https://example.com/incidents/58" in document.introduction


def test_a_kind_of_report_over_the_incident_s_name_keeps_its_words_above_the_sections() -> None:
    document = from_markdown(
        "Postmortem Report\n\nIncident Report: The Great Cache Stampede\n\nSummary:\nThe cache emptied at noon.\n\n"
        "Timeline:\n\n12:00 UTC: cache emptied\n12:30 UTC: cache warmed\n"
    )
    assert document.metadata.title == "Incident Report: The Great Cache Stampede"
    assert document.introduction.startswith("Postmortem Report")


def test_a_chatty_line_before_the_title_stays_above_the_sections() -> None:
    document = from_markdown(
        "Here is my write-up for the project:\nPostmortem: Web Stack Outage\n\nIssue Summary:\n\n"
        "Impact: the site was down.\n"
    )
    assert document.metadata.title == "Postmortem: Web Stack Outage"
    assert document.introduction == "Here is my write-up for the project:"


def test_an_issue_summary_written_as_the_first_level_one_heading_is_a_section_and_its_duration_the_window() -> None:
    document = from_markdown(
        "# Issue Summary\n\n## Duration\n\n- **Start Time:** May 5, 2024, 10:00 PM (UTC-5)\n"
        "- **End Time:** May 6, 2024, 2:00 AM (UTC-5)\n\n## Impact\n\nLogins failed for 30% of users.\n\n"
        "## Timeline\n\n- 10:30 PM: alert fires\n\n## Root Cause and Resolution\n\nA bad load balancer rule.\n"
    )
    five_behind = timezone(timedelta(hours=-5))
    assert document.metadata.title == ""
    assert document.summary.start == datetime(2024, 5, 5, 22, 0, tzinfo=five_behind)
    assert document.summary.end == datetime(2024, 5, 6, 2, 0, tzinfo=five_behind)
    assert document.summary.impact == "Logins failed for 30% of users."
    assert document.extra_sections == []


def test_measures_in_prose_become_improvements_up_to_a_rule_and_without_their_pictures() -> None:
    document = from_markdown(
        "# T\n\n## Corrective and Preventative Measures\n\n"
        "Config changes will be checked by a script before each reload.\n\n"
        "![meme](https://example.com/meme.png)\n\n"
        "The on-call rota gets a second person at weekends.\n\n---\n\nNo customer data was touched.\n"
    )
    assert document.measures.improvements == [
        "Config changes will be checked by a script before each reload.",
        "The on-call rota gets a second person at weekends.",
    ]
    kept = document.extra_sections[0].body
    assert "![meme](https://example.com/meme.png)" in kept and "No customer data was touched." in kept


def test_plain_improvement_lines_then_a_numbered_task_list_are_the_two_lists() -> None:
    document = from_markdown(
        "Title\n\nTimeline\n10:00 AM: alert\n\nCorrective and Preventative Measures:\nImprovements/Fixes: \n"
        "Redundant database servers.\nFaster hardware alerts.\nTasks to Address the Issue: \n"
        "  1. Buy a spare server.\n  2. Lower the alert threshold.\n\n"
        "These corrective measures aim to keep the site up.\n"
    )
    assert document.measures.improvements == ["Redundant database servers.", "Faster hardware alerts."]
    assert [task.text for task in document.measures.tasks] == ["Buy a spare server.", "Lower the alert threshold."]
    assert document.closing_notes == "These corrective measures aim to keep the site up."


def test_a_list_then_an_emoji_led_task_list_are_improvements_then_tasks() -> None:
    document = from_markdown(
        "# T\n\n## Corrective and Preventative Measures\n\n1. Add redundant power supplies.\n\n"
        "📝 Task List: our quest\n\n1. Order two power supplies.\n"
    )
    assert document.measures.improvements == ["Add redundant power supplies."]
    assert [task.text for task in document.measures.tasks] == ["Order two power supplies."]


def test_a_run_in_section_name_starts_its_section_but_a_summary_label_stays_a_label() -> None:
    document = from_markdown(
        "Postmortem: Disk Full\n\nDuration: June 1, 2024, 10:00 - 11:00 UTC\n\n"
        "Root Cause: logs were never rotated.\n\n"
        "🔧 Root Cause and Resolution: The log directory filled the disk. We deleted old logs.\n"
    )
    assert document.summary.start == datetime(2024, 6, 1, 10, 0, tzinfo=UTC)
    assert document.summary.root_cause == "logs were never rotated."
    assert document.root_cause.cause == "The log directory filled the disk."
    assert document.root_cause.resolution == "We deleted old logs."


def test_an_image_tag_with_a_script_stays_as_written() -> None:
    text = '# T\n\n## Summary\n\n<img src=x onerror="alert(1)">\n'
    document = from_markdown(text)
    assert '<img src=x onerror="alert(1)">' in to_markdown(document)


def test_a_fence_marked_markdown_without_report_headings_stays_code() -> None:
    document = from_markdown("# T\n\n## Summary\n\nOur template:\n\n```markdown\n## Notes\n- one\n```\n")
    assert "```markdown" in document.introduction


def test_the_0x19_example_s_debugging_steps_summation_and_prevention_are_timeline_root_cause_and_measures() -> None:
    document = from_markdown(
        "# Postmortem\n\nAt 00:07 PST the container's Apache answered 500.\n\n## Debugging Process\n\n"
        "1. Checked the running processes with `ps aux`.\n"
        "2. Traced the worker with `strace` and found a missing file.\n"
        "3. Fixed the file name in the settings.\n\n## Summation\n\nIn short, a typo in a file name. "
        "The patch removed the extra letter.\n\n## Prevention\n\n* Test before deploying.\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (None, "Checked the running processes with `ps aux`."),
        (None, "Traced the worker with `strace` and found a missing file."),
        (None, "Fixed the file name in the settings."),
    ]
    assert document.root_cause.cause == "In short, a typo in a file name."
    assert document.root_cause.resolution == "The patch removed the extra letter."
    assert document.measures.improvements == ["Test before deploying."]


def test_lessons_written_as_future_improvements_are_the_improvements() -> None:
    document = from_markdown(
        "# T\n\n## Lessons Learned and Future Improvements\nAdd negative tests for every integer type.\n"
        "Page the most experienced people first.\n"
    )
    assert document.measures.improvements == [
        "Add negative tests for every integer type.",
        "Page the most experienced people first.",
    ]
    assert document.closing_notes == ""


def test_rules_drawn_between_sections_are_not_part_of_their_text() -> None:
    document = from_markdown(
        "**Postmortem: Slow Uploads**\n\n---\n\n### **Issue Summary**\n\n**Root Cause:**\nA full disk.\n\n---\n\n"
        "### **Timeline**\n\n- **10:30 AM** - Alert fires.\n"
    )
    assert document.metadata.title == "Postmortem: Slow Uploads"
    assert document.introduction == ""
    assert document.summary.root_cause == "A full disk."


def test_a_numbered_step_that_fixes_it_does_not_cut_the_cause_inside_the_list() -> None:
    document = from_markdown(
        "# T\n\n## Root Cause and Resolution\n\nSteps taken:\n1. checked the service status\n"
        "2. I fixed the typo and curl returned 200.\n"
    )
    assert document.root_cause.cause.endswith("2. I fixed the typo and curl returned 200.")
    assert document.root_cause.resolution == ""


def test_a_picture_closing_a_section_is_the_humor_element_when_there_is_none() -> None:
    document = from_markdown(
        "# T\n\n## Timeline\n\n- 10:00 UTC: alert fires\n- 10:30 UTC: the developer sends us a photo.\n\n"
        "![](https://example.com/cat-on-keyboard.jpg)\n\n## Root Cause and Resolution\n\nA typo.\n"
    )
    assert "![](https://example.com/cat-on-keyboard.jpg)" in document.humor.closing
    assert document.extra_sections == []
    assert document.timeline[-1].text.endswith("the developer sends us a photo.")


def test_a_diagram_drawn_under_its_label_is_the_humor_element() -> None:
    document = from_markdown(
        "# T\n\n## Root Cause and Resolution\n\nA greedy balancer.\n\n**A Pretty Diagram**:\n\n"
        "```plaintext\n[ Users ] --> [ Balancer ] --x--> [ Server A ]\n```\n"
    )
    assert document.root_cause.cause == "A greedy balancer."
    assert "[ Users ]" in document.humor.caption


def test_a_picture_inside_a_paragraph_of_text_stays_where_it_is() -> None:
    document = from_markdown(
        "# T\n\n## Root Cause and Resolution\n\nThe graph shows it:\n"
        "![graph](https://example.com/g.png)\nas expected.\n"
    )
    assert document.humor.closing == "" and document.humor.caption == ""


def test_sections_named_for_kinds_of_event_after_the_timeline_are_its_events() -> None:
    document = from_markdown(
        "# T\n\n## Timeline:\n\n- **08:00 AM:** Alert fires.\n\n## Misleading Investigation/Debugging Paths:\n\n"
        "Suspected the network first.\n\n## Escalated to:\n\nThe database team.\n\n## Resolution:\n\n"
        "Raised the pool size.\n\n## Root Cause and Resolution:\n\nA pool too small. We raised it.\n"
    )
    assert [(event.kind.value, event.text) for event in document.timeline][1:] == [
        ("misleading", "Suspected the network first."),
        ("escalation", "The database team."),
        ("resolution", "Raised the pool size."),
    ]
    assert (document.root_cause.cause, document.root_cause.resolution) == ("A pool too small.", "We raised it.")
    assert document.extra_sections == []


def test_bold_kind_names_under_a_bold_timeline_are_its_events() -> None:
    document = from_markdown(
        "**Timeline:**\n\n- **22:00 PST:** The server crashed.\n\n**Incident Escalation:**\n\n"
        "Escalated to the web team.\n\n**Root Cause and Resolution:**\n\nA bad rule. We removed it.\n"
    )
    assert [(event.kind.value, event.text) for event in document.timeline][-1] == (
        "escalation",
        "Escalated to the web team.",
    )
    assert document.extra_sections == []


def test_a_resolution_section_after_the_timeline_with_no_root_cause_section_stays_the_resolution() -> None:
    document = from_markdown(
        "# T\n\n## Timeline\n\n- 2024-05-01 08:00 UTC: alert fires\n\n## Resolution\n\nWe restarted the queue.\n"
    )
    assert document.root_cause.resolution == "We restarted the queue."
    assert len(document.timeline) == 1


def test_a_home_lab_write_up_s_sections_are_the_impact_introduction_and_resolution() -> None:
    document = from_markdown(
        "# Media server down for a week\n### Issues Found:\n* Remote access dropped\n### Issue Description:\n"
        "* The ISP blocked the default port.\n### Steps to Resolution:\n* Moved the service to another port\n"
    )
    assert document.summary.impact == "Remote access dropped"
    assert document.introduction == "* The ISP blocked the default port."  # the introduction keeps its list
    assert document.root_cause.resolution == "Moved the service to another port"
    assert document.extra_sections == []


def test_a_graph_closing_the_timeline_stays_with_the_timeline() -> None:
    document = from_markdown(
        "# T\n\n## Timeline\n\n- **16:58 UTC** - Database saturates\n\n"
        "![outage timeline](https://example.com/outage.png)\n"
    )
    assert document.humor.closing == ""
    assert "![outage timeline](https://example.com/outage.png)" in to_markdown(document)


def test_an_archive_s_front_matter_window_is_the_incident_s_start_and_end() -> None:
    document = from_markdown(
        "---\ntitle: Grid collapse\nstart_time: 2012-07-30T02:33:00Z\nend_time: 2012-07-31T16:00:00Z\n---\n\n"
        "The northern grid failed twice.\n"
    )
    assert document.summary.start == datetime(2012, 7, 30, 2, 33, tzinfo=UTC)
    assert document.summary.end == datetime(2012, 7, 31, 16, 0, tzinfo=UTC)


def test_a_picture_alone_under_the_first_heading_is_an_illustration_not_the_humor() -> None:
    document = from_markdown(
        "# Issue Summary\n\n![Alt Text](https://example.com/a.png)\n\n## Impact\n\nLogins failed.\n\n"
        "## Timeline\n\n- 2024-05-01 10:00 UTC: alert\n\n## Root Cause\n\nA bad rule.\n"
    )
    assert document.humor.closing == ""


def test_summary_labels_led_by_an_emoji_above_the_sections_are_read() -> None:
    document = from_markdown(
        "Postmortem: Cache Meltdown\n\n💥 Impact: Pages took a minute to load.\n\n"
        "🔍 Root Cause: The cache evicted everything at once.\n\n📅 Timeline: How it went:\n\n"
        "- May 10, 2024, 14:00 UTC: alert\n"
    )
    assert document.summary.impact == "Pages took a minute to load."
    assert document.summary.root_cause == "The cache evicted everything at once."
