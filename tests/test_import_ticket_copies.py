"""A bug tracker's or service desk's ticket copied as text (Jira, ServiceNow): read as a person reads it.

The ticket's summary, led by its key, is the title; its fields (status, priority, people) are the
document's details; its description is the write-up; its comments are the ticket's activity.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize(
    "first",
    [
        "[PAY-317] Card refunds queued for a day",
        "PAY-317: Card refunds queued for a day",
        "INC0048812 - Card refunds queued for a day",
        "INC0048812 – Card refunds queued for a day",
        "Bug 5520 - Card refunds queued for a day",
    ],
)
def test_a_ticket_key_leading_the_first_line_makes_it_the_title_with_the_fields_right_under_it(first):
    text = (
        f"{first}\nOpened: 02/Apr/24 8:00 AM   Updated: 04/Apr/24 5:30 PM\n\n"
        "Status: Closed\nPriority: High\n\nRefunds waited in the queue from 08:00 to 16:20 UTC.\n"
    )
    document = from_markdown(text)
    assert document.metadata.title == first  # the key is how the team names it: it stays
    assert document.introduction == "Refunds waited in the queue from 08:00 to 16:20 UTC."
    assert "Opened: 02/Apr/24 8:00 AM" in document.extra_sections[0].body


def test_a_ticket_summary_without_its_key_over_the_ticket_fields_is_the_title():
    text = "Card refunds queued for a day\nCreated: 02/Apr/24 8:00 AM   Updated: 04/Apr/24 5:30 PM\n\nStatus: Done\n"
    assert from_markdown(text).metadata.title == "Card refunds queued for a day"


@pytest.mark.parametrize(
    "first",
    [
        "The refund queue stalled at 08:00 and nobody noticed until the afternoon, when support asked.",
        "Hi all,",
        "Update from the on-call engineer, as promised:",
    ],
)
def test_a_sentence_or_a_greeting_over_labelled_lines_is_not_a_title(first):
    document = from_markdown(f"{first}\nStatus: Done\nPriority: High\n")
    assert document.metadata.title == ""
    assert first in to_markdown(document)


_JIRA = """[BILL-902] Invoices sent twice to 400 customers
Created: 12/Mar/24 6:02 AM   Updated: 15/Mar/24 10:15 AM   Resolved: 12/Mar/24 11:30 AM

Type:          Post-incident review
Status:        Done
Project:       Billing
Component/s:   invoice-mailer
Priority:      Medium
Reporter:      Keiko Tanaka
Assignee:      Olumide Adeyemi
Labels:        billing sev3 customer-facing

Description

h2. Summary
Between 06:00 and 08:45 UTC on 12 March 2024 the invoice mailer sent every invoice twice.
About 400 customers got a duplicate; nobody was charged twice.

h2. Timeline (UTC)
* 06:00 - the nightly mailer run starts on both workers after the scheduler failover
* 06:02 - the duplicate-send alert fires and opens this ticket
* 08:30 - [~olumide.a] stops the second worker
* 08:45 - duplicates stop

h2. Root cause
The scheduler's failover left both workers believing they held the lock.

h2. Action items
# Use a lease with a fencing token for the mailer lock - [~olumide.a] - due 2024-03-29
# Send a note of apology to the customers who got two invoices

Activity
Comments

