"""Post-mortems that write the reference's labelled bullets as labelled paragraphs, or the summary as prose.

"**Impact:** The login page was down." as a paragraph, "**Tasks:**" above a numbered
list, "**Resolution:**" after "**Root cause:**": a careful reader fills the same
fields from them as from the reference's bullets.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from tests.import_helpers import sections_written

SUMMARY = """# Login outage

## Issue Summary

**Impact:** The login service was down.
80% of users could not sign in.

The rest saw slow logins.

**Root Cause:** A stale Nginx upstream.

**Severity of the joke:** high
"""


def test_labelled_paragraphs_fill_the_issue_summary_up_to_the_next_label() -> None:
    document = from_markdown(SUMMARY)
    assert document.summary.impact == "The login service was down.\n80% of users could not sign in."
    assert document.summary.root_cause == "A stale Nginx upstream."
    # A label's text written on its line is its paragraph: the next paragraph is another matter, and
    # another bold label ends the text before it. Both are kept as written.
    (kept,) = document.extra_sections
    assert kept.body == "The rest saw slow logins.\n\n**Severity of the joke:** high"
    assert document.introduction == ""  # the section read as a summary, not as an introduction


def test_a_label_alone_on_its_line_takes_the_paragraphs_after_it() -> None:
    document = from_markdown(
        "# T\n\n## Issue Summary\n\n**Impact:**\n\nThe login page was down.\n\nMobile users were fine.\n\n"
        "**Root cause:** A stale upstream.\n"
    )
    assert document.summary.impact == "The login page was down.\n\nMobile users were fine."
    assert document.summary.root_cause == "A stale upstream."


def test_root_cause_and_resolution_as_labelled_paragraphs_go_to_their_own_fields() -> None:
    document = from_markdown(
        "# T\n\n## Root Cause and Resolution\n\n"
        "**Root cause:** The template kept an old IP.\nIt was never reviewed.\n\n"
        "Resolution: The upstream was corrected and Nginx reloaded.\n"
    )
    assert document.root_cause.cause == "The template kept an old IP.\nIt was never reviewed."
    assert document.root_cause.resolution == "The upstream was corrected and Nginx reloaded."


def test_improvements_and_tasks_as_labels_above_their_lists() -> None:
    document = from_markdown(
        "# T\n\n## Corrective and Preventative Measures\n\n**Improvements:**\n- Version the templates.\n"
        "- Health-check every upstream.\n\n**Tasks:**\n\n1. Run `nginx -t` in CI.\n2. Add an upstream monitor.\n"
    )
    assert document.measures.improvements == ["Version the templates.", "Health-check every upstream."]
    assert [task.text for task in document.measures.tasks] == ["Run `nginx -t` in CI.", "Add an upstream monitor."]
    assert document.extra_sections == []


def test_a_table_after_a_label_is_still_read_as_the_tasks_table() -> None:
    document = from_markdown(
        "# T\n\n## Action Items\n\n**Tasks:**\n\n| Task | Owner |\n|---|---|\n| Add a monitor | Ana |\n"
    )
    assert [(task.text, task.owner) for task in document.measures.tasks] == [("Add a monitor", "Ana")]


def test_a_summary_written_as_prose_gives_the_impact_and_the_root_cause_sentences() -> None:
    document = from_markdown(
        "# API outage\n\n## Issue Summary\n\nFrom 08:00 to 08:45 GMT on March 3rd 2024, requests to our API "
        "returned 500 errors. About 45% of users were affected. The root cause was an expired certificate. "
        "We apologise to everyone affected.\n\n## Timeline\n\n- 08:00 - Alerts fired.\n"
    )
    assert document.summary.impact == (
        "From 08:00 to 08:45 GMT on March 3rd 2024, requests to our API returned 500 errors. "
        "About 45% of users were affected."
    )
    assert document.summary.root_cause == "The root cause was an expired certificate."
    assert "We apologise" in document.introduction  # the paragraph itself stays whole
    assert from_markdown(to_markdown(document)) == document


def test_an_impact_section_wins_over_the_summary_s_sentences() -> None:
    document = from_markdown(
        "# T\n\n## Summary\n\nUsers saw errors for an hour.\n\n## Detailed description of impact\n\n"
        "23% of publish calls failed.\n"
    )
    assert document.summary.impact == "23% of publish calls failed."


def test_a_summary_with_labelled_bullets_is_read_as_before() -> None:
    document = from_markdown(
        "# T\n\n## Issue Summary\n\n- **Impact:** Checkout failed.\n- **Root cause:** A bad flag.\n"
    )
    assert (document.summary.impact, document.summary.root_cause) == ("Checkout failed.", "A bad flag.")


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "## Issue Summary\n\n" + "**Impact:** users. " * 20_000 + "\n",
        "## Issue Summary\n\n" + "**Impact:** down\n\n" * 20_000,
        "## Issue Summary\n\n" + "Users saw errors. " * 20_000 + "The root cause was DNS.\n",
        "## Measures\n\n" + "**Tasks:**\n- a\n" * 20_000,
        "## Root Cause\n\n**Root cause:**" + " " * 100_000 + "x\n",
    ],
    ids=[
        "one long labelled line",
        "20,000 labelled paragraphs",
        "a summary of 20,000 sentences",
        "20,000 task labels",
        "spaces",
    ],
)
def test_hostile_labelled_paragraphs_are_read_in_one_pass(text: str) -> None:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "## Timeline\n\n| Time | Event |\n|" + " " * 100_000 + "x\n| 10:00 | a |\n",
        "## Humor\n\n**Flowchart**" + " " * 100_000 + "x\n",
    ],
    ids=["a table rule of spaces", "a bold name then spaces"],
)
def test_runs_of_spaces_in_a_table_rule_or_after_a_bold_name_are_read_in_one_pass(text: str) -> None:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document


def test_a_labelled_sentence_above_a_list_says_which_list_it_is() -> None:
    document = from_markdown(
        "# T\n\n## Corrective and Preventative Measures\n\nThings that can be improved/fixed:\n- Lint the config.\n\n"
        "Tasks to address the issue (TODO):\n- [ ] Patch Nginx (done)\n- [ ] Monitor 5xx rates\n\n"
        "- **Preventive:** Add a smoke test. Owner: Ana, by 15 Nov 2024.\n"
    )
    assert document.measures.improvements == ["Lint the config."]
    assert [(task.text, task.status.value) for task in document.measures.tasks][:2] == [
        ("Patch Nginx", "done"),
        ("Monitor 5xx rates", "open"),
    ]
    assert document.measures.tasks[2].owner == "Ana"  # a kind label before a task's text stays a task
    # The labels' own words are kept, as written, beside the lists they introduced.
    (kept,) = document.extra_sections
    assert kept.body == "Things that can be improved/fixed:\nTasks to address the issue (TODO):"


def test_root_cause_and_resolution_written_as_prose_is_cut_where_the_fix_begins() -> None:
    document = from_markdown(
        "# T\n\n## Root Cause and Resolution\n\nThe root cause was a typo in wp-settings.php. PHP raised a fatal "
        "error.\nThe fix was a Puppet manifest that corrects the extension.\n"
    )
    assert document.root_cause.cause == "The root cause was a typo in wp-settings.php. PHP raised a fatal error."
    assert document.root_cause.resolution == "The fix was a Puppet manifest that corrects the extension."


@pytest.mark.parametrize(
    "fix",
    ["We re-created the index and raised the timeout.", "The team rebuilt the cache and re-ran the job."],
)
def test_a_deed_only_a_fix_does_starts_the_resolution(fix: str) -> None:
    document = from_markdown(
        f"# T\n\n## Root Cause and Resolution\n\nThe query lost its index in a migration. Requests timed out. {fix}\n"
    )
    assert document.root_cause.cause == "The query lost its index in a migration. Requests timed out."
    assert document.root_cause.resolution == fix


def test_prose_that_never_tells_the_fix_stays_the_cause() -> None:
    text = "# T\n\n## Root Cause and Resolution\n\nA bad flag was fixed later by someone. Users saw errors.\n"
    document = from_markdown(text)
    assert document.root_cause.cause == "A bad flag was fixed later by someone. Users saw errors."
    assert document.root_cause.resolution == ""


def test_italic_labels_name_their_lists_too() -> None:
    document = from_markdown(
        "# T\n\n## Corrective and Preventative Measures\n\n"
        "*Preventative measures:*\n- Move analytics off the replica.\n\n"
        "_Tasks_:\n- Add an index.\n"
    )
    assert document.measures.improvements == ["Move analytics off the replica."]
    assert [task.text for task in document.measures.tasks] == ["Add an index."]


def test_a_numeric_date_in_the_summary_dates_the_timeline() -> None:
    document = from_markdown(
        "# T\n\n**Issue Summary:**\n\nOn 9/14/2024 from 14:00 to 15:30 (GMT+1), the API failed for 60% of calls.\n\n"
        "## Timeline\n\n1. 14:00 – Alert fired.\n2. 15:30 – Recovered.\n"
    )
    assert document.timeline[0].time is not None and document.timeline[0].time.date().isoformat() == "2024-09-14"
    assert document.summary.start is not None and document.summary.start.isoformat() == "2024-09-14T14:00:00+01:00"


def test_kind_groups_written_as_sentences_take_the_time_the_sentence_gives() -> None:
    document = from_markdown(
        "# T\n\nOn May 5, 2024 the site was down.\n\n## Timeline\n\n"
        "- **Detection:** The issue was detected at 3:00 PM EST when monitoring alerted us.\n"
        "- **Actions Taken:** We checked the web servers and restarted Nginx at 3:15 PM.\n"
        "- **Misleading Paths:** We suspected a DDoS attack and spent 20 minutes on traffic.\n"
        "- **Escalation:** At 3:45 PM the incident was escalated to the network team.\n"
    )
    times = [event.time.strftime("%H:%M") if event.time else None for event in document.timeline]
    assert times == ["15:00", "15:15", None, "15:45"]
    assert document.timeline[0].text == "The issue was detected at 3:00 PM EST when monitoring alerted us."
    # A time cut from the front of a sentence leaves it starting with a capital, as written.
    assert document.timeline[3].text == "The incident was escalated to the network team."


def test_a_byline_signed_under_the_last_section_names_the_authors() -> None:
    document = from_markdown(
        "# Postmortem\n\n## Corrective and Preventive Measures\n\n1. Monitor certificate expiry.\n\n"
        "Written by: Kofi Mensah, SysAdmin\n"
    )
    assert document.metadata.authors == ["Kofi Mensah, SysAdmin"]
    assert document.extra_sections == []  # the byline was read, not kept twice
    assert document.measures.improvements == ["Monitor certificate expiry."]


def test_owners_under_a_section_are_not_taken_for_the_authors() -> None:
    document = from_markdown("# T\n\n## Corrective and Preventive Measures\n\n1. Fix it.\n\nOwners: Ana, Bo\n")
    assert document.metadata.authors == []
    assert "Owners: Ana, Bo" in document.extra_sections[0].body


def test_remediation_and_prevention_is_the_resolution_then_the_improvements() -> None:
    document = from_markdown(
        "# T\n\n## Root Cause\n\nA bad push.\n\n## Remediation and Prevention\n\nEngineers rolled back the push at "
        "22:31;\nerrors stopped by 22:50. We will validate limits before a\npush reaches production. Going "
        "forward, pushes are staged.\n"
    )
    assert document.root_cause.resolution == "Engineers rolled back the push at 22:31;\nerrors stopped by 22:50."
    assert document.measures.improvements == [
        "We will validate limits before a push reaches production.",
        "Going forward, pushes are staged.",
    ]


def test_a_section_named_summary_gives_the_impact_sentences_and_stays_the_introduction() -> None:
    text = (
        "# Queue backlog\n\n## Summary\n\nBetween 09:10 and 10:05 UTC on 2 May 2024 the email queue backed up "
        "and 12,000 password-reset emails were delayed by up to 50 minutes.\n"
    )
    document = from_markdown(text)
    assert document.summary.impact.startswith("Between 09:10 and 10:05 UTC on 2 May 2024 the email queue")
    assert document.introduction == document.summary.impact  # the paragraph is where it was, too


def test_lessons_written_as_bold_lines_keep_third_level_headings_in_the_closing_notes() -> None:
    document = from_markdown(
        "# T\n\n## Lessons Learned\n\n**What went well**\n- The alert fired.\n\n**Where we got lucky**\n- Off-peak.\n"
    )
    assert document.closing_notes == "### What went well\n- The alert fired.\n\n### Where we got lucky\n- Off-peak."


def test_an_author_line_in_a_quoted_git_log_is_neither_the_byline_nor_taken_out() -> None:
    text = "# T\n\n## Offending commit\n\n```\ncommit abc\nAuthor: Jane Doe <jane@example.com>\n```\n"
    document = from_markdown(text)
    assert document.metadata.authors == []
    assert "Author: Jane Doe <jane@example.com>" in document.extra_sections[0].body


def test_titles_do_not_end_sentences_and_courtesies_are_neither_impact_nor_plans() -> None:
    document = from_markdown(
        "# T\n\n## Root Cause\n\nx\n\n## Remediation and Prevention\n\nWe rolled back the change at 10:05. "
        "We will add a canary stage. The team thanks everyone who helped. Dr. Smith will review.\n"
    )
    assert document.measures.improvements == ["We will add a canary stage.", "Dr. Smith will review."]
    document = from_markdown(
        "# T\n\n## Issue Summary\n\nFrom 08:00 to 08:45 UTC, we are sorry to say, checkout was down for 45% "
        "of users. We apologise to everyone affected.\n"
    )
    assert (
        document.summary.impact == "From 08:00 to 08:45 UTC, we are sorry to say, checkout was down for 45% of users."
    )


def test_a_from_line_holding_a_time_is_not_a_mail_s_sender() -> None:
    document = from_markdown("Date: 2024-05-01\nFrom: 10:00 UTC\n\nCheckout outage\n\nCheckout failed for an hour.\n")
    assert document.metadata.authors == []


def test_only_the_incident_s_own_length_gives_its_end() -> None:
    document = from_markdown(
        "# T\n\nStart: 2024-05-01 10:00 UTC\n\nThe incident was mitigated after 20 minutes; the degraded replica "
        "lasted 6 hours before being replaced.\n"
    )
    assert document.summary.end is None or document.summary.end.hour != 16
    document = from_markdown("# T\n\nStart: 2024-05-01 10:00 UTC\n\nThe outage lasted 47 minutes.\n")
    assert document.summary.end is not None and document.summary.end.strftime("%H:%M") == "10:47"


def test_a_label_standing_alone_over_its_text_ends_where_the_next_label_begins() -> None:
    document = from_markdown(
        "# T\n\n## Issue Summary\n\n**Impact:**\nThe login page was down.\n\n**Root Cause:** An expired certificate.\n"
    )
    assert (document.summary.impact, document.summary.root_cause) == (
        "The login page was down.",
        "An expired certificate.",
    )


def test_a_labelled_sentence_inside_a_summary_paragraph_fills_its_field_without_the_label() -> None:
    document = from_markdown(
        "# T\n\n## Issue Summary\n\nFrom 15:20 to 16:05 UTC the checkout API returned HTTP 503 for 70% of requests. "
        "Root cause: the connection pool was exhausted by a leaking background job.\n"
    )
    assert document.summary.root_cause == "The connection pool was exhausted by a leaking background job."
    assert document.summary.impact == "From 15:20 to 16:05 UTC the checkout API returned HTTP 503 for 70% of requests."


def test_a_humor_label_closing_another_section_is_the_humor_element() -> None:
    document = from_markdown(
        "# Postmortem: billing cron\n\n## Timeline\n\n- 00:00 UTC run starts\n\n## Closing Notes\n\n"
        "We owe 380 customers an apology.\n\n"
        '**Humor:** Our cron job took "fall back" literally.\n\nNext year it springs forward into a unit test.\n'
    )
    assert document.closing_notes == "We owe 380 customers an apology."
    assert document.humor.caption.startswith('Our cron job took "fall back" literally.')
    assert "Next year it springs forward" in document.humor.caption + document.humor.closing


def test_a_humor_label_beside_a_humor_section_stays_where_it_is() -> None:
    document = from_markdown(
        "# T\n\n## Closing Notes\n\nThanks.\n\n**Humor:** a note about humor.\n\n## Humor Element\n\nThe real joke.\n"
    )
    assert "**Humor:** a note about humor." in document.closing_notes
    assert document.humor.caption == "The real joke."


def test_a_summary_sentence_counting_what_the_incident_touched_is_the_impact() -> None:
    document = from_markdown(
        "# T\n\n## Synopsis\n\nBetween 11:20 and 13:05 CEST the firewall closed idle flows. "
        "About 41,000 calls were cut off. Reset e-mails were not delivered for an hour.\n\n"
        "## Timeline\n\n- 2024-06-18 11:20 CEST first complaints\n"
    )
    assert document.summary.impact == "About 41,000 calls were cut off. Reset e-mails were not delivered for an hour."
    assert document.introduction.startswith("Between 11:20 and 13:05 CEST")  # "Synopsis" is the introduction


def test_a_report_told_in_paragraphs_with_no_section_gives_its_impact_sentence() -> None:
    document = from_markdown(
        "# Summary of the queue service disruption\n\n"
        "Between 10:23 PST and 12:41 PST on January 9, 2025, customers saw elevated errors. "
        "At the peak, approximately 38% of API calls in the region failed.\n\n"
        "At 10:14 PST, an automated process began adding hosts.\n"
    )
    assert "approximately 38% of API calls in the region failed" in document.summary.impact


MAIL = """From: Sofia Lind <sofia@example.org>
Date: Thu, 6 Jun 2024 16:40:12 +0200
Subject: Login failures for SSO customers

