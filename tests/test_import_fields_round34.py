"""Fields a careful reader fills that the words around them tell: a heading timeline's "Problem starts" entry as the
incident's start, a summary's "A bug in … was preventing …" as its cause, a "Case study:" line as the title, a
summary's "Description:" sentences as its impact, "Preventive measures" under a measures section's "Actions" as
the improvements, and the fix told in the cause's one sentence as the resolution."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

_CEST = timezone(timedelta(hours=2))

HEADING_TIMELINE = (
    "# Builds stuck\n\n"
    "## Summary\n\nNothing built for most of the day.\n\n"
    "## Timeline\n\nAll times in CEST\n\n"
    "### 2024-07-05 08:15 - {onset}\n\nThe build queue stopped taking new jobs.\n\n"
    "### 14:40 - Team notified\n\nA developer reported the stuck queue in the chat channel.\n\n"
    "### 15:05 - Queue restarted\n\nWe restarted the queue and builds ran again.\n"
)


def test_a_problem_starts_heading_marks_the_start() -> None:
    for onset in ("Problem starts", "Issue begins", "The problems started"):
        document = from_markdown(HEADING_TIMELINE.format(onset=onset))
        assert document.summary.start == datetime(2024, 7, 5, 8, 15, tzinfo=_CEST), onset


def test_where_the_problem_started_told_inside_an_entry_is_no_start() -> None:
    later = (
        HEADING_TIMELINE.format(onset="Planned change deployed")
        .replace(
            "### 14:40 - Team notified\n\nA developer reported the stuck queue in the chat channel.",
            "### 14:40 - Queue paused\n\nWe paused the queue and looked for where the problem started.",
        )
        .replace("stopped taking new jobs", "stopped responding")
    )
    assert from_markdown(later).summary.start == datetime(2024, 7, 5, 8, 15, tzinfo=_CEST)


def test_a_defect_that_kept_something_from_working_is_the_summarys_cause() -> None:
    for sentence, named in (
        ("A bug in the storage driver was preventing the workers from mounting volumes.", "bug in the storage driver"),
        ("A regression in the login library blocked every sign-in for an hour.", "regression in the login library"),
        ("A misconfiguration of the proxy kept requests from reaching the API.", "misconfiguration of the proxy"),
    ):
        document = from_markdown(
            "# Workers idle\n\n## Summary\n\n"
            f"{sentence}\nRemoving the bad object fixed it.\n\n"
            "## Timeline\n\n- 2024-03-05 10:00 UTC jobs piled up\n- 2024-03-05 11:00 UTC jobs ran again\n"
        )
        assert named in (document.summary.root_cause or ""), sentence


def test_a_case_study_line_over_the_text_is_the_title() -> None:
    document = from_markdown(
        "Case Study: The lost invoices\n\n"
        "On May 3rd we sent no invoices for a day because the mail queue was full.\n\n"
        "Timeline:\n09:00: queue filled up\n17:00: queue drained\n"
    )
    assert document.metadata.title == "Case Study: The lost invoices"


def test_a_summarys_description_label_tells_the_impact() -> None:
    document = from_markdown(
        "## Payments Post Mortem\n### Incident Summary\n"
        "**Date and Time:** March 3, 2024, 10:00 - 11:00 (UTC)\n"
        "**Description:** On March 3, 2024, a faulty release made card payments fail for about 800 shoppers. "
        "Our alerts caught it within minutes.\n\n"
        "### Incident Timeline\n1. Detection (Mar 3, 2024, 10:00): alerts fired for failed payments.\n"
        "2. Fix (Mar 3, 2024, 11:00): the release was rolled back.\n"
    )
    assert "about 800 shoppers" in (document.summary.impact or "")


def test_preventive_measures_under_corrective_actions_are_the_improvements() -> None:
    document = from_markdown(
        "# Cache outage\n\n## Timeline\n\n- 2024-03-05 10:00 UTC cache down\n\n"
        "## Corrective and Preventive Actions\n"
        "### Short-Term Fixes:\n- Flushed the bad keys.\n"
        "### Long-Term Preventive Measures:\n"
        "1. Added a size limit on cached values.\n2. Alert when the eviction rate doubles.\n"
    )
    improvements = document.measures.improvements
    assert "Added a size limit on cached values." in improvements
    assert "Alert when the eviction rate doubles." in improvements


def test_the_fix_told_at_the_end_of_the_causes_one_sentence_is_the_resolution() -> None:
    for sentence in (
        "The root cause was a wrong path in the cron file that could be fixed with a small script that rewrote it.",
        "Root cause was an expired token in the deploy config, which was resolved by rotating the token.",
        "Root cause was a wrong flag in the service unit that started the workers can be fixed with a script.",
    ):
        document = from_markdown(
            "# Outage\n\n## Timeline\n\n- 2024-03-05 10:00 UTC site down\n\n"
            f"## Root cause and resolution\n\n{sentence}\n"
        )
        resolution = document.root_cause.resolution
        assert "script" in resolution or "rotating the token" in resolution, sentence
        assert document.root_cause.cause.startswith(sentence.split(" ")[0])


def test_a_cause_sentence_that_counts_who_was_hit_is_the_impact_too() -> None:
    document = from_markdown(
        "# Outage\n\n## Issue Summary\n\n"
        "On May 3 a bad release broke the search service, which caused errors for roughly 4,500 customers. "
        "Alerts fired within minutes.\n\n"
        "## Timeline\n\n- 2024-05-03 10:00 UTC errors\n- 2024-05-03 11:00 UTC fixed\n"
    )
    assert "roughly 4,500 customers" in document.summary.impact
    assert "bad release" in document.summary.root_cause


def test_mitigations_said_to_work_next_time_are_the_improvements() -> None:
    for heading, lead in (
        ("Mitigations", "Any of these mitigations would help:\n\n"),
        ("Possible mitigations", ""),
    ):
        document = from_markdown(
            "# Disk full\n\n## Timeline\n\n- 2024-05-03 10:00 UTC disk full\n\n"
            "## Solution\n\nWe moved the logs to a bigger volume.\n\n"
            f"## {heading}\n\n{lead}- Rotate the logs every day\n- Alert at 80% disk usage\n"
        )
        assert "Rotate the logs every day" in document.measures.improvements, heading
        assert "Alert at 80% disk usage" in document.measures.improvements, heading


def test_mitigations_that_were_applied_stay_as_written() -> None:
    document = from_markdown(
        "# Disk full\n\n## Timeline\n\n- 2024-05-03 10:00 UTC disk full\n\n"
        "## Mitigations\n\nThe following mitigations were applied:\n\n- Deleted old logs\n- Restarted the node\n"
    )
    assert "Deleted old logs" not in document.measures.improvements


def test_what_can_be_improved_told_as_what_must_be_done_is_an_improvement() -> None:
    document = from_markdown(
        "# Queue stalled\n\n## Summary\n\nThe job queue stalled for an hour.\n\n"
        "### Root cause\n\nThe queue's disk filled up.\n\n"
        "### What could be improved\n\nDisk usage alerts need to be added for the queue hosts.\n"
    )
    assert document.measures.improvements == ["Disk usage alerts need to be added for the queue hosts."]


def test_what_can_be_improved_told_as_what_went_badly_stays_a_lesson() -> None:
    document = from_markdown(
        "# Queue stalled\n\n## Summary\n\nThe job queue stalled for an hour.\n\n"
        "### What could be improved\n\nThe alert fired late. We should have paged the database team sooner.\n"
    )
    assert document.measures.improvements == []


def test_rules_proposed_to_keep_are_the_improvements() -> None:
    for heading in ("Candidates for a permanent rule", "New rules", "Nuevas reglas"):
        document = from_markdown(
            "# Deploy broke\n\n## Timeline\n\n- 2024-05-03 10:00 UTC deploy failed\n\n"
            f"## {heading}\n\n- **Every URL setting is checked for a scheme at startup.** Owner: platform.\n"
        )
        assert any("checked for a scheme" in line for line in document.measures.improvements), heading


def test_rules_that_describe_the_system_stay_as_written() -> None:
    document = from_markdown(
        "# Deploy broke\n\n## Timeline\n\n- 2024-05-03 10:00 UTC deploy failed\n\n"
        "## Alerting rules\n\n- Page when the error rate passes 5%\n"
    )
    assert document.measures.improvements == []
