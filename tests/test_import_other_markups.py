"""Post-mortems written in other plain-text markups and layouts, read as a careful person reads them.

A wiki page (MediaWiki), a pandoc document (title block, grid tables), a plain-text
report with numbered, underlined headings and "0212 hrs" times, and a launch timeline
counted from T0 ("T+00:05"). Each test opens a small file and checks what the pages show.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import EventKind, Severity

CDT = timezone(timedelta(hours=-5))

MEDIAWIKI = """= API gateway returned 502s =

{| class="wikitable"
! Incident ID
| 2024-03-07 api-gateway
|-
! Start
| 2024-03-07 18:21 UTC
|}

== Impact ==
About 30% of logged-in API requests failed.

== Timeline ==
''All times in UTC.''

* 18:15 A change to the gateway's cookie parser is deployed.
* 18:24 '''Alert''' "APIGateway 5xx rate" fires.
* 19:04 Error rate back to normal.

== Conclusions ==
=== What went poorly? ===
* The error logs pointed at the parser all along.

== Actionables ==
# Add a test with real editor cookies (T359010)
"""


def test_a_mediawiki_page_is_read_by_its_headings_tables_and_lists() -> None:
    document = from_markdown(MEDIAWIKI)
    assert document.metadata.title == "API gateway returned 502s"
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 3, 7, 18, 15, tzinfo=UTC), "A change to the gateway's cookie parser is deployed."),
        (datetime(2024, 3, 7, 18, 24, tzinfo=UTC), '**Alert** "APIGateway 5xx rate" fires.'),
        (datetime(2024, 3, 7, 19, 4, tzinfo=UTC), "Error rate back to normal."),
    ]
    assert document.summary.start == datetime(2024, 3, 7, 18, 21, tzinfo=UTC)  # the table's "Start" row
    assert document.summary.impact == "About 30% of logged-in API requests failed."
    assert "pointed at the parser" in document.closing_notes
    assert [task.text for task in document.measures.tasks] == ["Add a test with real editor cookies (T359010)"]
    assert "Incident ID" in document.introduction  # the table's other rows stay, as a table
    assert "'''" not in to_markdown(document) and "{|" not in to_markdown(document)


def test_a_line_that_only_looks_like_a_wiki_heading_is_text() -> None:
    document = from_markdown("# Title\n\n## Summary\n\n= not a heading\n\n==\n\na == b ==\n")
    assert document.introduction == "= not a heading\n\n==\n\na == b =="


PANDOC = """% Build cache outage, 6 February 2024
% Tomasz Nowak; Aisha Bello
% 9 February 2024

# Timeline

All times are UTC, 6 February 2024.

+-------+-----------------------------------------------+------------+
| Time  | Event                                         | Kind       |
+=======+===============================================+============+
| 07:58 | Disk on cache-02 reaches 100%; writes start   | Trigger    |
|       | failing with ENOSPC.                          |            |
+-------+-----------------------------------------------+------------+
| 08:41 | Aisha suspects the new runner image.          | Misleading |
+-------+-----------------------------------------------+------------+

# Action items

+-----------------------------------+--------------+------------+
| Action                            | Owner        | Due        |
+===================================+==============+============+
| Manage the eviction cron through  | Tomasz Nowak | 2024-02-16 |
| the host configuration            |              |            |
+-----------------------------------+--------------+------------+
"""


def test_a_pandoc_document_gives_its_title_authors_and_grid_tables() -> None:
    document = from_markdown(PANDOC)
    assert document.metadata.title == "Build cache outage, 6 February 2024"
    assert document.metadata.authors == ["Tomasz Nowak", "Aisha Bello"]
    assert [(event.time, event.kind, event.text) for event in document.timeline] == [
        (
            datetime(2024, 2, 6, 7, 58, tzinfo=UTC),  # the day beside the times, not the write-up's date
            EventKind.NOTE,
            "Disk on cache-02 reaches 100%; writes start failing with ENOSPC. (Kind: Trigger)",
        ),
        (datetime(2024, 2, 6, 8, 41, tzinfo=UTC), EventKind.MISLEADING, "Aisha suspects the new runner image."),
    ]
    [task] = document.measures.tasks
    assert (task.text, task.owner, task.due) == (
        "Manage the eviction cron through the host configuration",
        "Tomasz Nowak",
        date(2024, 2, 16),
    )
    assert "+----" not in to_markdown(document)


PLAIN_REPORT = """INCIDENT REPORT: Dispatch CAD system outage
===========================================