Timeline (CEST):
09:12  The refresh job loads a new certificate for one customer.
10:47  Logins work for every tenant again.

Root cause: the refresh job wrote the certificate to every tenant.
Tests used a single tenant.

Lessons learned: test with more than one tenant.
"""


def test_a_paragraph_labelled_as_another_part_of_the_report_ends_the_timeline() -> None:
    document = from_markdown(MAIL)
    assert [event.text for event in document.timeline] == [
        "The refresh job loads a new certificate for one customer.",
        "Logins work for every tenant again.",
    ]
    cause = "The refresh job wrote the certificate to every tenant.\nTests used a single tenant."
    assert document.root_cause.cause == cause
    assert document.closing_notes == "Test with more than one tenant."
    assert sections_written(document) == []
    assert from_markdown(to_markdown(document)) == document


def test_a_kind_label_heading_an_entry_stays_in_the_timeline() -> None:
    text = MAIL.replace("Root cause: the refresh", "Resolution: 10:47 the refresh")
    document = from_markdown(text)
    assert document.root_cause.cause == ""
    assert any("the refresh job wrote" in event.text for event in document.timeline) or any(
        "the refresh job wrote" in extra.body for extra in document.extra_sections
    )


def test_a_mail_that_writes_no_date_of_its_own_places_its_times_on_the_day_it_was_sent() -> None:
    from datetime import datetime, timedelta, timezone

    from app.formats.markdown_import import read_markdown

    document, notes = read_markdown(MAIL, file_day=datetime(2026, 12, 2).date())
    cest = timezone(timedelta(hours=2))
    assert [event.time for event in document.timeline] == [
        datetime(2024, 6, 6, 9, 12, tzinfo=cest),
        datetime(2024, 6, 6, 10, 47, tzinfo=cest),
    ]
    assert any("the day it was sent" in note for note in notes)


BOLD_LABELS = """# Image uploads failing

