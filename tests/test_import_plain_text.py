"""Post-mortems written as plain text or copied from other tools: an e-mail, a chat, a story over days.

Each test opens a small file and checks what a careful reader would take
from it: the title and author of a mail, its sections named in capitals,
chat messages as events, days named in a multi-day timeline, a window told
with weekdays, and an end worked out from the length the document states.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown, read_markdown
from app.model import EventKind, Severity

EDT = timezone(timedelta(hours=-4))
WEST = timezone(timedelta(hours=1))
AEST = timezone(timedelta(hours=10))

MAIL = """Subject: Re: POST-MORTEM: PAYROLL EXPORT FAILED (INC-7731)
From: "Mwangi, Derek" <dmwangi@example.com>
Date: Fri, 7 Jun 2024 16:22:05 -0400
To: eng-all@example.com

Hi all, the post-mortem for Wednesday's failure is below.

SUMMARY:
On Wednesday June 5, 2024 the nightly payroll export failed for 212 customers.

SEVERITY: SEV2

ROOT CAUSE:
The bank rotated its SFTP host key and our job refused to connect.

TIMELINE (ALL TIMES EASTERN):
02:40 - EXPORT JOB STARTS; SFTP CONNECTION REFUSED
09:15 - ALL FILES RESENT AND ACKNOWLEDGED BY THE BANK

ACTION ITEMS:
1. FAIL THE BATCH ON ANY NON-RETRYABLE ERROR - OWNER: PRIYA NAIR - DUE: 2024-06-14

> On Jun 7, 2024, at 3:10 PM, Priya Nair <pnair@example.com> wrote:
> I was paged at 08:10, not 08:15.
"""


def test_a_mail_gives_its_subject_as_title_its_sender_as_author_and_its_sections() -> None:
    document = from_markdown(MAIL)
    assert document.metadata.title == "POST-MORTEM: PAYROLL EXPORT FAILED (INC-7731)"
    assert document.metadata.authors == ["Derek Mwangi"]
    assert document.metadata.severity is Severity.SEV2
    assert document.root_cause.cause == "The bank rotated its SFTP host key and our job refused to connect."
    # The incident's day, not the day the mail or the reply quoted in it was sent.
    assert [event.time for event in document.timeline] == [
        datetime(2024, 6, 5, 2, 40, tzinfo=EDT),
        datetime(2024, 6, 5, 9, 15, tzinfo=EDT),
    ]
    [task] = document.measures.tasks
    assert (task.owner, task.due) == ("PRIYA NAIR", date(2024, 6, 14))
    # The other headers stay, as written, after the report: the introduction is the writer's words.
    assert not document.introduction.startswith("From:")
    envelope = document.extra_sections[-1]
    assert envelope.heading == "E-mail headers"
    assert envelope.body.startswith('- From: "Mwangi, Derek" <dmwangi@example.com>\n- Date: Fri, 7 Jun 2024')


def test_a_line_of_capitals_with_a_value_or_an_unknown_name_stays_text() -> None:
    document = from_markdown("# T\n\n## Summary\n\nNOTE:\nThe dashboard lies.\n\nSTATUS: GREEN\n")
    assert document.introduction == "NOTE:\nThe dashboard lies.\n\nSTATUS: GREEN"


TEAMS = """# VPN drops for the Lisbon office

**Date:** Monday, 9 September 2024
**Time zone:** WEST (UTC+1)

## Timeline

Rui Costa 9:02 AM
Anyone else seeing the VPN drop every few minutes?

Joana Ferreira 10:15 AM
Escalating to the network team.
Pedro, can you join?

Rui Costa 11:20 AM
Stable for 15 minutes now.
"""


def test_chat_messages_copied_from_teams_are_events_with_their_sender() -> None:
    document = from_markdown(TEAMS)
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 9, 9, 9, 2, tzinfo=WEST), "Rui Costa: Anyone else seeing the VPN drop every few minutes?"),
        (
            datetime(2024, 9, 9, 10, 15, tzinfo=WEST),
            "Joana Ferreira: Escalating to the network team.\nPedro, can you join?",
        ),
        (datetime(2024, 9, 9, 11, 20, tzinfo=WEST), "Rui Costa: Stable for 15 minutes now."),
    ]


MULTI_DAY = """# Retro: weekly digest sent twice, then not at all

**Incident window:** 3:15pm ET Tuesday to 11:40am ET Thursday (March 12–14, 2024)

## Timeline

