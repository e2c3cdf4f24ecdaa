"""The root cause and the resolution, in the forms students and teams write them."""

from app.formats.markdown_import import from_markdown

_EXPLAINED_LABELS = """# Postmortem: cron flood

## Root Cause and Resolution

- **Root Cause Explanation:** A cron entry ran the backup every minute instead of every night.
- **Resolution Detail:** We fixed the schedule and removed the extra backup files.
"""


def test_labels_named_with_an_explaining_word_give_the_cause_and_the_resolution() -> None:
    cause = from_markdown(_EXPLAINED_LABELS).root_cause
    assert cause.cause == "A cron entry ran the backup every minute instead of every night."
    assert cause.resolution == "We fixed the schedule and removed the extra backup files."


_CODE_TYPE_LABELS = """# Postmortem: gateway 502s

## Issue Summary

`Impact`: Every request through the gateway failed for forty minutes.

`Root Cause`: The gateway pointed at an upstream port that no longer existed.

## Root Cause and Resolution

`Root Cause`: A config change moved the upstream service to port 9090, but the gateway still sent to 9000.

`Resolution`: We pointed the gateway at port 9090. The change was then added to the deploy checklist.
"""


def test_labels_set_in_code_type_are_read_as_labels() -> None:
    document = from_markdown(_CODE_TYPE_LABELS)
    assert document.summary.impact == "Every request through the gateway failed for forty minutes."
    assert document.summary.root_cause == "The gateway pointed at an upstream port that no longer existed."
    assert document.root_cause.cause.startswith("A config change moved the upstream service")
    assert document.root_cause.resolution == (
        "We pointed the gateway at port 9090. The change was then added to the deploy checklist."
    )


_RUN_ON_LABEL = """Postmortem

Root Cause and Resolution:

Root Cause: The nightly job filled the disk with debug logs.

Resolution:The logs were deleted and debug logging was switched off.
"""


def test_a_resolution_label_with_no_space_after_its_colon_gives_the_resolution() -> None:
    cause = from_markdown(_RUN_ON_LABEL).root_cause
    assert cause.cause == "The nightly job filled the disk with debug logs."
    assert cause.resolution == "The logs were deleted and debug logging was switched off."


_DASHED_SUBHEADINGS = """# Postmortem: login outage

### Root cause and Resolution:
##### - Root Cause:
- The session store ran out of memory
##### - Resolution:
- Raised the session store's memory limit.
- Added an alert on its memory use.
"""


def test_sub_headings_typed_with_a_dash_before_their_name_split_the_cause_from_the_resolution() -> None:
    cause = from_markdown(_DASHED_SUBHEADINGS).root_cause
    assert cause.cause == "- The session store ran out of memory"
    assert cause.resolution == "- Raised the session store's memory limit.\n- Added an alert on its memory use."


_TIMELINE_PARTS_THEN_ROOT_CAUSE = """# Postmortem: replica lag

## Timeline

Detection:
- 10:00 UTC the lag alert fired

Escalation:
- 10:20 UTC the database team was paged

## Resolution

- 10:45 UTC the replica was restarted

## Root Cause and Resolution

### Root Cause

A long-running report query held a lock on the replica.

### Resolution

The replica was rebuilt from a fresh snapshot and the report moved to a reader of its own.
"""


def test_a_resolution_part_after_a_timeline_told_in_parts_stays_in_the_timeline() -> None:
    document = from_markdown(_TIMELINE_PARTS_THEN_ROOT_CAUSE)
    assert document.root_cause.resolution == (
        "The replica was rebuilt from a fresh snapshot and the report moved to a reader of its own."
    )
    assert "the replica was restarted" in document.timeline[-1].text


_SUMMARY_SAYING_THE_ROOT_CAUSE = """# Price list update failure

## Issue Summary

At 9:00 AM the new price list was due to be published on the shop. Shoppers saw last month's prices until noon,
and 30 orders were placed at the old prices. The root cause of this failure was a cache that never expired.

## Root Cause

The price pages were cached by the CDN with no expiry, so the new list never reached shoppers.
"""


