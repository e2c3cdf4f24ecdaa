"""Timelines pasted from logs and documents exported from other tools, read as a careful reader would.

An IRC log ("[18:02] <nick> text") or syslog lines ("Mar 12 03:14:07 host prog: text") pasted as the
record of events; times marked approximate ("~14:20") in a table. Each test opens a small file and checks
the events (or sections) a user then sees.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import PostMortem


def _read(text: str) -> PostMortem:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document
    return document


def test_an_irc_log_is_the_timeline_beside_a_what_happened_told_in_prose() -> None:
    document = _read(
        "# Mirror outage\n\nDate: 2024-06-08\n\n## What happened\n\nThe mirror served truncated files.\n\n"
        "## Log\n\nExcerpt from #mirror-ops (times UTC):\n\n"
        "    [18:02] <syncbot> rsync started: main archive\n    [19:10] <ella> checksums fail on every install\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 6, 8, 18, 2, tzinfo=UTC), "syncbot: rsync started: main archive"),
        (datetime(2024, 6, 8, 19, 10, tzinfo=UTC), "ella: checksums fail on every install"),
    ]
    assert "The mirror served truncated files." in to_markdown(document)


def test_an_approximate_time_in_a_table_is_read_and_its_mark_kept() -> None:
    document = _read(
        "# Lag\n\nDate: 2024-11-19\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n"
        "| 14:05:40 | Replica lag passes 60 seconds |\n| ~14:20 | Analysts say the dashboards look stale |\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 11, 19, 14, 5, 40, tzinfo=UTC), "Replica lag passes 60 seconds"),
        (datetime(2024, 11, 19, 14, 20, tzinfo=UTC), "~14:20: Analysts say the dashboards look stale"),
    ]


def test_a_google_docs_export_with_underlined_names_and_bullet_characters() -> None:
    document = _read(
        "**Incident Review – Payroll export failed**\n\nPrepared by: Marisol Ortega\n"
        "Incident date: January\u00a031, 2024\n\n"
        "[Summary]{.underline}\n\nThe export didn’t run on the last day of January.\n\n"
        "[Timeline (all times Pacific)]{.underline}\n\n•\u00a06:00\u00a0PM – The export job is due; nothing starts\n\n"
        "• 10:41 PM – The export is run by hand\n"
    )
    assert document.metadata.title == "Incident Review – Payroll export failed"
    assert [(event.time.isoformat(), event.text) for event in document.timeline] == [
        ("2024-01-31T18:00:00-08:00", "The export job is due; nothing starts"),
        ("2024-01-31T22:41:00-08:00", "The export is run by hand"),
    ]
    assert "{.underline}" not in to_markdown(document)


PANDOC_TABLE = """\
  -----------------------------------------------------------------
  Action                                  Owner            Due
  --------------------------------------- ---------------- --------
  Use the scheduler’s last-day rule       Yusuf Demir      Feb 9,
                                                           2024

  Alert when a scheduled job hasn’t run   Marisol Ortega   Feb 16,
  by its deadline                                          2024
  -----------------------------------------------------------------
"""


def test_a_pandoc_multiline_table_of_actions_gives_tasks_with_owners_and_dates() -> None:
    document = _read(f"# Payroll export\n\n## Action items\n\n{PANDOC_TABLE}")
    assert [(task.text, task.owner, task.due.isoformat()) for task in document.measures.tasks] == [
        ("Use the scheduler’s last-day rule", "Yusuf Demir", "2024-02-09"),
        ("Alert when a scheduled job hasn’t run by its deadline", "Marisol Ortega", "2024-02-16"),
    ]


def test_a_pandoc_simple_table_is_a_timeline_table() -> None:
    document = _read(
        "# Lag\n\nDate: 2024-11-19\n\n## Timeline\n\n  Time    Event\n  ------- ---------------------\n"
        "  14:05   Replica lag passes 60 s\n  16:10   Replica caught up\n\nThe end.\n"
    )
    assert [(event.time.isoformat(), event.text) for event in document.timeline][:2] == [
        ("2024-11-19T14:05:00+00:00", "Replica lag passes 60 s"),
        ("2024-11-19T16:10:00+00:00", "Replica caught up"),
    ]


def test_notion_toggles_are_the_sections_they_head() -> None:
    document = _read(
        "# Checkout latency spike\n\n▸ **Timeline** (all times in UTC)\n\nDate: May 14, 2024\n\n"
        "- 10:52 — p95 latency rises above 8 s\n\n▸ **Action items**\n\n"
        "- [ ] Warm the new nodes before switching traffic — @Kenji Sato — due May 24, 2024\n"
    )
    assert [event.text for event in document.timeline] == ["p95 latency rises above 8 s"]
    assert [(task.text, task.owner) for task in document.measures.tasks] == [
        ("Warm the new nodes before switching traffic", "Kenji Sato")
    ]


LOGSEQ = """\
- # Incident: feature flags stuck
  severity:: SEV2
  date:: [[Aug 6th, 2024]]
  author:: [[Beatriz Costa]]