### Day 1 — Tuesday, March 12

- 3:15pm: Both schedulers send the weekly digest.

### Day 2 — Wednesday, March 13

- 9:10am: Omar assumes the double send was a one-off.

### Day 3: Thursday, March 14

- 11:40am: Digest re-sent; the new scheduler gets its own flag.
"""


def test_days_numbered_in_a_multi_day_timeline_and_a_window_told_with_weekdays() -> None:
    document, notes = read_markdown(MULTI_DAY)
    assert [event.time for event in document.timeline] == [
        datetime(2024, 3, 12, 15, 15, tzinfo=EDT),
        datetime(2024, 3, 13, 9, 10, tzinfo=EDT),
        datetime(2024, 3, 14, 11, 40, tzinfo=EDT),
    ]
    assert (document.summary.start, document.summary.end) == (
        datetime(2024, 3, 12, 15, 15, tzinfo=EDT),
        datetime(2024, 3, 14, 11, 40, tzinfo=EDT),
    )
    assert not any("writes no year" in note for note in notes)  # "March 12–14, 2024" writes it


def test_a_weekday_after_each_end_of_a_range_in_prose() -> None:
    document = from_markdown(
        "# T\n\n**Date:** 2024-04-09\n\n## Summary\n\n"
        "Between 3:15pm ET Tuesday and 1:40am ET Wednesday, scheduled posts went out twice.\n"
    )
    assert (document.summary.start, document.summary.end) == (
        datetime(2024, 4, 9, 15, 15, tzinfo=EDT),
        datetime(2024, 4, 10, 1, 40, tzinfo=EDT),
    )


LASTED = """# Login failures for Australian customers

## Overview

On Tuesday 2 July 2024 at 8:05 am AEST, logins began to fail. The outage lasted 47 minutes.

## What happened

- 8:05 am: The signing certificate expires; every SAML assertion is rejected.
- 8:40 am: The new certificate is uploaded.
"""


def test_a_stated_length_gives_the_end_the_timeline_does_not() -> None:
    document, notes = read_markdown(LASTED)
    assert (document.summary.start, document.summary.end) == (
        datetime(2024, 7, 2, 8, 5, tzinfo=AEST),
        datetime(2024, 7, 2, 8, 52, tzinfo=AEST),
    )
    assert "The incident's end was worked out from the length the document states." in notes


def test_a_stated_duration_and_an_end_give_the_start() -> None:
    document = from_markdown(
        "# T\n\n| | |\n|---|---|\n| **Incident duration** | 2h 10m |\n| **Resolved** | 2024-02-06 10:08 UTC |\n"
    )
    assert document.summary.start == datetime(2024, 2, 6, 7, 58, tzinfo=UTC)


def test_a_length_that_is_not_the_incidents_gives_no_end() -> None:
    document = from_markdown(
        "# T\n\n## Summary\n\nAt 09:00 UTC on 1 May 2024 the cache failed. We waited for 30 minutes.\n"
    )
    assert document.summary.end is None


def test_a_first_line_standing_alone_is_the_title() -> None:
    assert from_markdown("**Postmortem: Search suggestions stale**\n\n**Summary**\n\nx\n").metadata.title == (
        "Postmortem: Search suggestions stale"
    )
    assert from_markdown("Bug 4471 - Nightly backups skipped\n\nStatus: RESOLVED\n").metadata.title == (
        "Bug 4471 - Nightly backups skipped"
    )
    # "Postmortem: …" written plainly names what the report is about; "Severity: SEV2" is a label.
    assert from_markdown("Postmortem: Checkout errors\n\nSummary:\nIt broke.\n").metadata.title == (
        "Postmortem: Checkout errors"
    )
    assert from_markdown("Incident report: Disk full\n\nIt filled up.\n").metadata.title == "Incident report: Disk full"
    assert from_markdown("Severity: SEV2\n\nSummary:\nIt broke.\n").metadata.title == ""
    # A sentence, or a line running on into the next, is text.
    assert from_markdown("We lost the backups for a week.\n\nMore text.\n").metadata.title == ""
    assert from_markdown("Nightly backups\nwere skipped.\n").metadata.title == ""


BUGZILLA = """Bug 4471 - Nightly backups to cold storage silently skipped

Severity: major
Priority: P1

------- Comment #0 From Lena Fischer 2023-06-19 09:04:11 UTC -------
The weekly restore test failed this morning.

