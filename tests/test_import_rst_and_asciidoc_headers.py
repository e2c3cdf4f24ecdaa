"""reStructuredText and AsciiDoc reports read by their own header conventions, as a reader of them sees them.

An rST title drawn with rules a character off its length, a docinfo field list
(``:Authors:``), directives (``.. contents::``, ``.. list-table::``) and a
definition-list timeline whose entry says "Roughly five minutes later (8:20 PM)";
an AsciiDoc author and revision line under the title and a ``Start::`` list.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import Severity, Status, TaskStatus

EST = timezone(timedelta(hours=-5))

RST_REPORT = """==========================================
Incident report: invoice PDFs rendered blank
==========================================

:Authors: Mireille Dufort; Tobias Engqvist
:Date: 2025-11-20
:Status: Final
:Severity: High (SEV1)

.. contents::
   :depth: 2

Summary
=======

For most of the evening the billing service sent invoices whose PDF pages were empty.

Timeline
========

All times US Eastern (EST, UTC-5) on 18 November 2025.

8:02 PM
    A font package update is rolled out to the renderer hosts.

8:15 PM
    The first customer writes in: "my invoice is a white page".

Roughly five minutes later (8:20 PM)
    Tobias restarts the PDF queue workers, believing the queue was stuck. It changed nothing.

9:05 PM
    Renderer hosts pinned back to the previous font package; new invoices render again.

Follow-up work
==============

.. list-table::
   :header-rows: 1
   :widths: 40 20 20 20

   * - Task
     - Owner
     - Due
     - Status
   * - Add a rendering smoke test to the package rollout
     - Mireille Dufort
     - 2025-12-01
     - Done
   * - Keep a copy of the last good font package
       on each renderer host
     - Platform team
     - 2025-12-15
     - In progress
"""


def test_an_rst_header_gives_title_authors_severity_and_status() -> None:
    document = from_markdown(RST_REPORT)
    assert document.metadata.title == "Incident report: invoice PDFs rendered blank"
    assert document.metadata.authors == ["Mireille Dufort", "Tobias Engqvist"]
    assert document.metadata.severity is Severity.SEV1
    assert document.metadata.status is Status.FINAL


def test_an_rst_definition_list_timeline_keeps_a_worded_entry_with_its_clock() -> None:
    document = from_markdown(RST_REPORT)
    # The timeline names its own day: the docinfo's :Date: is the day the report was written.
    assert [(event.time, event.text.split("\n")[0]) for event in document.timeline] == [
        (datetime(2025, 11, 18, 20, 2, tzinfo=EST), "A font package update is rolled out to the renderer hosts."),
        (datetime(2025, 11, 18, 20, 15, tzinfo=EST), 'The first customer writes in: "my invoice is a white page".'),
        (datetime(2025, 11, 18, 20, 20, tzinfo=EST), "Roughly five minutes later (8:20 PM)"),
        (
            datetime(2025, 11, 18, 21, 5, tzinfo=EST),
            "Renderer hosts pinned back to the previous font package; new invoices render again.",
        ),
    ]
    assert "It changed nothing." in document.timeline[2].text


def test_an_rst_list_table_is_one_task_per_row() -> None:
    document = from_markdown(RST_REPORT)
    assert [(task.text, task.owner, task.due, task.status) for task in document.measures.tasks] == [
        ("Add a rendering smoke test to the package rollout", "Mireille Dufort", date(2025, 12, 1), TaskStatus.DONE),
        (
            "Keep a copy of the last good font package on each renderer host",
            "Platform team",
            date(2025, 12, 15),
            TaskStatus.IN_PROGRESS,
        ),
    ]
    assert "header-rows" not in document.measures.model_dump_json()


def test_a_worded_lead_with_its_clock_in_parentheses_is_timed_in_a_markdown_timeline() -> None:
    document = from_markdown(
        "# Cache outage\n\n## Timeline\n\nAll times UTC on 3 March 2026.\n\n- 09:00 Deploy starts.\n"
        "- A little later (09:12) Ops checks the load balancer; a false lead.\n- 09:30 Rollback done.\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
        datetime(2026, 3, 3, 9, 12, tzinfo=UTC),
        datetime(2026, 3, 3, 9, 30, tzinfo=UTC),
    ]


def test_a_markdown_header_date_gives_way_to_the_day_the_timeline_states() -> None:
    document = from_markdown(
        "# Queue stall\n\n**Date:** 2025-06-12\n\n## Timeline\n\nAll times UTC on 9 June 2025.\n\n"
        "- 10:00 Queue depth alert fires.\n- 10:40 Consumers restarted, queue drains.\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2025, 6, 9, 10, 0, tzinfo=UTC),
        datetime(2025, 6, 9, 10, 40, tzinfo=UTC),
    ]


ASCIIDOC_REPORT = """= Incident review: search suggestions returned nothing
Ingrid Solberg <ingrid@example.org>; Kwame Mensah
v2, 2025-09-12
:doctype: article
:review-status: final
:severity: SEV3

== Summary

Search suggestions came back empty for every query for two hours.

[horizontal]
Start:: 2025-09-08 09:40 UTC
End:: 2025-09-08 11:42 UTC
Services:: suggest API

== Timeline

|===
|Time (UTC) |Event

|10:05 |Support notices that autocomplete shows nothing.
|11:42 |Suggest index rebuilt; suggestions back.
|===
"""


def test_an_asciidoc_author_line_review_status_and_window_list_are_read() -> None:
    document = from_markdown(ASCIIDOC_REPORT)
    assert document.metadata.authors == ["Ingrid Solberg <ingrid@example.org>", "Kwame Mensah"]
    assert document.metadata.status is Status.FINAL
    # The window the report states, not the first event's time.
    assert document.summary.start == datetime(2025, 9, 8, 9, 40, tzinfo=UTC)
    assert document.summary.end == datetime(2025, 9, 8, 11, 42, tzinfo=UTC)
    assert document.metadata.service == "suggest API"  # "Services::" names the service, as "Service:" does


RST_SUMMARY_TERMS = """=================================
Post-incident review: cache stampede
=================================

:Severity: SEV3

Summary
=======

Impact
   Product pages took up to 9 seconds to load for about a third of visitors; search was
   not affected.
Root cause
   The cache keys for product pages all expired at the same minute after a bulk import,
   so every web node rebuilt them from the database at once.

Resolution
==========

Spread the cache expiry over an hour and warmed the keys again.
"""


def test_an_rst_definition_list_in_the_summary_gives_its_impact_and_root_cause() -> None:
    document = from_markdown(RST_SUMMARY_TERMS)
    impact = " ".join(document.summary.impact.split())
    assert impact.startswith("Product pages took up to 9 seconds to load")
    assert "search was not affected" in impact
    cause = " ".join(document.summary.root_cause.split())
    assert cause.startswith("The cache keys for product pages all expired at the same minute")
    assert cause.endswith("rebuilt them from the database at once.")