- ## Timeline
\t- 13:02 [[flag-relay]] upgraded to 2.0 by [[Ivo]]
\t- 14:25 flag values current again on all services
- ## Actions
\t- TODO Make the relay report itself unhealthy
\t- DONE Roll back relay to 1.9
"""


def test_a_logseq_outline_reads_as_the_document_its_bullets_hold() -> None:
    document = _read(LOGSEQ)
    assert document.metadata.title == "Incident: feature flags stuck"
    assert document.metadata.severity == "SEV2"
    assert document.metadata.authors == ["Beatriz Costa"]
    assert [(event.time.isoformat(), event.text) for event in document.timeline] == [
        ("2024-08-06T13:02:00+00:00", "flag-relay upgraded to 2.0 by Ivo"),
        ("2024-08-06T14:25:00+00:00", "flag values current again on all services"),
    ]
    assert [(task.text, task.status.value) for task in document.measures.tasks] == [
        ("Make the relay report itself unhealthy", "open"),
        ("Roll back relay to 1.9", "done"),
    ]


def test_a_forms_tick_boxes_are_task_boxes() -> None:
    document = _read(
        "# Portal down\n\n## Recommendations\n\n☐ Start the build when the import finishes.\n"
        "☒ Run the build by hand after a late import.\n"
    )
    assert [(task.text, task.status.value) for task in document.measures.tasks] == [
        ("Start the build when the import finishes.", "open"),
        ("Run the build by hand after a late import.", "done"),
    ]


def test_a_status_history_headed_by_status_and_dated_under_each_update() -> None:
    document = _read(
        "# Payments delayed\n\nIncident history · Paydesk Status\n\n"
        "### Resolved\nAll delayed payments have been processed.\n"
        "*12 Mar 2024 · 4:40 PM AEDT*\n\n### Identified\nA bank's connection failed.\n*12 Mar 2024 · 3:12 PM AEDT*\n\n"
        "### Investigating\nWe are investigating reports of delayed payments.\n"
        "*12 Mar 2024 · 2:38 PM AEDT*\n"
    )
    assert [(event.time.isoformat(), event.kind.value, event.text) for event in document.timeline] == [
        ("2024-03-12T14:38:00+11:00", "detection", "Investigating: We are investigating reports of delayed payments."),
        ("2024-03-12T15:12:00+11:00", "action", "Identified: A bank's connection failed."),
        ("2024-03-12T16:40:00+11:00", "resolution", "Resolved: All delayed payments have been processed."),
    ]


def test_status_headings_with_no_date_under_them_stay_sections() -> None:
    document = _read("# T\n\n## Resolved\n\nWe fixed it.\n\n## Monitoring\n\nWe watch it.\n")
    assert not document.timeline
    assert "We watch it." in to_markdown(document)


QUESTION_RETRO = """\
# Retro: search results empty

Facilitator: Nadia Benali · 2024-09-18 · SEV3

1. **What happened?**
   Logged-out visitors saw no results. About 9,000 searches returned nothing.

2. **When did it start?**
   The new version went out at 15:20 (all times CEST). We only noticed at 15:58, when a manager searched.

3. **What was the actual cause?**
   The language filter became an empty string.

4. **What will we change?**
   - Fall back to the browser's language (Oskar Lindgren, by 2024-09-25)