------- Comment #1 From Sven Aalto 2023-06-19 09:47:30 UTC -------
The backup job exits 0, but the upload step is skipped.

Checking the bucket rule.

------- Comment #2 From Sven Aalto 2023-06-19 12:30:19 UTC -------
UPLOAD_TARGET restored and the backup re-run by hand. Marking fixed.

Root cause: the secrets migration dropped variables whose value held a colon.

Follow-up bugs:
- Bug 4472: make the backup script fail on an empty UPLOAD_TARGET (:saalto)
"""


def test_a_bugzilla_comment_thread_is_the_timeline() -> None:
    document = from_markdown(BUGZILLA)
    assert document.metadata.title == "Bug 4471 - Nightly backups to cold storage silently skipped"
    assert [(event.time, event.text) for event in document.timeline] == [
        (
            datetime(2023, 6, 19, 9, 4, 11, tzinfo=UTC),
            "From Lena Fischer (comment 0): The weekly restore test failed this morning.",
        ),
        (
            datetime(2023, 6, 19, 9, 47, 30, tzinfo=UTC),
            "From Sven Aalto (comment 1): The backup job exits 0, but the upload step is skipped."
            "\n\nChecking the bucket rule.",
        ),
        (
            datetime(2023, 6, 19, 12, 30, 19, tzinfo=UTC),
            "From Sven Aalto (comment 2): UPLOAD_TARGET restored and the backup re-run by hand. Marking fixed.",
        ),
    ]
    assert "dropped variables" in document.summary.root_cause
    [task] = document.measures.tasks
    assert (task.text, task.owner) == ("Bug 4472: make the backup script fail on an empty UPLOAD_TARGET", "saalto")
    assert document.metadata.severity is Severity.SEV2


def test_a_comment_that_is_the_write_up_is_read_as_the_document_not_as_an_event() -> None:
    document = from_markdown(
        "# Bug 1 - Stale rules\n\n"
        "**Ana Ferreira [:aferreira]** · Reporter · Description · 2024-04-23 08:14 PDT\n\n"
        "Users are not offered 125.0.2.\n\n---\n\n"
        "**Ben Hughes [:bhughes]** · Comment 1 · 2024-04-23 08:55 PDT\n\nPurged the rules cache by hand.\n\n---\n\n"
        "**Ben Hughes [:bhughes]** · Comment 2 · 2024-04-24 11:30 PDT\n\nPost-mortem summary:\n\n"
        "**Root cause:** The invalidation went to a retired queue host.\n"
    )
    assert [event.text for event in document.timeline] == [
        "Ana Ferreira [:aferreira] (description): Users are not offered 125.0.2.",
        "Ben Hughes [:bhughes] (comment 1): Purged the rules cache by hand.",
    ]
    assert document.summary.root_cause == "The invalidation went to a retired queue host."


def test_comments_beside_a_timeline_of_its_own_stay_where_they_are() -> None:
    text = (
        "# T\n\n## Timeline\n\n- 2024-05-01 10:00 UTC Alert fired.\n\n## Discussion\n\n"
        "------- Comment #1 From Ana 2024-05-01 11:00 UTC -------\nSeen.\n\n"
        "------- Comment #2 From Bo 2024-05-01 12:00 UTC -------\nFixed.\n"
    )
    document = from_markdown(text)
    assert [event.text for event in document.timeline] == ["Alert fired."]
    assert "Comment #2 From Bo" in document.extra_sections[0].body


def test_a_stated_length_wins_over_an_end_only_guessed_from_a_recovery() -> None:
    document = from_markdown(LASTED.replace("is uploaded.", "is uploaded, and logins recover over the next minutes."))
    assert document.summary.end == datetime(2024, 7, 2, 8, 52, tzinfo=AEST)


def test_a_milestone_column_is_the_events_text() -> None:
    document = from_markdown(
        "# T\n\n**Date:** 2024-05-14\n\n## Timeline\n\n| Time (UTC) | Owner | Milestone |\n|---|---|---|\n"
        "| 10:00 | Ana | Started |\n| 11:00 | Bo | Resolved |\n"
    )
    assert [event.text for event in document.timeline] == ["Started (Owner: Ana)", "Resolved (Owner: Bo)"]


def test_a_severity_ending_its_sentence_and_a_prepared_by_byline() -> None:
    document = from_markdown(
        "# T\n\n_Prepared by Mia Kowalski, Identity team, 3 July 2024_\n\n"
        "## Summary\n\nLogins failed.\n\nSeverity: SEV3.\n"
    )
    assert document.metadata.severity is Severity.SEV3
    assert document.metadata.authors == ["Mia Kowalski"]


def test_chat_messages_under_a_handle_as_slacks_app_copies_them() -> None:
    document = from_markdown(
        "# T\n\n**Date:** 2024-12-05\n\n## Timeline\n\nAll times UTC.\n\n"
        "ines.duarte  14:12\nseeing a spike in receipt emails\n\ntom.b  14:40\ndeployed the fix\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 12, 5, 14, 12, tzinfo=UTC), "ines.duarte: seeing a spike in receipt emails"),
        (datetime(2024, 12, 5, 14, 40, tzinfo=UTC), "tom.b: deployed the fix"),
    ]


PDF_COPY = """INCIDENT POST-MORTEM REPORT
Voice calls dropped after 60 seconds