def test_the_summary_sentence_naming_the_root_cause_is_the_summary_root_cause() -> None:
    summary = from_markdown(_SUMMARY_SAYING_THE_ROOT_CAUSE).summary
    assert summary.root_cause == "The root cause of this failure was a cache that never expired."


_OPENING_SAYING_THE_ROOT_CAUSE = """Mail relay outage report

Problem summary

From 08:10 to 09:40 on Tuesday no mail left the relay, delaying 2,000 messages. The root cause of this outage was
an expired relay certificate.

Timeline

08:10: Queue starts growing
09:40: Queue drained

Root cause

At 08:10 the relay refused every outbound connection, because its TLS certificate had expired overnight.
"""


def test_a_problem_summary_sentence_naming_the_root_cause_is_the_summary_root_cause() -> None:
    summary = from_markdown(_OPENING_SAYING_THE_ROOT_CAUSE).summary
    assert summary.root_cause == "The root cause of this outage was an expired relay certificate."


def test_a_root_cause_still_under_investigation_is_not_taken_as_one() -> None:
    text = _OPENING_SAYING_THE_ROOT_CAUSE.replace("was\nan expired relay certificate", "is still under investigation")
    assert "is still under investigation" in text
    assert "under investigation" not in from_markdown(text).summary.root_cause


_LABELLED_CAUSE_BESIDE_WHAT_WENT_WRONG = """# Billing export halt

##

**Date**: 3 May 2024\\
**Summary**: Invoices stopped exporting for three hours after a credentials rotation.\\
**Impact**:
1. No invoices reached the ledger for three hours.
2. Two customers were billed twice.


**Root Causes**: The export job was given a read-only database user after the credentials were rotated.\\
**Resolution**: The job's user was granted write access again.\\

## Lessons Learned

### What went well

* The on-call engineer was paged within a minute.

### What went wrong

* A small change to the rotation script, which should not have caused any trouble.
* The export had no alert of its own.
"""


def test_a_labelled_root_cause_wins_over_a_line_from_what_went_wrong() -> None:
    summary = from_markdown(_LABELLED_CAUSE_BESIDE_WHAT_WENT_WRONG).summary
    assert summary.root_cause == (
        "The export job was given a read-only database user after the credentials were rotated."
    )


_RESOLUTION_WITH_MEASURES = """# Postmortem: broken uploads

## Root Cause

The upload folder lost its write permission during a server migration.

## Resolution and Preventive Measures

The folder's owner was set back to the web user and uploads worked again within minutes.

To keep this from happening again, we will:

1. Check folder permissions in the migration script.
2. Alert when uploads fail more than five times in a minute.
"""


def test_a_resolution_and_measures_heading_gives_its_opening_prose_as_the_resolution() -> None:
    document = from_markdown(_RESOLUTION_WITH_MEASURES)
    assert document.root_cause.resolution == (
        "The folder's owner was set back to the web user and uploads worked again within minutes."
    )
    assert len(document.measures.improvements) + len(document.measures.tasks) == 2


_CAUSE_AND_FIX_AFTER_THE_TIMELINE = """Postmortem: search went blank

Issue Summary:

Duration: 40 minutes, from 9:00 AM to 9:40 AM UTC on May 2, 2024.
Impact: Every search returned an empty page.

Timeline:
09:00 AM UTC: Search results page shows no results.
09:40 AM UTC: Index rebuilt and search works again.

The root cause of the outage was a nightly job that dropped the search index before the new one was ready.
The job ran an hour early after a clock change.
The issue was fixed by rebuilding the index from the database.
The job now waits for the new index before dropping the old one.

Corrective and Preventative Measures

Alert on an empty index: Page the on-call engineer when the index holds no documents.
"""


def test_a_paragraph_after_the_timeline_telling_the_cause_then_the_fix_gives_both() -> None:
    cause = from_markdown(_CAUSE_AND_FIX_AFTER_THE_TIMELINE).root_cause
    assert cause.cause.startswith("The root cause of the outage was a nightly job")
    assert cause.cause.endswith("after a clock change.")
    assert cause.resolution == (
        "The issue was fixed by rebuilding the index from the database. "
        "The job now waits for the new index before dropping the old one."
    )