Prepared by: Sgt. Alan Reyes (Systems Liaison)
Classification: Severity 1
Date of incident: 14 October 2023

1. Sequence of events
---------------------

All times local (Central Daylight Time).

0158 hrs  Scheduled database index maintenance begins on CAD-DB01.
0212 hrs  CAD clients freeze on all consoles.
0349 hrs  CAD restored on all consoles.

2. Cause
--------

The maintenance script held an exclusive lock.

3. Corrective actions
---------------------

a. Rebuild indexes online. Responsible: vendor account team. Target: 30 Nov 2023.
b. Approve maintenance windows. Responsible: Sgt. Alan Reyes. Target: 1 Nov 2023.
"""


def test_numbered_underlined_headings_and_times_in_hours_are_read() -> None:
    document = from_markdown(PLAIN_REPORT)
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2023, 10, 14, 1, 58, tzinfo=CDT), "Scheduled database index maintenance begins on CAD-DB01."),
        (datetime(2023, 10, 14, 2, 12, tzinfo=CDT), "CAD clients freeze on all consoles."),
        (datetime(2023, 10, 14, 3, 49, tzinfo=CDT), "CAD restored on all consoles."),
    ]
    assert document.root_cause.cause == "The maintenance script held an exclusive lock."
    assert document.metadata.severity is Severity.SEV1
    assert [(task.text, task.owner, task.due) for task in document.measures.tasks] == [
        ("Rebuild indexes online.", "vendor account team", date(2023, 11, 30)),
        ("Approve maintenance windows.", "Sgt. Alan Reyes", date(2023, 11, 1)),
    ]
    assert not document.extra_sections


def test_a_classification_that_is_not_a_severity_stays_as_written() -> None:
    document = from_markdown("# T\n\nClassification: Confidential\n\n## Summary\n\nx\n")
    assert document.metadata.severity is None
    assert "Classification: Confidential" in document.introduction


def test_a_numbered_line_over_a_rule_of_another_length_stays_a_list() -> None:
    document = from_markdown("# T\n\n## Summary\n\n1. first point of a longer list item\n---\n\nmore\n")
    assert "1. first point" in document.introduction


LAUNCH = """# Game launch: login queue overflow

**Launch (T0):** 2024-10-03 19:00 UTC

## Timeline

| Offset | What happened |
|---|---|
| T-00:30 | Queue service scaled to 40 pods, as planned for launch. |
| T+00:03 | Queue pods start running out of memory. |
| T+1:12 | Logins succeed for every player. |
"""


def test_a_timeline_counted_from_a_stated_t0_in_hours_and_minutes() -> None:
    document = from_markdown(LAUNCH)
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 10, 3, 18, 30, tzinfo=UTC), "Queue service scaled to 40 pods, as planned for launch."),
        (datetime(2024, 10, 3, 19, 3, tzinfo=UTC), "Queue pods start running out of memory."),
        (datetime(2024, 10, 3, 20, 12, tzinfo=UTC), "Logins succeed for every player."),
    ]


def test_five_whys_are_the_root_cause() -> None:
    document = from_markdown(
        "# T\n\n## Summary\n\nx\n\n## 5 Whys\n\n1. **Why did it fail?** Because the cache was stale.\n"
    )
    assert "the cache was stale" in document.root_cause.cause


def test_authors_joined_by_and_or_semicolons_are_each_an_author() -> None:
    assert from_markdown("# T\n\n**Written by:** Grace Liu and Omar Haddad\n").metadata.authors == [
        "Grace Liu",
        "Omar Haddad",
    ]
    assert from_markdown("# T\n\nAuthors: Tomasz Nowak; Aisha Bello\n").metadata.authors == [
        "Tomasz Nowak",
        "Aisha Bello",
    ]
    assert from_markdown("# T\n\nAuthors: Ops and Infra team\n").metadata.authors == ["Ops and Infra team"]


def test_owners_and_due_dates_written_on_a_tasks_line_in_more_ways() -> None:
    document = from_markdown(
        "# T\n\n## Action items\n\n"
        "- Give every job its own flag. Owner: Omar Haddad. Due: 2024-03-29.\n"
        "- [ ] Set the pool size explicitly — @kenji — due 2024-11-26\n"
        "- [ ] Alert on queue age at 120s — @maria.g\n"
        "- Re-enable the metadata refresh (Mia Kowalski, 10 July 2024)\n"
    )
    assert [(task.text, task.owner, task.due) for task in document.measures.tasks] == [
        ("Give every job its own flag.", "Omar Haddad", date(2024, 3, 29)),
        ("Set the pool size explicitly", "kenji", date(2024, 11, 26)),
        ("Alert on queue age at 120s", "maria.g", None),
        ("Re-enable the metadata refresh", "Mia Kowalski", date(2024, 7, 10)),
    ]


ASCIIDOC = """= Postmortem: consumer group stuck
:author: Nadia Petrova
:revdate: 2024-10-22