**Date:** 2024-09-03

**Timeline:**

- 11:20 UTC — First upload failures reported.
- 11:58 UTC — Bucket policy reverted.
- 12:05 UTC — Uploads succeed again.

**Resolution:** Reverted the bucket policy, then re-applied the tightening with the upload permission kept.

**Action items:**

- Add a policy simulator test (owner: @ines, due 2024-09-13)

**Lessons learned:** A 400-line plan hides a one-line permission removal.
"""


def test_untimed_labelled_paragraphs_after_the_timeline_and_the_tasks_are_the_sections_they_name() -> None:
    document = from_markdown(BOLD_LABELS)
    assert [event.text for event in document.timeline] == [
        "First upload failures reported.",
        "Bucket policy reverted.",
        "Uploads succeed again.",
    ]
    assert document.root_cause.resolution.startswith("Reverted the bucket policy, then re-applied")
    assert [task.text for task in document.measures.tasks] == ["Add a policy simulator test"]
    assert document.closing_notes == "A 400-line plan hides a one-line permission removal."
    assert document.extra_sections == []


def test_a_timeline_told_in_paragraphs_headed_by_their_kinds_keeps_every_one() -> None:
    document = from_markdown(
        "# Outage\n\n**Date:** 2024-09-03\n\n## Timeline\n\n**Detection:** Uploads failed from 11:20 UTC.\n\n"
        "**Escalation:** The infra team was paged.\n\n**Resolution:** The policy was reverted.\n"
    )
    assert [event.kind.value for event in document.timeline] == ["detection", "escalation", "resolution"]
    assert document.root_cause.resolution == ""


@pytest.mark.parametrize(
    "label",
    ["Impact: ", "**Impact:** ", "**Impact**: ", "IMPACT: "],
)
def test_a_labelled_impact_in_a_summary_told_in_prose_wins_over_a_guessed_sentence(label) -> None:
    text = (
        "# Search results went stale\n\n## Summary\n\n"
        "On 3 June 2024 users saw search results from the day before for most of the morning. "
        "A stuck index job kept serving an old snapshot.\n\n"
        f"{label}roughly 40% of searches returned stale listings from 07:10 to 10:55 UTC; no data was lost.\n\n"
        "## Timeline\n\n- 07:10 index job stalls\n- 10:55 fresh index served\n"
    )
    document = from_markdown(text)
    assert document.summary.impact.startswith("roughly 40% of searches returned stale listings")
    assert "no data was lost" in document.summary.impact
    assert "snapshot" not in document.summary.impact
    assert "On 3 June 2024 users saw search results" in document.introduction  # the story stays where it was


def test_a_summary_in_prose_without_a_labelled_impact_still_gives_the_sentence_that_tells_it() -> None:
    text = (
        "# Search results went stale\n\n## Summary\n\n"
        "Users saw search results from the day before for most of the morning.\n\n"
        "## Timeline\n\n- 07:10 index job stalls\n- 10:55 fresh index served\n"
    )
    assert from_markdown(text).summary.impact == "Users saw search results from the day before for most of the morning."
