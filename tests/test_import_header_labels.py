"""The labelled facts at the top of a post-mortem as other tools write them: severity, priority, authors.

Each test opens a small file and checks what the Overview page then shows,
and that no word written beside a level is lost.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import Severity, Status

EDT = timezone(timedelta(hours=-4))


def _header(*lines: str) -> str:
    return "# Webhooks delayed\n\n" + "\n\n".join(lines) + "\n\n## Summary\n\nWebhooks were late.\n"


@pytest.mark.parametrize(
    ("line", "severity"),
    [
        ("**Severity:** S2", Severity.SEV2),
        ("Severity: 🟠 P2", Severity.SEV2),
        ("| **Severity** | Sev 2 – Major |", Severity.SEV2),
        ('**Labels:** ~"incident" ~"severity::2" ~"Incident::Resolved"', Severity.SEV2),
        ("**Severity:** 2 (degraded, revenue-affecting)", Severity.SEV2),
        ("Severity: Sev 1 – checkout down for everyone", Severity.SEV1),
    ],
)
def test_a_severity_written_the_way_other_tools_write_it_is_its_level(line, severity):
    assert from_markdown(_header(line)).metadata.severity is severity


def test_words_after_a_level_stay_where_the_user_sees_them():
    document = from_markdown(_header("**Severity:** 2 (degraded, revenue-affecting)"))
    assert "degraded, revenue-affecting" in document.introduction
    assert "revenue" in to_markdown(document)
    assert from_markdown(to_markdown(document)) == document


def test_a_priority_does_not_overwrite_the_severity_written_beside_it():
    document = from_markdown(_header("**Status:** RESOLVED · **Severity:** S2 · **Priority:** P1"))
    assert document.metadata.severity is Severity.SEV2
    document = from_markdown(_header("**Priority:** P1", "**Severity:** S2"))
    assert document.metadata.severity is Severity.SEV2
    assert "Priority:** P1" in document.introduction  # a priority is not a severity: it stays as written


def test_a_priority_does_not_stand_in_for_a_severity_that_cannot_be_read():
    assert from_markdown(_header("**Priority:** P1", "**Severity:** to be agreed")).metadata.severity is None


def test_a_priority_alone_gives_the_level():
    assert from_markdown(_header("| | |\n|---|---|\n| **Priority** | P1 |")).metadata.severity is Severity.SEV1


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("| **Postmortem author** | Tomasz Wójcik |", ["Tomasz Wójcik"]),
        ("**Report author:** J. Okonjo, IT Service Manager", ["J. Okonjo"]),  # the role stays in the line
        ("Created by: Sofia Lind", ["Sofia Lind"]),
        ("| **Document owner** | @Harriet Cole |", ["Harriet Cole"]),
        ("**Retrospective authors:** Dana Whitfield, Raj Patel", ["Dana Whitfield", "Raj Patel"]),
    ],
)
def test_authors_under_other_labels(line, authors):
    document = from_markdown(_header(line))
    assert document.metadata.authors == authors
    assert from_markdown(to_markdown(document)).metadata.authors == authors


def test_an_incident_details_section_is_read_like_the_header():
    document = from_markdown(
        "# Retrospective: Webhook deliveries delayed\n\n"
        "**Incident:** #INC-1193 · **Severity:** SEV2\n\n"
        "## Incident details\n\n| Milestone | Timestamp |\n|---|---|\n"
        "| Started | 2024-05-14 09:12:00 EDT |\n| Detected | 2024-05-14 09:31:00 EDT |\n"
        "| Resolved | 2024-05-14 11:45:00 EDT |\n\n"
        "**Commander:** Dana Whitfield\n\n**Retrospective authors:** Dana Whitfield, Raj Patel\n\n"
        "## Timeline\n\n| Time | Event |\n|---|---|\n"
        "| 2024-05-14 09:31:40 EDT | Alert fired |\n| 2024-05-14 11:45:00 EDT | Backlog cleared |\n"
    )
    assert document.summary.start == datetime(2024, 5, 14, 9, 12, tzinfo=EDT)
    assert document.summary.end == datetime(2024, 5, 14, 11, 45, tzinfo=EDT)
    assert document.metadata.authors == ["Dana Whitfield", "Raj Patel"]
    [kept] = document.extra_sections
    assert kept.heading == "Incident details"
    assert "Detected" in kept.body and "**Commander:** Dana Whitfield" in kept.body


def test_known_sections_under_incident_details_are_still_read_on_their_own():
    document = from_markdown(
        "# Search stalled\n\n## Incident Details\n\nCustomers saw stale results.\n\n"
        "### Root cause\n\nA throughput limit.\n\n### Timeline\n\n- 2021-03-01 06:40 UTC indexing slows\n"
    )
    assert document.root_cause.cause == "A throughput limit."
    assert [event.text for event in document.timeline] == ["indexing slows"]
    assert [(kept.heading, kept.body) for kept in document.extra_sections] == [
        ("Incident Details", "Customers saw stale results.")
    ]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("*Posted March 5, 2025 by Elena Markov, Infrastructure*", ["Elena Markov"]),
        ("By Sam Lee and Ana Ruiz", ["Sam Lee", "Ana Ruiz"]),
        ("*Facilitator and write-up: Morgan Ellis · Attendees: Kai · Debrief held 2 July*", ["Morgan Ellis"]),
    ],
)
def test_a_byline_or_a_write_up_credit_names_the_authors_and_stays_as_written(line, authors):
    document = from_markdown(_header(line))
    assert document.metadata.authors == authors
    assert line in document.introduction


def test_a_sentence_with_by_in_it_is_not_a_byline():
    assert from_markdown(_header("Caused by a bad deploy, as it turned out.")).metadata.authors == []


def test_an_authors_label_below_a_byline_names_the_authors():
    document = from_markdown(_header("*Posted March 5, 2025 by Elena Markov*", "**Authors:** Sam Lee"))
    assert document.metadata.authors == ["Sam Lee"]


def test_by_and_a_day_is_not_a_byline():
    assert from_markdown(_header("By Friday.")).metadata.authors == []


def test_a_run_of_labels_names_its_unlabelled_level_and_date() -> None:
    document = from_markdown("# Retro\n\nFacilitator: Nadia Benali · 2024-09-18 · SEV3\n\n## Summary\n\nx\n")
    assert (document.metadata.severity, document.metadata.authors) == ("SEV3", ["Nadia Benali"])


def test_a_word_in_a_run_that_could_be_a_priority_is_no_severity() -> None:
    document = from_markdown("# Retro\n\nOwner: Nadia Benali · High\n\n## Summary\n\nx\n")
    assert document.metadata.severity is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # The author is the person; the team or role stays in the label's line, kept as written.
        ("Prepared by: Leela Menon, Point of Sale Systems", ["Leela Menon"]),
        ("**Author:** Tomas Berg, Platform Engineering", ["Tomas Berg"]),
        ("Written by: Ines Duarte, payments squad", ["Ines Duarte"]),
        ("Authors: Ana Ruiz, IT Security; Sam Lee, NOC", ["Ana Ruiz", "Sam Lee"]),
        ("Authors: Ana Ruiz, Sam Lee", ["Ana Ruiz", "Sam Lee"]),
        ("Authors: Ana Ruiz, JD", ["Ana Ruiz", "JD"]),  # initials are a person
    ],
)
def test_a_team_written_after_an_authors_name_is_not_a_second_author(line, authors):
    document = from_markdown(_header(line))
    assert document.metadata.authors == authors
    kept = f"{document.introduction} {' '.join(document.metadata.authors)}"
    assert all(word in kept for word in line.split(":", 1)[1].strip("* ").replace(";", ",").replace(",", " ").split())
    assert from_markdown(to_markdown(document)).metadata.authors == authors


def _sre_header(bold: bool) -> str:
    def label(name: str) -> str:
        return f"**{name}:**" if bold else f"{name}:"

    return (
        "# Nightly exports missing after the storage migration\n\n"
        f"{label('Date')} 2024-09-03\n\n"
        f"{label('Authors')} Rhea Kapoor, Tomasz Wilk\n\n"
        f"{label('Status')} Final\n\n"
        f"{label('Summary')} The nightly export wrote nothing for two hours after the bucket moved.\n\n"
        f"{label('Impact')} 310 customers got no export file that night.\n\n"
        f"{label('Root Causes')} The export job still pointed at the old bucket, which had become read-only.\n\n"
        f"{label('Trigger')} The storage migration switched the old bucket to read-only at 01:00.\n\n"
        f"{label('Resolution')} The job was repointed at the new bucket and re-run.\n\n"
        f"{label('Detection')} A customer asked support where their file was.\n\n"
        "## Timeline\n\n- 01:00 old bucket made read-only\n- 03:05 export re-run, files delivered\n"
    )


@pytest.mark.parametrize("bold", [True, False])
def test_the_sre_books_header_labels_each_go_where_their_words_belong(bold):
    document = from_markdown(_sre_header(bold))
    assert document.metadata.status is Status.FINAL
    assert document.introduction == "The nightly export wrote nothing for two hours after the bucket moved."
    assert document.summary.impact == "310 customers got no export file that night."
    assert document.summary.root_cause.startswith("The export job still pointed at the old bucket")
    # The cause page tells the story: the root causes, what set it off, how it was noticed; then the fix.
    assert document.root_cause.cause == (
        "The export job still pointed at the old bucket, which had become read-only.\n\n"
        "Trigger: The storage migration switched the old bucket to read-only at 01:00.\n\n"
        "Detection: A customer asked support where their file was."
    )
    assert document.root_cause.resolution == "The job was repointed at the new bucket and re-run."
    assert document.timeline[0].time.date().isoformat() == "2024-09-03"  # the date line's day: its line goes
    assert document.extra_sections == []
    assert from_markdown(to_markdown(document)).root_cause == document.root_cause


def test_a_trigger_in_the_header_joins_the_cause_a_section_tells():
    text = _sre_header(True).replace(
        "## Timeline", "## Root cause\n\nA hard-coded bucket name in the export job's settings.\n\n## Timeline"
    )
    cause = from_markdown(text).root_cause.cause
    assert cause.startswith("A hard-coded bucket name in the export job's settings.\n\nTrigger: The storage")
    assert cause.endswith("Detection: A customer asked support where their file was.")


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("**Status:** Complete, action items in progress", Status.FINAL),
        ("Status: Draft - waiting for the database team", Status.DRAFT),
        ("**Status:** In review (due Friday)", Status.IN_REVIEW),
    ],
)
def test_a_status_followed_by_words_gives_the_status_and_keeps_its_words(line, status):
    document = from_markdown(_header(line))
    assert document.metadata.status is status
    assert line in document.introduction


def test_the_documents_state_is_its_status() -> None:
    for label in ("Doc state", "Review state", "Document state"):
        document = from_markdown(f"# Cache outage\n\n*{label}:* Final\n\n## Impact\n\nSlow pages.\n")
        assert document.metadata.status == Status.FINAL, label


def test_who_wrote_it_names_the_authors_after_a_facilitator() -> None:
    body = "\n\n## Impact\n\nNone.\n"
    document = from_markdown(
        f"# Review\n\n**Facilitator:** Ines Moreau\n**Written by:** Ines Moreau and Dev Patel{body}"
    )
    assert document.metadata.authors == ["Ines Moreau", "Dev Patel"]
    document = from_markdown(f"# Review\n\n**Facilitator:** Ines Moreau\n**Author:** Dev Patel{body}")
    assert document.metadata.authors == ["Dev Patel", "Ines Moreau"]  # the facilitator is not dropped


@pytest.mark.parametrize(
    "line",
    [
        "| **Service(s)** | billing-api (invoices, refunds) |",
        "**Services:** billing-api (invoices, refunds)",
        "Affected service(s): billing-api (invoices, refunds)",
    ],
)
def test_a_service_label_that_leaves_the_number_open_names_the_service(line):
    table = "| | |\n|---|---|\n" if line.startswith("|") else ""
    assert from_markdown(_header(table + line)).metadata.service == "billing-api (invoices, refunds)"