*Severity:* SEV2 +
*Status:* Final

== Summary

On 2024-10-21 the consumer group stopped making progress.

== Timeline

All times UTC.

[cols="1,4"]
|===
|Time |Event

|13:20
|Consumer lag alert fires.

|14:55
|Consumers pinned to the old protocol; lag back to zero.
|===

== Action items

* Pin the group protocol (owner: Nadia Petrova, due 2024-11-01)
"""


def test_an_asciidoc_document_is_read_by_its_titles_attributes_and_tables() -> None:
    document = from_markdown(ASCIIDOC)
    assert document.metadata.title == "Postmortem: consumer group stuck"
    assert document.metadata.authors == ["Nadia Petrova"]
    assert document.metadata.severity is Severity.SEV2
    # The revision date dates the write-up; the incident's day is the one the summary gives.
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 10, 21, 13, 20, tzinfo=UTC), "Consumer lag alert fires."),
        (datetime(2024, 10, 21, 14, 55, tzinfo=UTC), "Consumers pinned to the old protocol; lag back to zero."),
    ]
    assert document.summary.end == datetime(2024, 10, 21, 14, 55, tzinfo=UTC)
    [task] = document.measures.tasks
    assert (task.owner, task.due) == ("Nadia Petrova", date(2024, 11, 1))
    assert "|===" not in to_markdown(document)


RST = """==========================================
Postmortem: nightly build artifacts lost
==========================================

:Author: Tomas Berg
:Severity: SEV3

Timeline
========

All times UTC, 19 February 2024.

=====  ====================================================
Time   Event
=====  ====================================================
02:00  Nightly build starts and uploads to the old bucket.
08:15  QA reports that yesterday's artifacts are
       missing.
=====  ====================================================

Root cause
~~~~~~~~~~

The bucket migration missed the nightly build's configuration.

Action items
~~~~~~~~~~~~

* Keep bucket names in one shared file (owner: Tomas Berg, due 2024-03-01)
"""


def test_a_restructuredtext_document_is_read_by_its_titles_fields_and_simple_tables() -> None:
    document = from_markdown(RST)
    assert document.metadata.title == "Postmortem: nightly build artifacts lost"
    assert document.metadata.authors == ["Tomas Berg"]
    assert document.metadata.severity is Severity.SEV3
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 2, 19, 2, 0, tzinfo=UTC), "Nightly build starts and uploads to the old bucket."),
        (datetime(2024, 2, 19, 8, 15, tzinfo=UTC), "QA reports that yesterday's artifacts are missing."),
    ]
    # "~" titles under "=" ones are sections all the same: the cause and the tasks are found.
    assert document.root_cause.cause == "The bucket migration missed the nightly build's configuration."
    assert [task.owner for task in document.measures.tasks] == ["Tomas Berg"]


def test_a_tilde_fence_in_markdown_is_still_code() -> None:
    document = from_markdown("# T\n\n## Summary\n\nThe log said:\n\n~~~\nerror: disk full\n~~~\n")
    assert "~~~\nerror: disk full\n~~~" in document.introduction