Keiko Tanaka added a comment - 12/Mar/24 11:30 AM
Closing: the write-up is in the description above.
"""


def test_a_jira_copy_gives_its_fields_as_details_its_description_as_the_write_up_and_keeps_its_comments():
    document = from_markdown(_JIRA)
    meta = document.metadata
    assert meta.title == "[BILL-902] Invoices sent twice to 400 customers"
    assert meta.status == "final"
    assert meta.severity == "SEV3"  # the "sev3" label says it better than the priority standing in for it
    assert meta.service == "invoice-mailer"
    assert meta.authors == ["Keiko Tanaka", "Olumide Adeyemi"]
    assert document.introduction.startswith("Between 06:00 and 08:45 UTC")  # the summary, not the fields
    assert "Reporter" not in document.introduction
    assert [kept.heading for kept in document.extra_sections] == ["Ticket details", "Comments"]
    details, comments = (kept.body for kept in document.extra_sections)
    assert "Created: 12/Mar/24 6:02 AM" in details and "Reporter:      Keiko Tanaka" in details
    assert "Closing: the write-up is in the description above." in comments
    assert len(document.timeline) == 4
    assert [task.owner for task in document.measures.tasks] == ["olumide.a", ""]
    assert document.summary.end is not None and document.summary.end.hour == 8  # not the ticket's "Resolved"
    exported = to_markdown(document)
    assert "customer-facing" in exported and "Post-incident review" in exported


def test_a_priority_word_alone_stands_in_for_the_severity_of_a_ticket():
    document = from_markdown(_JIRA.replace("billing sev3 customer-facing", "billing").replace("Medium", "Highest"))
    assert document.metadata.severity == "SEV1"


def test_a_tickets_comments_are_its_timeline_when_the_description_has_none():
    text = (
        "[PAY-317] Card refunds queued for a day\n"
        "Created: 02/Apr/24 8:05 AM   Updated: 04/Apr/24 5:30 PM\n\n"
        "Status:      Closed\nPriority:    High\nReporter:    Automation for Jira\nAssignee:    Lucia Ferreira\n\n"
        "Description\n\nRefunds stopped leaving the queue after the bank rotated its API key.\n\n"
        "Activity\nComments\n\n"
        "Lucia Ferreira added a comment - 02/Apr/24 9:15 AM\nThe bank rotated the key overnight.\n\n"
        "Lucia Ferreira added a comment - 02/Apr/24 4:20 PM\nNew key deployed, queue drained.\n"
    )
    document = from_markdown(text)
    assert [event.time.strftime("%d %H:%M") for event in document.timeline] == ["02 09:15", "02 16:20"]
    assert "New key deployed" in document.timeline[1].text
    assert document.metadata.authors == ["Lucia Ferreira"]  # an automation reporting the ticket is no author
    assert document.introduction == "Refunds stopped leaving the queue after the bank rotated its API key."
    assert not any(kept.heading == "Comments" for kept in document.extra_sections)


def test_a_service_desk_incident_copy_gives_its_description_and_resolution_notes():
    text = (
        "INC0048812 - Staff e-mail delayed for three hours\n"
        "Number:            INC0048812\nOpened:            2024-02-06 07:12:40\n"
        "Opened by:         Marta Kowalczyk\nCaller:            Front Desk\nPriority:          1 - Critical\n"
        "State:             Resolved\nAssignment group:  Messaging\nAssigned to:       Jonas Berg\n\n"
        "Description:\nInbound mail queued at the gateway after a certificate expired.\n\n"
        "Resolution notes:\nRenewed the certificate and flushed the queue.\n"
    )
    document = from_markdown(text)
    assert document.metadata.title == "INC0048812 - Staff e-mail delayed for three hours"
    assert document.metadata.severity == "SEV1"
    assert document.metadata.authors == ["Marta Kowalczyk", "Jonas Berg"]
    assert document.introduction == "Inbound mail queued at the gateway after a certificate expired."
    assert document.root_cause.resolution == "Renewed the certificate and flushed the queue."
    assert "Caller:            Front Desk" in document.extra_sections[0].body


def test_a_file_that_only_starts_like_a_ticket_is_read_as_before():
    text = "[OPS-12] Disk full on the build server\n\nStatus: Final\n\n## Timeline\n\n- 10:00 disk full\n"
    document = from_markdown(text)
    assert document.metadata.title == "[OPS-12] Disk full on the build server"
    assert not any(kept.heading == "Ticket details" for kept in document.extra_sections)


_GITLAB_STATES = [
    "Closed  Issue created 2 weeks ago by Ola Berg",
    "Open  Incident created 5 days ago by Ola Berg",
    "olaberg opened this issue on 3 June 2024 · 4 comments",
]
_THREADS = [
    "### Activity\n\n**Pia Lund** @pia.l · 2 weeks ago\n\nI'll take the alert.\n\n"
    "**Ola Berg** @olaberg · 2 weeks ago\n\nClosing, follow-ups are above.\n",
    "## Activity\n\n**pia-l** commented on 4 June 2024\n\nI'll take the alert.\n\n"
    "**olaberg** commented on 5 June 2024\n\nClosing, follow-ups are above.\n",
    "**Pia Lund** @pia.l · 2 weeks ago\n\nI'll take the alert.\n\n"
    "**Ola Berg** @olaberg · 2 weeks ago\n\nClosing, follow-ups are above.\n",
]


def _issue(state: str, thread: str) -> str:
    return (
        "Incident: Nightly exports never reached the warehouse\n\n"
        f'{state}\n\nLabels: ~incident ~"severity::3"\nAssignee: Ola Berg\nMilestone: Q2 hardening\n\n'
        "## Summary\n\nThe nightly export failed on 3 June 2024.\n\n"
        "## Timeline (UTC)\n\n- 02:00 — Export job starts.\n- 02:40 — Export job fails on a full disk.\n\n"
        f"## Corrective actions\n\n- [ ] Alert on the export's disk — @pia.l — due 2024-06-20\n\n---\n\n{thread}"
    )


@pytest.mark.parametrize("state", _GITLAB_STATES)
@pytest.mark.parametrize("thread", _THREADS)
def test_a_gitlab_or_github_issue_copy_reads_its_fields_as_details_and_keeps_its_thread_apart(state, thread):
    document = from_markdown(_issue(state, thread))
    assert document.metadata.title == "Incident: Nightly exports never reached the warehouse"
    assert document.introduction == "The nightly export failed on 3 June 2024."
    details = next(section.body for section in document.extra_sections if section.heading == "Ticket details")
    assert "Milestone: Q2 hardening" in details and state in details
    comments = [section for section in document.extra_sections if section.heading == "Comments"]
    assert len(comments) == 1 and "I'll take the alert." in comments[0].body
    assert [task.text for task in document.measures.tasks] == ["Alert on the export's disk"]
    assert not any(section.heading == "Corrective actions" for section in document.extra_sections)
    assert len(document.timeline) == 2
    assert "Closing, follow-ups are above." in to_markdown(document)


@pytest.mark.parametrize("heading", ["### Activity", "### Comments", "#### Discussion"])
def test_an_issue_thread_copied_under_the_action_items_is_kept_apart_from_them(heading):
    document = from_markdown(
        "# Nightly exports failed\n\n## Summary\n\nThe export failed.\n\n"
        f"## Corrective actions\n\n- [ ] Alert on the export's disk — @pia.l\n\n{heading}\n\n"
        "**Pia Lund** @pia.l · 2 weeks ago\n\nI'll take the alert.\n\n"
        "**olaberg** commented on 5 June 2024\n\nClosing, follow-ups are above.\n"
    )
    assert [task.text for task in document.measures.tasks] == ["Alert on the export's disk"]
    assert [section.heading for section in document.extra_sections] == [heading.lstrip("# ")]
    assert "I'll take the alert." in document.extra_sections[0].body


def test_a_comments_heading_over_the_authors_own_notes_stays_in_its_section():
    document = from_markdown(
        "# Nightly exports failed\n\n## Root cause\n\nA full disk.\n\n### Comments\n\nThe disk was 10 GB.\n"
    )
    assert document.root_cause.cause.startswith("A full disk.")
    assert "The disk was 10 GB." in document.root_cause.cause
