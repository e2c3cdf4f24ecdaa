"""Parts of a report a careful reader finds where the writer put them, outside the usual sections.

- A short report told as labelled bullets under its title ("Reason/Cause:", "Actions Taken:", "Remedial
  Actions:"): each bullet is the part it names; the services listed as affected are its impact.
- "**Severity:** P1 — 40% of shoppers affected": the words after the level are the impact.
- "## Outage" over "**Period:** …", "**Impact:** …": a block of fields, read as the header's.
- The last words after the last update ("We apologise for the trouble."): the closing notes.
- A "Summation" after a "Root Cause and Resolution" section: the closing notes.
- "#### Author" over a name at the end of the measures: the authors.
- "### How the incident was resolved" under the Timeline: the resolution, when no section tells it.
- "The certificates expired. This caused …" in the summary: the first sentence is the root cause.
- "## Plan" after "## Actions already taken": the measures; "## Qual è la conseguenza?", "## Aggiornamento":
  the impact and the updates (the timeline) in Italian.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def test_labelled_bullets_under_the_title_are_the_parts_they_name() -> None:
    document = from_markdown(
        "---\ntitle: Status notes\n---\n"
        "Notes on the downtime of the services I run.\n\n"
        "#### Downtime on 4 May 2021\n"
        "- **Affected Services**: mail relay, git mirror.\n"
        "- **Reason/Cause**: the backup job filled the root disk overnight.\n"
        "- **Actions Taken**: I stopped the job and cleared the spool by hand.\n"
        "- **Remedial Actions**: I will move the spool to a volume of its own.\n"
    )
    assert document.summary.impact == "Affected services: mail relay, git mirror."
    assert "backup job filled the root disk" in document.summary.root_cause + document.root_cause.cause
    assert document.root_cause.resolution == "I stopped the job and cleared the spool by hand."
    assert document.measures.improvements == ["I will move the spool to a volume of its own."]


def test_one_affected_service_label_alone_is_no_impact() -> None:
    document = from_markdown(
        "# Outage\n\n- **Affected service**: search\n- **Owner**: Ana\n\n## Impact\n\nSlow pages.\n"
    )
    assert document.summary.impact == "Slow pages."


def test_the_words_after_the_severity_level_are_the_impact() -> None:
    document = from_markdown(
        "# Checkout down\n\n**Severidade:** P1 — 40% dos compradores afetados\n\n## Timeline\n\n"
        "- 2024-03-01 10:00 UTC Deploy\n"
    )
    assert document.summary.impact == "40% dos compradores afetados"
    assert from_markdown("# Checkout down\n\n**Severity:** P1 - High\n").summary.impact == ""


def test_a_block_of_fields_under_its_own_heading_is_read_as_the_header() -> None:
    document = from_markdown(
        "# Metrics Postmortem\n\n## Outage\n**Period:** 12 May 2015 09:10 UTC to 09:40\n"
        "**Impact:** No new metrics were stored for any customer\n\n## Timeline\n\n"
        "**09:10:** Ingest workers stall.\n\n**09:40:** Ingest resumes.\n"
    )
    assert document.summary.impact == "No new metrics were stored for any customer"


def test_the_last_words_after_the_updates_are_the_closing_notes() -> None:
    document = from_markdown(
        "# Outage\n\nThe host went offline.\n\n## Updates\n\n### 21 December\n\n- Restored www.\n\n"
        "### 2 January\n\n- Restored mail.\n\nWe apologise for any trouble this caused.\n"
    )
    assert document.closing_notes == "We apologise for any trouble this caused."
    italian = from_markdown(
        "# Guasto\n\nIl server è caduto.\n\n## Aggiornamento\n\n### 21 Dicembre\n\n  * Ripristinato il sito.\n\n"
        "Ci scusiamo per il disagio.\n"
    )
    assert italian.closing_notes == "Ci scusiamo per il disagio."
    assert [event.text for event in italian.timeline] == ["Ripristinato il sito."]


def test_words_in_the_middle_of_the_last_section_are_no_closing_notes() -> None:
    document = from_markdown(
        "# Outage\n\nThe host went offline.\n\n## Lessons\n\nThanks to the night shift.\n\n| a | b |\n|---|---|\n"
        "| 1 | 2 |\n"
    )
    assert document.closing_notes != "Thanks to the night shift."


def test_a_summation_beside_a_root_cause_section_closes_the_report() -> None:
    document = from_markdown(
        "**Postmortem: Blog down**\n\n**Root Cause and Resolution:**\n\nA typo in the config. We fixed it.\n\n"
        "**Corrective and Preventative Measures:**\n\n- Lint the config\n\n**Summation:**\n\n"
        "In summary, one typo, showing the worth of linting.\n"
    )
    assert document.closing_notes == "In summary, one typo, showing the worth of linting."
    assert document.root_cause.cause.startswith("A typo in the config.")


def test_an_author_heading_under_the_measures_names_the_author() -> None:
    document = from_markdown(
        "# Postmortem\n\n## Timeline\n\n- 2024-01-02 10:00 UTC Site down\n\n## Corrective measures\n\n"
        "- Test before deploy.\n\n#### Author\nLucía Pérez\n"
    )
    assert document.metadata.authors == ["Lucía Pérez"]
    assert all("Lucía" not in section.body for section in document.extra_sections)


def test_how_it_was_resolved_under_the_timeline_is_the_resolution() -> None:
    document = from_markdown(
        "# Postmortem\n\n## Timeline\n\n### Actions taken\nWe looked at CPU and memory first.\n\n"
        "### How the incident was resolved\nWe removed the oversized log files and capped their size.\n\n"
        "## Corrective measures\n\n- Rotate logs daily.\n"
    )
    assert document.root_cause.resolution == "We removed the oversized log files and capped their size."
    assert any("oversized log files" in event.text for event in document.timeline)


def test_a_sentence_this_caused_points_back_at_is_the_summarys_cause() -> None:
    document = from_markdown(
        "# VPN outage\n\n## Summary\n\nOn Monday the VPN gateway's licence lapsed. This caused every remote "
        "login to fail for staff.\n\n## Contributing Factors\n\n- Renewals are tracked by hand\n"
    )
    assert document.summary.root_cause == "On Monday the VPN gateway's licence lapsed."


def test_a_plan_section_is_the_measures_and_an_italian_question_the_impact() -> None:
    document = from_markdown(
        "# Outage\n\n## Actions already taken\n\nWe added error handling.\n\n## Plan\n\n"
        "- Publish an offsite status page.\n\n## Qual è la conseguenza?\n\nLe mailing list sono ferme.\n"
    )
    measures = [*document.measures.improvements, *(task.text for task in document.measures.tasks)]
    assert measures == ["Publish an offsite status page."]
    assert document.summary.impact == "Le mailing list sono ferme."


def test_by_doing_something_the_site_came_back_starts_the_resolution() -> None:
    document = from_markdown(
        "Report: the shop went dark\n\n00:00 UTC: Shoppers saw errors.\n00:30 UTC: The shop was back.\n\n"
        "## Root Cause and Resolution\n\nA renamed include file broke every page. Nobody had logging on. "
        "By restoring the file name and turning logging on, the shop was back online within minutes.\n"
    )
    assert document.root_cause.cause == "A renamed include file broke every page. Nobody had logging on."
    assert document.root_cause.resolution.startswith("By restoring the file name")