"""


def test_a_retro_written_as_numbered_questions_reads_each_answer_as_its_section() -> None:
    document = _read(QUESTION_RETRO)
    assert (document.metadata.severity, document.metadata.authors) == ("SEV3", ["Nadia Benali"])
    assert "language filter became an empty string" in document.root_cause.cause
    assert [(task.text, task.owner) for task in document.measures.tasks] == [
        ("Fall back to the browser's language", "Oskar Lindgren")
    ]
    assert [event.time.isoformat() for event in document.timeline] == [
        "2024-09-18T15:20:00+02:00",
        "2024-09-18T15:58:00+02:00",
    ]


def test_a_what_happened_told_in_prose_gives_its_timed_sentences_on_the_day_they_name() -> None:
    document = _read(
        "# Login down\n\n*Posted by Sam on 22 August 2024*\n\n## What happened\n\n"
        "On Wednesday 21 August, at around 2pm, I merged a change. At 3:20pm logins worked again.\n\n"
        "## Why it happened\n\nThe loader lowercases values.\n"
    )
    assert "I merged a change" in document.introduction
    assert [(event.time.isoformat(), event.kind.value) for event in document.timeline] == [
        ("2024-08-21T14:00:00+00:00", "note"),
        ("2024-08-21T15:20:00+00:00", "resolution"),
    ]


def test_the_opening_section_under_another_name_gives_the_impact_it_counts() -> None:
    document = _read(
        "# RCA – UPI timeouts\n\n## Problem statement\n\nCollect requests timed out for 70 minutes. "
        "Around 58% of collect requests failed, about 96,000 transactions.\n\n## Root cause\n\nA config change.\n"
    )
    assert "about 96,000 transactions" in document.summary.impact


def test_an_outlines_summary_bullet_gives_the_impact() -> None:
    document = _read(
        LOGSEQ.replace(
            "- ## Timeline",
            "- ## Summary\n\t- From 13:10 every service was stale; 4,600 orders got a discount.\n- ## Timeline",
        )
    )
    assert "4,600 orders got a discount" in document.summary.impact


def test_a_count_of_people_or_things_touched_is_the_impact() -> None:
    document = _read(
        "# Payroll\n\n## Summary\n\nThe export did not run. 1,240 employees would have been paid two days late.\n"
    )
    assert document.summary.impact == "1,240 employees would have been paid two days late."


def test_a_logseq_tasks_properties_are_its_owner_and_due_date() -> None:
    outline = LOGSEQ.replace(
        "\t- TODO Make the relay report itself unhealthy\n",
        "\t- TODO Make the relay report itself unhealthy\n\t  owner:: [[Ivo Petrov]]\n\t  due:: [[Aug 16th, 2024]]\n",
    )
    task = _read(outline).measures.tasks[0]
    assert (task.text, task.owner, task.due.isoformat()) == (
        "Make the relay report itself unhealthy",
        "Ivo Petrov",
        "2024-08-16",
    )


def test_tab_separated_lines_pasted_from_a_spreadsheet_are_a_table() -> None:
    document = _read(
        "# Labels\n\nDate: 2024-10-21\n\n## Timeline\n\nTime\tWho\tWhat\n08:02\tlabel-service\tVersion 3.9 deployed\n\n"
        "## Action items\n\nAction\tOwner\tDue\nSend an idempotency key\tRaj Patel\t2024-11-01\n"
    )
    assert [event.text for event in document.timeline] == ["Version 3.9 deployed (Who: label-service)"]
    task = document.measures.tasks[0]
    assert (task.text, task.owner, task.due.isoformat()) == ("Send an idempotency key", "Raj Patel", "2024-11-01")


def test_a_forms_tick_one_choice_is_the_value_ticked() -> None:
    document = _read(
        "# MAJOR INCIDENT REPORT\n\nSeverity (tick one):  ☐ SEV1   ☒ SEV2   ☐ SEV3\n\n## Chronology\n\nx\n"
    )
    assert document.metadata.severity == "SEV2"
    assert "☐ SEV1" in to_markdown(document)


def test_toml_front_matter_names_its_authors() -> None:
    document = _read('+++\ntitle = "Search broke"\nauthors = ["Helen Park", "Omar Haddad"]\n+++\n\nText.\n')
    assert document.metadata.authors == ["Helen Park", "Omar Haddad"]


def test_yaml_front_matter_lists_its_authors() -> None:
    document = _read("---\ntitle: Search broke\nauthors:\n  - Helen Park\n  - Omar Haddad\n---\n\nText.\n")
    assert document.metadata.authors == ["Helen Park", "Omar Haddad"]


def test_a_one_paragraph_post_mortem_gives_an_event_for_each_time_it_tells() -> None:
    document = _read(
        "# Postmortem: staging certificate expired\n\nOn 2024-07-09 at 08:00 UTC the certificate for staging expired "
        "because its renewal job had been disabled; CI pipelines failed until Erin noticed the red builds at 10:40, "
        "renewed the certificate by hand at 10:55 and re-enabled the job.\n"
    )
    assert [event.time.isoformat() for event in document.timeline] == [
        "2024-07-09T08:00:00+00:00",
        "2024-07-09T10:40:00+00:00",
        "2024-07-09T10:55:00+00:00",
    ]
    assert document.timeline[2].text == "renewed the certificate by hand at 10:55"
    assert document.summary.start.isoformat() == "2024-07-09T08:00:00+00:00"  # the certificate expired then


def test_numbered_questions_inside_a_section_stay_that_sections_text() -> None:
    document = _read(
        "# Outage\n\n## Summary\n\nThe site was down.\n\n## Five whys\n\n"
        "1. Why was the site down?\n   The pool was full.\n"
        "2. Why was the pool full?\n   A query held locks.\n3. Why did the query hold locks?\n   No timeout.\n"
    )
    assert "Why was the pool full?" in document.root_cause.cause
    assert not document.extra_sections


def test_a_date_in_an_untimed_sentence_does_not_move_the_storys_day() -> None:
    document = _read(
        "# Outage\n\n## What happened\n\nOn 21 August 2024 at 14:00 UTC the API failed. "
        "The fix ships on 30 August 2024. At 15:10 it recovered.\n"
    )
    assert [event.time.isoformat() for event in document.timeline] == [
        "2024-08-21T14:00:00+00:00",
        "2024-08-21T15:10:00+00:00",
    ]


def test_measures_told_in_sentences_after_they_are_announced_are_copied_into_the_measures() -> None:
    document = _read(
        "# Summary of the queue disruption\n\nOn 9 January 2025 at 10:23 UTC error rates rose.\n\n"
        "We have taken several actions to prevent a recurrence. We have corrected the configuration. "
        "We are also changing hosts to back off. Thank you for your patience.\n"
    )
    assert document.measures.improvements == [
        "We have corrected the configuration.",
        "We are also changing hosts to back off.",
    ]
    assert "We have corrected the configuration." in document.introduction


def test_a_person_named_for_a_measure_owns_it_by_the_date_given() -> None:
    document = _read(
        "# Staging certificate expired\n\nOn 2024-07-09 at 08:00 UTC the certificate expired; Erin Walsh renewed it "
        "at 10:55; to stop it happening again, Erin will add expiry to the dashboard by 2024-07-19.\n"
    )
    task = document.measures.tasks[0]
    assert (task.text, task.owner, task.due.isoformat()) == (
        "Erin will add expiry to the dashboard",
        "Erin Walsh",
        "2024-07-19",
    )


def test_a_report_with_its_own_measures_gets_none_copied_from_prose() -> None:
    document = _read(
        "# Outage\n\n## Summary\n\nTo prevent a recurrence, we will add an alert.\n\n"
        "## Action items\n\n- Add a canary\n"
    )
    assert [task.text for task in document.measures.tasks] == ["Add a canary"]
    assert not document.measures.improvements


def test_a_status_historys_identified_update_gives_the_root_cause() -> None:
    document = _read(
        "# Payments delayed\n\n### Resolved\nAll processed.\n*12 Mar 2024 · 4:40 PM AEDT*\n\n"
        "### Identified\nThe delays are caused by a bank's connection problem.\n*12 Mar 2024 · 3:12 PM AEDT*\n\n"
        "### Investigating\nWe are investigating.\n*12 Mar 2024 · 2:38 PM AEDT*\n"
    )
    assert document.summary.root_cause == "The delays are caused by a bank's connection problem."