Document owner: Hannah Weiss, Network Engineering
Incident date: 18 June 2024

Executive summary
Between 11:20 and 13:05 CEST on 18 June 2024, every VoIP call through Amsterdam was dropped after 60 seconds.

Timeline of events (CEST)
11:12    Firewall policy update pushed to the Amsterdam edge
11:20    First customer complaints of calls dropping after one minute
13:05    Call drops stop; monitoring confirms normal call durations

Root cause
The firewall policy template set a UDP idle timeout of 60 seconds for all flows.
"""


def test_text_copied_from_a_pdf_gives_its_title_sections_and_timeline() -> None:
    cest = timezone(timedelta(hours=2))
    document = from_markdown(PDF_COPY)
    assert document.metadata.title == "INCIDENT POST-MORTEM REPORT: Voice calls dropped after 60 seconds"
    assert document.metadata.authors == ["Hannah Weiss"]
    assert "Hannah Weiss, Network Engineering" in document.introduction  # the team, kept as written
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 6, 18, 11, 12, tzinfo=cest), "Firewall policy update pushed to the Amsterdam edge"),
        (datetime(2024, 6, 18, 11, 20, tzinfo=cest), "First customer complaints of calls dropping after one minute"),
        (datetime(2024, 6, 18, 13, 5, tzinfo=cest), "Call drops stop; monitoring confirms normal call durations"),
    ]
    assert document.timeline[-1].kind is EventKind.RESOLUTION
    assert document.root_cause.cause.startswith("The firewall policy template set a UDP idle timeout")


def test_a_short_line_over_text_in_a_document_with_headings_stays_text() -> None:
    document = from_markdown("# T\n\n## Notes\n\nRoot cause\nwas never found, sadly.\n")
    assert "Root cause\nwas never found" in to_markdown(document)
    assert not document.root_cause.cause


def test_a_status_word_over_its_time_is_a_status_update_not_a_chat_sender() -> None:
    document = from_markdown(
        "# T\n\nDate: 2024-03-28\n\n## Timeline (UTC)\n\ninvestigating 14:12\nWe are looking into elevated errors.\n\n"
        "ana.sousa 14:20\nlooking at the ingestion job\n"
    )
    assert [(event.kind, event.text) for event in document.timeline] == [
        (EventKind.DETECTION, "investigating: We are looking into elevated errors."),
        (EventKind.NOTE, "ana.sousa: looking at the ingestion job"),
    ]


def test_a_plain_text_report_with_a_blank_line_under_each_sections_name_is_read_by_section() -> None:
    document = from_markdown(
        "Postmortem: Checkout errors\n\nSummary\n\nCheckout failed for 1 in 8 users.\n\n"
        "Timeline (UTC, 1 March 2024):\n\n- 14:05 Alert fires\n- 15:20 Error rate back to normal\n\n"
        "Root cause\n\nA bad deploy.\n\nLessons learned\n\nTest deploys on staging first.\n"
    )
    assert document.metadata.title == "Postmortem: Checkout errors"
    assert document.introduction == "Checkout failed for 1 in 8 users."
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 3, 1, 14, 5, tzinfo=UTC), "Alert fires"),
        (datetime(2024, 3, 1, 15, 20, tzinfo=UTC), "Error rate back to normal"),
    ]
    assert document.root_cause.cause == "A bad deploy."
    assert document.closing_notes == "Test deploys on staging first."
    assert document.extra_sections == []


@pytest.mark.parametrize(
    ("letterhead", "title"),
    [
        ("Lakeside Veterinary Practice", "Incident Report: Card payments refused at reception"),
        ("Northgate Library Services", "Post-incident review: Self-checkout kiosks offline"),
        ("St Anne's Parish Office", "Incident Report – Shared drive unreachable"),
    ],
)
def test_an_organisation_named_over_the_report_title_is_not_the_title(letterhead: str, title: str) -> None:
    document = from_markdown(
        f"{letterhead}\n{title}\n\nPrepared by: Ines Costa\n\nSummary\n\nThe kiosks were offline for an hour.\n"
    )
    assert document.metadata.title == title
    assert letterhead in document.introduction  # kept, as written


def test_a_two_line_opening_that_is_not_a_letterhead_keeps_its_first_line_as_title() -> None:
    document = from_markdown("Printer queue jammed\n\nIncident Report: the print server stalled.\n")
    assert document.metadata.title == "Printer queue jammed"


@pytest.mark.parametrize(
    "first",
    ["Incident: Build agents stuck in the queue for every team", "Outage: Nightly invoices never sent to customers"],
)
def test_an_issue_copied_from_a_tracker_is_titled_by_its_first_line(first: str) -> None:
    document = from_markdown(f"{first}\n\nLabels: ~incident\nAssignee: Ola Berg\n\n## Summary\n\nThe agents hung.\n")
    assert document.metadata.title == first


def test_a_short_incident_field_is_not_taken_for_a_title() -> None:
    document = from_markdown("Incident: #4512\n\nSeverity: 2\n\n## Summary\n\nThe agents hung.\n")
    assert document.metadata.title != "Incident: #4512"


def test_a_pasted_mails_headers_are_kept_after_the_report_and_the_introduction_is_the_writers() -> None:
    text = (
        "From: Ines Duarte <ines@example.org>\nTo: platform@example.org\nCc: leads@example.org\n"
        "Subject: Post-mortem: build cache outage\nDate: Tue, 3 Mar 2026 10:02:00 +0000\n"
        "Message-ID: <c0ffee@example.org>\n\nHi both,\n\nThe build cache was down for an hour on Monday.\n\n"
        "Timeline:\n- 09:00 UTC cache returns 503s\n- 10:00 UTC cache restarted, builds pass again\n"
    )
    document = from_markdown(text)
    assert document.metadata.title == "Post-mortem: build cache outage"
    assert document.metadata.authors == ["Ines Duarte"]
    assert document.introduction.startswith("Hi both,")
    envelope = document.extra_sections[-1]
    assert envelope.heading == "E-mail headers"
    assert envelope.body.splitlines() == [
        "- From: Ines Duarte <ines@example.org>",
        "- To: platform@example.org",
        "- Cc: leads@example.org",
        "- Date: Tue, 3 Mar 2026 10:02:00 +0000",
        "- Message-ID: <c0ffee@example.org>",
    ]
    # Saved as Markdown and read back, the same document.
    assert from_markdown(to_markdown(document)) == document


def test_a_part_named_flush_left_under_an_indented_timeline_is_not_more_of_the_timeline() -> None:
    # "Side observations:" is written left of the timeline's bullets, as its name is: a new part starts there,
    # even one no section reader knows; its bullets are not events and the last entry does not run into it.
    document = from_markdown(
        "Login page down.\n\n"
        "Timeline:\n"
        "    - The outage was noticed by a customer on the phone.\n"
        "    - The load balancer certificate was renewed by hand.\n"
        "Side observations:\n"
        "    - Certificates expire on weekends too.\n"
        "    - The status page stayed green.\n"
        "Action items:\n"
        "    - Automate certificate renewal.\n"
    )
    assert [event.text for event in document.timeline] == [
        "The outage was noticed by a customer on the phone.",
        "The load balancer certificate was renewed by hand.",
    ]
    [observed] = [section for section in document.extra_sections if section.heading == "Side observations"]
    assert observed.body == "- Certificates expire on weekends too.\n- The status page stayed green."


def test_a_day_written_flush_left_under_an_indented_timeline_stays_its_day() -> None:
    document = from_markdown(
        "Backup job failed.\n\n"
        "Timeline:\n"
        "March 4, 2025:\n"
        "    - 23:10 Backup job failed.\n"
        "March 5, 2025:\n"
        "    - 08:30 Backup rerun by hand.\n"
    )
    assert [(str(event.time), event.text) for event in document.timeline] == [
        ("2025-03-04 23:10:00+00:00", "Backup job failed."),
        ("2025-03-05 08:30:00+00:00", "Backup rerun by hand."),
    ]