_PASSIVE_FIX_LINES = """# Site down after deploy

## Root Cause and Resolution
The site went down because the deploy left an empty folder where the app's config link should have been.
The empty folder was removed.
The config link was recreated from the release folder.
The app server was restarted.
"""


def test_fix_steps_told_in_the_passive_one_a_line_are_the_resolution() -> None:
    cause = from_markdown(_PASSIVE_FIX_LINES).root_cause
    assert cause.cause == (
        "The site went down because the deploy left an empty folder where the app's config link should have been."
    )
    assert cause.resolution.startswith("The empty folder was removed.")
    assert cause.resolution.endswith("The app server was restarted.")


def test_a_thing_removed_by_someone_is_still_part_of_the_cause() -> None:
    text = _PASSIVE_FIX_LINES.replace("The empty folder was removed.", "The link was removed by a cleanup script.")
    assert "cleanup script" in from_markdown(text).root_cause.cause


_ISSUE_TEMPLATE_REPORT = """### Summary

Nightly reports stopped arriving after the mail server moved

### Detailed Description

On June 3rd the mail server moved to a new host. Reports stopped arriving the next morning. Investigation showed
that the report job still had the old host name in its settings.

### Impact

Managers received no reports for two days.

### Suggested Remediation

We updated the job's settings to read the host name from the shared config. We also plan to add an alert when
a report is not sent.

Longer term we should move all jobs to the shared config.
"""


def test_a_finding_of_a_defect_in_the_description_is_the_root_cause() -> None:
    summary = from_markdown(_ISSUE_TEMPLATE_REPORT).summary
    assert summary.root_cause == "The report job still had the old host name in its settings."


def test_a_finding_that_clears_something_is_not_the_root_cause() -> None:
    text = _ISSUE_TEMPLATE_REPORT.replace(
        "the report job still had the old host name in its settings", "the new mail server was working normally"
    )
    assert "working normally" not in from_markdown(text).summary.root_cause


def test_a_suggested_remediation_telling_what_was_done_gives_the_resolution() -> None:
    resolution = from_markdown(_ISSUE_TEMPLATE_REPORT).root_cause.resolution
    assert resolution == (
        "We updated the job's settings to read the host name from the shared config. We also plan to add an alert "
        "when a report is not sent."
    )


_CAUSE_LINE_UNDER_THE_IMPACT = """Postmortem: slow dashboards

Issue Summary:

Duration: Two hours, from 1:00 PM to 3:00 PM UTC on August 4, 2024.
Impact:
Dashboards took over a minute to load for every customer.
Root Cause: A missing index on the events table made each dashboard query scan the whole table.

Timeline:
1:00 PM UTC: Latency alert fires.
3:00 PM UTC: Index added and dashboards load in seconds.
"""


def test_a_root_cause_line_right_under_the_impact_is_the_summary_root_cause() -> None:
    summary = from_markdown(_CAUSE_LINE_UNDER_THE_IMPACT).summary
    assert summary.impact == "Dashboards took over a minute to load for every customer."
    assert summary.root_cause == "A missing index on the events table made each dashboard query scan the whole table."


_FIX_AFTER_AN_ASIDE = """# Uploads rejected

## Summary

Every upload was rejected for an hour because the storage bucket's quota was reached. (Nobody had looked at the
quota since the bucket was created.)

For now, we fixed the issue by raising the quota to twice the current use.

## Timeline

- 10:00 UTC uploads start failing
"""


def test_a_fix_told_after_a_paragraph_ending_in_an_aside_is_the_resolution() -> None:
    resolution = from_markdown(_FIX_AFTER_AN_ASIDE).root_cause.resolution
    assert resolution == "For now, we fixed the issue by raising the quota to twice the current use."


_UNDERLYING_ISSUE_SUMMARY = """# Orders stuck in pending

## Summary

No order left the pending state for two hours, due to the way the queue retries failed jobs. The underlying
issue turned out to be that the payment callback URL still pointed at the old domain.

## Timeline

- 08:00 UTC orders stop moving
"""


def test_the_underlying_issue_named_in_the_summary_is_its_root_cause() -> None:
    summary = from_markdown(_UNDERLYING_ISSUE_SUMMARY).summary
    assert summary.root_cause == (
        "The underlying issue turned out to be that the payment callback URL still pointed at the old domain."
    )
